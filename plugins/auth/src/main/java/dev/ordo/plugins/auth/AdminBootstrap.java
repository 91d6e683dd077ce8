package dev.ordo.plugins.auth;

import dev.ordo.api.db.Database;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.store.SqlDialect;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import dev.ordo.plugins.auth.token.RandomTokens;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Creates the first admin of an empty installation: an "Administrator" role and policy (admin and app access), the
 * access row linking them and an active user, all in one transaction. Once any user exists it does nothing.
 */
final class AdminBootstrap {

    private static final System.Logger LOG = System.getLogger(AdminBootstrap.class.getName());
    private static final int GENERATED_PASSWORD_LENGTH = 24;
    private static final String ADMINISTRATOR = "Administrator";
    private static final String ICON = "verified";
    private static final String DESCRIPTION = "$t:admin_description";

    private final Database database;
    private final SqlDialect dialect;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final RandomTokens random;
    private final PrintStream console;

    AdminBootstrap(Database database, SqlDialect dialect, UserStore users, PasswordHasher hasher, RandomTokens random,
                   PrintStream console) {
        this.database = database;
        this.dialect = dialect;
        this.users = users;
        this.hasher = hasher;
        this.random = random;
        this.console = console;
    }

    /** @return whether this call created the admin */
    boolean createFirstAdminIfNone(AuthSettings settings) throws SQLException {
        if (database.withConnection(users::hasAnyUser)) {
            return false;
        }
        boolean generated = settings.adminPassword().isEmpty();
        String password = settings.adminPassword().orElseGet(() -> random.next(GENERATED_PASSWORD_LENGTH));
        String hash = hasher.hash(password);
        boolean created;
        try {
            created = database.inTransaction(connection -> {
                if (users.hasAnyUser(connection)) {
                    return false;
                }
                insertAdmin(connection, settings, hash);
                return true;
            });
        } catch (SQLException e) {
            // Another instance may have bootstrapped the same database a moment earlier; its admin is as good as ours.
            if (database.withConnection(users::hasAnyUser)) {
                return false;
            }
            throw e;
        }
        if (created && generated) {
            // Standard output on purpose: the operator must see it once, and secrets never go to the log.
            console.println("Ordo created the first admin: " + settings.adminEmail() + " / " + password
                + " — change it after logging in.");
        } else if (created) {
            LOG.log(System.Logger.Level.INFO, "Created the first admin user " + settings.adminEmail() + ".");
        }
        return created;
    }

    private void insertAdmin(Connection connection, AuthSettings settings, String passwordHash) throws SQLException {
        String role = UUID.randomUUID().toString();
        String policy = UUID.randomUUID().toString();
        insert(connection, "directus_roles", List.of("id", "name", "icon", "description"),
            List.of(uuid(role), text(ADMINISTRATOR), text(ICON), text(DESCRIPTION)));
        insert(connection, "directus_policies",
            List.of("id", "name", "icon", "description", "admin_access", "app_access", "enforce_tfa"),
            List.of(uuid(policy), text(ADMINISTRATOR), text(ICON), text(DESCRIPTION), bool(true), bool(true), bool(false)));
        insert(connection, "directus_access", List.of("id", "role", "policy"),
            List.of(uuid(UUID.randomUUID().toString()), uuid(role), uuid(policy)));
        insert(connection, "directus_users",
            List.of("id", "first_name", "last_name", "email", "password", "status", "role", "token", "provider"),
            List.of(uuid(UUID.randomUUID().toString()), text("Admin"), text("User"), text(settings.adminEmail()),
                text(passwordHash), text(UserRecord.ACTIVE), uuid(role), text(settings.adminToken().orElse(null)),
                text(UserRecord.DEFAULT_PROVIDER)));
    }

    private void insert(Connection connection, String table, List<String> columns, List<Value> values) throws SQLException {
        String sql = "INSERT INTO " + dialect.quote(table) + " ("
            + String.join(", ", columns.stream().map(dialect::quote).toList()) + ") VALUES ("
            + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                values.get(i).bind(statement, i + 1);
            }
            statement.executeUpdate();
        }
    }

    private Value uuid(String uuid) {
        return (statement, index) -> dialect.bindUuid(statement, index, uuid);
    }

    private static Value text(String text) {
        return (statement, index) -> statement.setString(index, text);
    }

    private static Value bool(boolean flag) {
        return (statement, index) -> statement.setBoolean(index, flag);
    }

    /** One column value, bound the way the dialect needs it. */
    @FunctionalInterface
    private interface Value {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }
}

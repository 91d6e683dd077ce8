package dev.ordo.platform.system;

import dev.ordo.api.schema.SystemCollection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Creates every system table that does not exist yet (an existing Directus database keeps its own) and the
 * public policy that governs unauthenticated requests.
 */
final class CreateSystemTables implements Migration {

    /** The fixed id Directus gives the public policy. */
    static final String PUBLIC_POLICY_ID = "abf8a154-5b1c-4a46-ac9c-7300570f4f17";

    @Override
    public String version() {
        return "ordo-0001";
    }

    @Override
    public String name() {
        return "Create System Tables";
    }

    @Override
    public void apply(MigrationContext context) throws SQLException {
        for (SystemCollection collection : context.system().collections()) {
            if (context.existing().table(collection.name()).isEmpty()) {
                context.backend().createTable(context.connection(), collection.table());
            }
        }
        createPublicPolicy(context.connection());
    }

    private static void createPublicPolicy(Connection connection) throws SQLException {
        if (exists(connection, "SELECT 1 FROM directus_policies WHERE id = ?", PUBLIC_POLICY_ID)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO directus_policies "
            + "(id, name, icon, description, enforce_tfa, admin_access, app_access) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, PUBLIC_POLICY_ID);
            insert.setString(2, "$t:public_label");
            insert.setString(3, "public");
            insert.setString(4, "$t:public_description");
            insert.setBoolean(5, false);
            insert.setBoolean(6, false);
            insert.setBoolean(7, false);
            insert.executeUpdate();
        }
        try (PreparedStatement access = connection.prepareStatement(
            "INSERT INTO directus_access (id, policy, sort) VALUES (?, ?, ?)")) {
            access.setString(1, UUID.randomUUID().toString());
            access.setString(2, PUBLIC_POLICY_ID);
            access.setInt(3, 1);
            access.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}

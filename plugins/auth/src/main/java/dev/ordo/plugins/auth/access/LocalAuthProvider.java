package dev.ordo.plugins.auth.access;

import dev.ordo.api.auth.AuthProvider;
import dev.ordo.api.db.Database;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.store.UserRecord;
import dev.ordo.plugins.auth.store.UserStore;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in provider {@code default}: an email (matched case-insensitively) and the password whose Argon2id hash
 * {@code directus_users.password} holds. An unknown email costs the same hashing work as a wrong password.
 */
public final class LocalAuthProvider implements AuthProvider {

    public static final String NAME = UserRecord.DEFAULT_PROVIDER;

    private final Database database;
    private final UserStore users;
    private final PasswordHasher hasher;

    public LocalAuthProvider(Database database, UserStore users, PasswordHasher hasher) {
        this.database = database;
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String driver() {
        return "local";
    }

    /** @throws InvalidPayloadException without a non-empty {@code email} and {@code password} (Joi's reasons) */
    @Override
    public Optional<String> userId(Map<String, Object> payload) {
        String email = requiredText(payload, "email");
        String password = requiredText(payload, "password");
        Optional<UserRecord> user = find(email);
        if (user.isEmpty()) {
            hasher.verifyNothing(password);
        }
        return user.map(UserRecord::id);
    }

    @Override
    public boolean verify(String userId, Map<String, Object> payload) {
        String password = String.valueOf(payload.get("password"));
        try {
            Optional<String> hash = database.withConnection(connection -> users.findById(connection, userId))
                .flatMap(UserRecord::passwordHash);
            return hash.map(h -> hasher.verify(password, h)).orElseGet(() -> hasher.verifyNothing(password));
        } catch (SQLException e) {
            throw new ServiceUnavailableException("database", "The credentials could not be checked");
        }
    }

    private static String requiredText(Map<String, Object> payload, String field) {
        Object value = payload.get(field);
        if (value == null) {
            throw new InvalidPayloadException("\"" + field + "\" is required");
        }
        if (!(value instanceof String text)) {
            throw new InvalidPayloadException("\"" + field + "\" must be a string");
        }
        if (text.isBlank()) {
            throw new InvalidPayloadException("\"" + field + "\" is not allowed to be empty");
        }
        return text;
    }

    private Optional<UserRecord> find(String email) {
        try {
            return database.withConnection(connection -> users.findByEmail(connection, email));
        } catch (SQLException e) {
            throw new ServiceUnavailableException("database", "The credentials could not be checked");
        }
    }
}

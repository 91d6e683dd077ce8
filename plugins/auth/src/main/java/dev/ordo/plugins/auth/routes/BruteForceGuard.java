package dev.ordo.plugins.auth.routes;

import dev.ordo.api.db.Database;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.plugins.auth.access.LoginAttempts;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.UserStore;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * Counts login attempts against {@code directus_settings.auth_login_attempts} and suspends a user who runs out, as
 * Directus does before it checks the password (so a correct password does not help once the attempts are spent).
 */
final class BruteForceGuard {

    private final Database database;
    private final ProjectSettings settings;
    private final UserStore users;
    private final LoginAttempts attempts;

    BruteForceGuard(Database database, ProjectSettings settings, UserStore users, LoginAttempts attempts) {
        this.database = database;
        this.settings = settings;
        this.users = users;
        this.attempts = attempts;
    }

    /** Counts an attempt; suspends the user and refuses the login when none was left. */
    void attempt(String userId) throws SQLException {
        OptionalInt allowed = database.withConnection(settings::loginAttempts);
        if (!attempts.consume(userId, allowed)) {
            database.inTransaction(connection -> {
                users.suspend(connection, userId);
                return null;
            });
            attempts.reset(userId);
            throw new InvalidCredentialsException();
        }
    }

    void succeeded(String userId) {
        attempts.reset(userId);
    }
}

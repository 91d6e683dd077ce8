package dev.ordo.plugins.auth.routes;

import dev.ordo.api.db.Database;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.plugins.auth.access.CallerCache;
import dev.ordo.plugins.auth.access.LoginAttempts;
import dev.ordo.plugins.auth.store.ProjectSettings;
import dev.ordo.plugins.auth.store.SqlDialect;
import dev.ordo.plugins.auth.store.UserStore;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * Counts login attempts against {@code directus_settings.auth_login_attempts} and suspends a user who runs out, as
 * Directus does before it checks the password (so a correct password does not help once the attempts are spent).
 */
public final class BruteForceGuard {

    private final Database database;
    private final ProjectSettings settings;
    private final UserStore users;
    private final CallerCache callers;
    private final DirectChanges changes;
    private final LoginAttempts attempts;

    private BruteForceGuard(Database database, ProjectSettings settings, UserStore users, CallerCache callers,
                            DirectChanges changes, LoginAttempts attempts) {
        this.database = database;
        this.settings = settings;
        this.users = users;
        this.callers = callers;
        this.changes = changes;
        this.attempts = attempts;
    }

    /** A guard counting in this instance's memory. */
    public static BruteForceGuard inMemory(Database database, SqlDialect dialect, UserStore users,
                                           CallerCache callers, DirectChanges changes) {
        return new BruteForceGuard(database, new ProjectSettings(dialect), users, callers, changes,
            new LoginAttempts());
    }

    /** Counts an attempt; suspends the user and refuses the login when none was left. */
    void attempt(String userId) throws SQLException {
        OptionalInt allowed = database.withConnection(settings::loginAttempts);
        if (!attempts.consume(userId, allowed)) {
            suspend(userId);
            attempts.reset(userId);
            throw new InvalidCredentialsException();
        }
    }

    void succeeded(String userId) {
        attempts.reset(userId);
    }

    /** As Directus does, a direct write: no hooks, no activity. */
    private void suspend(String userId) throws SQLException {
        database.inTransaction(connection -> {
            users.suspend(connection, userId);
            return null;
        });
        callers.purge();
        changes.committed("directus_users");
    }
}

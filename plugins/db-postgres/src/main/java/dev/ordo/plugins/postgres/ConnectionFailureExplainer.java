package dev.ordo.plugins.postgres;

import dev.ordo.api.db.ConnectionSettings;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a failed connection in one sentence naming the setting to change, recognised by SQLState.
 * Sentences are built from the settings, never from the driver's message, so the password cannot leak.
 */
final class ConnectionFailureExplainer {

    private ConnectionFailureExplainer() {
    }

    static Optional<String> explain(SQLException failure, ConnectionSettings settings) {
        // The pool may wrap the driver's exception, so look through causes and chained exceptions.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sqlException) {
                Optional<String> sentence = explainState(sqlException, settings);
                if (sentence.isPresent()) {
                    return sentence;
                }
                if (sqlException.getNextException() != null) {
                    pending.add(sqlException.getNextException());
                }
            }
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> explainState(SQLException failure, ConnectionSettings settings) {
        String state = failure.getSQLState();
        if (state == null) {
            return Optional.empty();
        }
        String host = settings.host().map(String::trim).filter(h -> !h.isEmpty())
            .orElse(PostgresDataSourceFactory.DEFAULT_HOST);
        int port = settings.port().orElse(PostgresDataSourceFactory.DEFAULT_PORT);
        String server = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        String user = settings.user().orElse("");
        return switch (state) {
            case "08001", "08004" -> Optional.of(asksForMissingPassword(failure, settings)
                ? "The PostgreSQL server at " + server + " asks user \"" + user
                    + "\" for a password but none is configured: set DB_PASSWORD."
                : "Could not reach a PostgreSQL server at " + server + ": check DB_HOST (" + host + ") and DB_PORT ("
                    + port + ") and that the server is running and accepts TCP connections.");
            case "28P01" -> Optional.of("The PostgreSQL server at " + server + " rejected the password of user \""
                + user + "\": check DB_USER and DB_PASSWORD.");
            case "28000" -> Optional.of("The PostgreSQL server at " + server + " refused user \"" + user
                + "\" (the role does not exist or pg_hba.conf does not allow it): check DB_USER and DB_PASSWORD.");
            case "3D000" -> Optional.of("The database \"" + settings.database().orElse("")
                + "\" does not exist on the PostgreSQL server at " + server
                + ": check DB_DATABASE or create the database.");
            default -> Optional.empty();
        };
    }

    /** pgjdbc reports "the server wants a password but none was given" as a rejected connection (08004). */
    private static boolean asksForMissingPassword(SQLException failure, ConnectionSettings settings) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        return "08004".equals(failure.getSQLState()) && settings.password().isEmpty() && message.contains("password");
    }
}

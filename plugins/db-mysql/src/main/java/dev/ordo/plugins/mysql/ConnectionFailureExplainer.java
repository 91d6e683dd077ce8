package dev.ordo.plugins.mysql;

import dev.ordo.api.db.ConnectionSettings;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a failed connection into one sentence naming the setting to fix. Reads the server's error codes and
 * the driver's SQLState; the messages use the configured host, port, user and database, never the password.
 */
final class ConnectionFailureExplainer {

    private static final int ACCESS_DENIED = 1045;
    private static final int ACCESS_DENIED_NO_PASSWORD = 1698;
    private static final int DATABASE_ACCESS_DENIED = 1044;
    private static final int UNKNOWN_DATABASE = 1049;
    private static final int HOST_NOT_PRIVILEGED = 1130;

    Optional<String> explain(SQLException failure, ConnectionSettings settings) {
        List<Throwable> chain = chain(failure);
        String host = settings.host().map(String::trim).filter(h -> !h.isEmpty())
            .orElse(MysqlDataSourceFactory.DEFAULT_HOST);
        int port = settings.port().orElse(MysqlDataSourceFactory.DEFAULT_PORT);
        String user = settings.user().orElse("");
        String database = settings.database().orElse("");
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql) {
                Optional<String> byCode = byErrorCode(sql.getErrorCode(), user, database, host);
                if (byCode.isPresent()) {
                    return byCode;
                }
            }
        }
        if (chain.stream().anyMatch(UnknownHostException.class::isInstance)) {
            return Optional.of("The host name in DB_HOST (" + host + ") cannot be resolved: check DB_HOST.");
        }
        if (chain.stream().anyMatch(ConnectionFailureExplainer::isAccessDeniedState)) {
            return Optional.of(accessDenied(user));
        }
        if (chain.stream().anyMatch(ConnectionFailureExplainer::isConnectionState)) {
            return Optional.of("Cannot reach a MySQL or MariaDB server at DB_HOST=" + host + " DB_PORT=" + port
                + ": check that the server is running and that DB_HOST and DB_PORT are right.");
        }
        return Optional.empty();
    }

    private static Optional<String> byErrorCode(int code, String user, String database, String host) {
        return switch (code) {
            case ACCESS_DENIED, ACCESS_DENIED_NO_PASSWORD -> Optional.of(accessDenied(user));
            case DATABASE_ACCESS_DENIED -> Optional.of("The user in DB_USER (" + user + ") may not use the database in"
                + " DB_DATABASE (" + database + "): grant it access, or fix DB_USER or DB_DATABASE.");
            case UNKNOWN_DATABASE -> Optional.of("The database in DB_DATABASE (" + database
                + ") does not exist on the server: create it or fix DB_DATABASE.");
            case HOST_NOT_PRIVILEGED -> Optional.of("The server at DB_HOST=" + host + " does not accept connections"
                + " from this machine for DB_USER (" + user + "): allow this host for the user, or fix DB_USER.");
            default -> Optional.empty();
        };
    }

    private static String accessDenied(String user) {
        return "The server refused the user in DB_USER (" + user + ") with the password in DB_PASSWORD:"
            + " check DB_USER and DB_PASSWORD.";
    }

    private static boolean isAccessDeniedState(Throwable cause) {
        return cause instanceof SQLException sql && "28000".equals(sql.getSQLState());
    }

    private static boolean isConnectionState(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    /** The failure, its causes and chained exceptions, each once: pools wrap the driver's exception. */
    private static List<Throwable> chain(SQLException failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.remove(0);
            if (next == null || seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            chain.add(next);
            pending.add(next.getCause());
            if (next instanceof SQLException sql) {
                pending.add(sql.getNextException());
            }
        }
        return chain;
    }
}

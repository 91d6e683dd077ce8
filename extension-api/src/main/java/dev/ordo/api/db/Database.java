package dev.ordo.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The configured database, behind the host's connection pool.
 *
 * <p>Values in SQL are always bound; identifiers come only from the introspected schema. Plugins that
 * build SQL with a library (jOOQ) use {@link #dataSource()} and {@link #vendor()}.
 */
public interface Database {

    /** The {@code DB_CLIENT} this database was configured with, normalised: {@code sqlite3}, {@code pg} or {@code mysql}. */
    String client();

    /** The SQL flavour actually connected to: {@code sqlite}, {@code postgres}, {@code mysql} or {@code mariadb}. */
    String vendor();

    /** The server's version as it reports it. */
    String serverVersion();

    /** The pooled data source. Connections are in auto-commit mode when handed out. */
    DataSource dataSource();

    /** Runs {@code work} on a pooled connection in auto-commit mode. */
    <T> T withConnection(SqlWork<T> work) throws SQLException;

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back completely when it throws.
     */
    <T> T inTransaction(SqlWork<T> work) throws SQLException;

    /** A unit of work on a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}

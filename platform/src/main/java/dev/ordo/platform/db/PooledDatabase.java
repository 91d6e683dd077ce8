package dev.ordo.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.ordo.api.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The configured database behind a HikariCP pool. */
public final class PooledDatabase implements Database, AutoCloseable {

    private final String client;
    private final String vendor;
    private final String serverVersion;
    private final HikariDataSource pool;

    PooledDatabase(String client, String vendor, String serverVersion, HikariDataSource pool) {
        this.client = client;
        this.vendor = vendor;
        this.serverVersion = serverVersion;
        this.pool = pool;
    }

    @Override
    public String client() {
        return client;
    }

    @Override
    public String vendor() {
        return vendor;
    }

    @Override
    public String serverVersion() {
        return serverVersion;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Connections in use and idle, for the health check. */
    public PoolUsage usage() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? new PoolUsage(0, 0, pool.getMaximumPoolSize())
            : new PoolUsage(bean.getActiveConnections(), bean.getIdleConnections(), pool.getMaximumPoolSize());
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** @param maximum the pool's size */
    public record PoolUsage(int active, int idle, int maximum) {
    }
}

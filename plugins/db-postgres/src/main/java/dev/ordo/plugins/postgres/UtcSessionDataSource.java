package dev.ordo.plugins.postgres;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver's data source, with every new connection switched to UTC. The {@code options} route
 * ({@code -c TimeZone=UTC}) does not work: pgjdbc also sends the JVM's default zone as a startup parameter,
 * and the server applies that after {@code options}. UTC matters for {@code CURRENT_TIMESTAMP} defaults of
 * {@code timestamp without time zone} columns and for how {@code timestamptz} values are printed.
 */
final class UtcSessionDataSource implements DataSource {

    private final PGSimpleDataSource driver;

    UtcSessionDataSource(PGSimpleDataSource driver) {
        this.driver = driver;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return inUtc(driver.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return inUtc(driver.getConnection(user, password));
    }

    private static Connection inUtc(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            return connection;
        } catch (SQLException failure) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            throw failure;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(driver)) {
            return type.cast(driver);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || type.isInstance(driver);
    }

    @Override
    public String toString() {
        // PGSimpleDataSource's URL never holds the password.
        return "UtcSessionDataSource[" + driver.getUrl() + "]";
    }
}

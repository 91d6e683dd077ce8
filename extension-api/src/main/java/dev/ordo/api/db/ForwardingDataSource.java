package dev.ordo.api.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A driver's data source with its connections adapted as they are opened: a {@link dev.ordo.api.schema.SchemaBackend}
 * extends this to prepare each new connection (a session setting, a statement cache) and the host pools the result.
 * Everything else goes to the driver's data source.
 *
 * @since 1.7.0
 */
public abstract class ForwardingDataSource implements DataSource {

    private final DataSource driver;

    protected ForwardingDataSource(DataSource driver) {
        this.driver = driver;
    }

    /**
     * The connection to hand out in place of {@code opened}, a new connection from the driver. When this throws, the
     * data source closes {@code opened}.
     */
    protected abstract Connection adapt(Connection opened) throws SQLException;

    @Override
    public final Connection getConnection() throws SQLException {
        return adapted(driver.getConnection());
    }

    @Override
    public final Connection getConnection(String user, String password) throws SQLException {
        return adapted(driver.getConnection(user, password));
    }

    private Connection adapted(Connection opened) throws SQLException {
        try {
            return adapt(opened);
        } catch (SQLException | RuntimeException failure) {
            try {
                opened.close();
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
        return driver.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || type.isInstance(driver) || driver.isWrapperFor(type);
    }
}

package dev.ordo.plugins.postgres;

import dev.ordo.api.db.ForwardingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver's data source, with every new connection switched to UTC. The {@code options} route
 * ({@code -c TimeZone=UTC}) does not work: pgjdbc also sends the JVM's default zone as a startup parameter,
 * and the server applies that after {@code options}. UTC matters for {@code CURRENT_TIMESTAMP} defaults of
 * {@code timestamp without time zone} columns and for how {@code timestamptz} values are printed.
 */
final class UtcSessionDataSource extends ForwardingDataSource {

    private final PGSimpleDataSource driver;

    UtcSessionDataSource(PGSimpleDataSource driver) {
        super(driver);
        this.driver = driver;
    }

    @Override
    protected Connection adapt(Connection opened) throws SQLException {
        try (Statement statement = opened.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            return opened;
        }
    }

    @Override
    public String toString() {
        // PGSimpleDataSource's URL never holds the password.
        return "UtcSessionDataSource[" + driver.getUrl() + "]";
    }
}

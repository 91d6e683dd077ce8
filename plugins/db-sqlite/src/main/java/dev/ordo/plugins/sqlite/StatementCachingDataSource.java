package dev.ordo.plugins.sqlite;

import dev.ordo.api.db.ForwardingDataSource;
import java.sql.Connection;
import org.sqlite.SQLiteDataSource;

/** The driver's data source, each connection keeping the statements it prepares ({@link StatementCache}). */
final class StatementCachingDataSource extends ForwardingDataSource {

    private final SQLiteDataSource driver;

    StatementCachingDataSource(SQLiteDataSource driver) {
        super(driver);
        this.driver = driver;
    }

    @Override
    protected Connection adapt(Connection opened) {
        return CachingConnection.wrap(opened);
    }

    @Override
    public String toString() {
        return "StatementCachingDataSource[" + driver.getUrl() + "]";
    }
}

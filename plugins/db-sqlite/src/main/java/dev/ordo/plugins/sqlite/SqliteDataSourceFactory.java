package dev.ordo.plugins.sqlite;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.db.ConnectionSettings;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the driver's data source, unpooled (the host adds the pool), its connections keeping their statements. */
final class SqliteDataSourceFactory {

    /** How long a connection waits for another writer before giving up with SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MILLIS = 5000;

    private SqliteDataSourceFactory() {
    }

    static DataSource create(ConnectionSettings settings) {
        String filename = filename(settings);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // WAL lets the pool's readers work while one connection writes.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Every transaction Ordo opens writes (reads run in autocommit). A deferred one starts as a reader and, when
        // another connection writes first, cannot become a writer: SQLite fails it at once ("database is locked")
        // rather than wait. Taking the write lock at BEGIN makes concurrent writers queue on the busy timeout instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        // SQLite creates the file on first connection when it is missing (but not its folder).
        dataSource.setUrl("jdbc:sqlite:" + filename);
        return new StatementCachingDataSource(dataSource);
    }

    static String filename(ConnectionSettings settings) {
        return settings.filename()
            .filter(name -> !name.isBlank())
            .orElseThrow(() -> new InvalidSettingException("DB_FILENAME",
                "must be set when DB_CLIENT is " + settings.client()));
    }
}

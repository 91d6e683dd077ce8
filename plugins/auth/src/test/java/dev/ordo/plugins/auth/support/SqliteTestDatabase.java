package dev.ordo.plugins.auth.support;

import dev.ordo.api.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The host's Database, played by a real SQLite file: real connections, real transactions, foreign keys on. */
public final class SqliteTestDatabase implements Database {

    private final SQLiteDataSource dataSource;

    public SqliteTestDatabase(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        this.dataSource = new SQLiteDataSource(config);
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    @Override
    public String client() {
        return "sqlite3";
    }

    @Override
    public String vendor() {
        return "sqlite";
    }

    @Override
    public String serverVersion() {
        return "3";
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        }
    }
}

package dev.ordo.plugins.data.testing;

import dev.ordo.api.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/** The host's {@link Database} over a real SQLite file, without a pool. */
public final class SqliteTestDatabase implements Database {

    private final SQLiteDataSource dataSource = new SQLiteDataSource();

    public SqliteTestDatabase(Path file) {
        dataSource.setUrl("jdbc:sqlite:" + file);
    }

    /** Runs each statement in order. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
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
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.db.ConnectionSettings;
import dev.ordo.api.db.Database;
import dev.ordo.plugins.sqlite.SqliteBackend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/** The host's {@link Database} over a SQLite file, with the connections the real backend hands out (foreign keys on). */
final class SqliteFileDatabase implements Database {

    private final DataSource dataSource;

    SqliteFileDatabase(SqliteBackend backend, Path file) {
        this.dataSource = backend.dataSource(new ConnectionSettings("sqlite3", Optional.of(file.toString()),
            Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
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

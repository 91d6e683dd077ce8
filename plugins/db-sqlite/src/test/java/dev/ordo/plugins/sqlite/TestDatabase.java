package dev.ordo.plugins.sqlite;

import dev.ordo.api.db.ConnectionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A real SQLite database file, opened through the backend's own data source. */
final class TestDatabase {

    private TestDatabase() {
    }

    static ConnectionSettings settings(Path file) {
        return settings(Optional.of(file.toString()), Optional.empty());
    }

    static ConnectionSettings settings(Optional<String> filename, Optional<String> password) {
        return new ConnectionSettings("sqlite3", filename, Optional.empty(), OptionalInt.empty(), Optional.empty(),
            Optional.empty(), password, Map.of());
    }

    static Connection open(SqliteBackend backend, Path file) throws SQLException {
        return backend.dataSource(settings(file)).getConnection();
    }

    /** Runs a script whose statements end with ';' at the end of a line; lines starting with -- are comments. */
    static void runScript(Connection connection, String resource) throws SQLException, IOException {
        String script;
        try (InputStream in = TestDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}

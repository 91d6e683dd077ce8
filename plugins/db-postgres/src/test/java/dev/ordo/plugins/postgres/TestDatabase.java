package dev.ordo.plugins.postgres;

import dev.ordo.api.db.ConnectionSettings;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, uniquely named database ({@code ordo_t_<8 hex>}) on the PostgreSQL server named by the
 * {@code ORDO_TEST_PG_*} variables; dropped on {@link #close()}. Tests are skipped when
 * {@code ORDO_TEST_PG_HOST} is not set.
 */
final class TestDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PostgresBackend backend = new PostgresBackend();
    private final String name;
    private final ConnectionSettings settings;
    private final DataSource dataSource;

    private TestDatabase(String name) {
        this.name = name;
        this.settings = settingsFor(name);
        this.dataSource = backend.dataSource(settings);
    }

    static void assumeServerConfigured() {
        Assumptions.assumeTrue(host().isPresent(), "set ORDO_TEST_PG_HOST to run PostgreSQL tests");
    }

    static TestDatabase create() throws SQLException {
        assumeServerConfigured();
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String name = "ordo_t_" + HexFormat.of().formatHex(bytes);
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new TestDatabase(name);
    }

    /** A connection to the existing database named by {@code ORDO_TEST_PG_DATABASE}. */
    static Connection adminConnection() throws SQLException {
        return new PostgresBackend().dataSource(settingsFor(adminDatabase())).getConnection();
    }

    /** Settings for {@code database} with the server, user and password of the environment. */
    static ConnectionSettings settingsFor(String database) {
        return new ConnectionSettings("pg", Optional.empty(), host(), OptionalInt.of(port()), Optional.of(database),
            Optional.of(user()), password(), Map.of());
    }

    static Optional<String> host() {
        return variable("ORDO_TEST_PG_HOST");
    }

    static int port() {
        return variable("ORDO_TEST_PG_PORT").map(Integer::parseInt).orElse(5432);
    }

    static String user() {
        return variable("ORDO_TEST_PG_USER").orElse("postgres");
    }

    static Optional<String> password() {
        return variable("ORDO_TEST_PG_PASSWORD");
    }

    private static String adminDatabase() {
        return variable("ORDO_TEST_PG_DATABASE").orElse("postgres");
    }

    private static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    String name() {
        return name;
    }

    ConnectionSettings settings() {
        return settings;
    }

    PostgresBackend backend() {
        return backend;
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs a script whose statements end with {@code ;} at the end of a line. */
    void runScript(String script) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
                String withoutComments = sql.lines().filter(line -> !line.trim().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n").trim();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}

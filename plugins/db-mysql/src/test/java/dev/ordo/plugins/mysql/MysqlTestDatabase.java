package dev.ordo.plugins.mysql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/**
 * A fresh database {@code ordo_t_<8 hex>} on the MySQL or MariaDB server named by the ORDO_TEST_MYSQL_*
 * variables, dropped on close. Tests that need it are skipped when ORDO_TEST_MYSQL_HOST is unset.
 */
final class MysqlTestDatabase implements AutoCloseable {

    private final MysqlBackend backend = new MysqlBackend();
    private final ConnectionSettings server;
    private final String name;
    private final ConnectionSettings settings;
    private final DataSource dataSource;

    private MysqlTestDatabase(ConnectionSettings server, String name) {
        this.server = server;
        this.name = name;
        this.settings = withDatabase(server, name);
        this.dataSource = backend.dataSource(settings);
    }

    /** Creates the database, or skips the calling test when no server is configured. */
    static MysqlTestDatabase create() throws SQLException {
        ConnectionSettings server = serverSettings();
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = "ordo_t_" + HexFormat.of().formatHex(random);
        try (Connection connection = new MysqlBackend().dataSource(server).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new MysqlTestDatabase(server, name);
    }

    /** The configured server, connected to its existing database; skips the calling test when unset. */
    static ConnectionSettings serverSettings() {
        String host = System.getenv("ORDO_TEST_MYSQL_HOST");
        assumeTrue(host != null && !host.isBlank(), "set ORDO_TEST_MYSQL_HOST to run MySQL/MariaDB tests");
        return new ConnectionSettings(
            "mysql",
            Optional.empty(),
            Optional.of(host),
            OptionalInt.of(Integer.parseInt(env("ORDO_TEST_MYSQL_PORT", "3306"))),
            Optional.of(env("ORDO_TEST_MYSQL_DATABASE", "mysql")),
            Optional.of(env("ORDO_TEST_MYSQL_USER", "root")),
            Optional.of(env("ORDO_TEST_MYSQL_PASSWORD", "")),
            Map.of());
    }

    static ConnectionSettings withDatabase(ConnectionSettings settings, String database) {
        return new ConnectionSettings(settings.client(), settings.filename(), settings.host(), settings.port(),
            Optional.of(database), settings.user(), settings.password(), settings.options());
    }

    MysqlBackend backend() {
        return backend;
    }

    String name() {
        return name;
    }

    ConnectionSettings settings() {
        return settings;
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = backend.dataSource(server).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isEmpty() ? fallback : value;
    }
}

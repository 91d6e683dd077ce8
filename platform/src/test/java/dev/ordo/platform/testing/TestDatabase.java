package dev.ordo.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A fresh database for one test class: a temporary SQLite file, or a new database on the PostgreSQL or
 * MariaDB server named by the environment. It gives Ordo's {@code DB_*} settings and direct JDBC connections
 * (for checking what Ordo wrote), and drops everything when closed.
 */
public final class TestDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TestVendor vendor;
    private final Map<String, String> settings;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable drop;
    private volatile DataSource servingHost;

    private TestDatabase(TestVendor vendor, Map<String, String> settings, String jdbcUrl, String user, String password,
                         Runnable drop) {
        this.vendor = vendor;
        this.settings = Map.copyOf(settings);
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    static TestDatabase sqlite() {
        try {
            Path folder = Files.createTempDirectory("ordo-test");
            Path file = folder.resolve("ordo.db");
            return new TestDatabase(TestVendor.SQLITE, Map.of("DB_CLIENT", "sqlite3", "DB_FILENAME", file.toString()),
                "jdbc:sqlite:" + file, null, null, () -> deleteRecursively(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestDatabase postgres() {
        String host = env("ORDO_TEST_PG_HOST", "127.0.0.1");
        String port = env("ORDO_TEST_PG_PORT", "5432");
        String user = env("ORDO_TEST_PG_USER", "postgres");
        String password = env("ORDO_TEST_PG_PASSWORD", "");
        String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/" + env("ORDO_TEST_PG_DATABASE", "postgres");
        String name = freshName();
        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        Map<String, String> settings = serverSettings("pg", host, port, name, user, password);
        return new TestDatabase(TestVendor.POSTGRES, settings, "jdbc:postgresql://" + host + ":" + port + "/" + name,
            user, password, () -> execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    static TestDatabase mysql() {
        String host = env("ORDO_TEST_MYSQL_HOST", "127.0.0.1");
        String port = env("ORDO_TEST_MYSQL_PORT", "3306");
        String user = env("ORDO_TEST_MYSQL_USER", "root");
        String password = env("ORDO_TEST_MYSQL_PASSWORD", "");
        String adminUrl = "jdbc:mariadb://" + host + ":" + port + "/" + env("ORDO_TEST_MYSQL_DATABASE", "mysql");
        String name = freshName();
        execute(adminUrl, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Map<String, String> settings = serverSettings("mysql", host, port, name, user, password);
        return new TestDatabase(TestVendor.MYSQL, settings, "jdbc:mariadb://" + host + ":" + port + "/" + name,
            user, password, () -> execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name));
    }

    public TestVendor vendor() {
        return vendor;
    }

    /** Ordo's {@code DB_*} settings for this database. */
    public Map<String, String> settings() {
        return settings;
    }

    /** A direct connection, bypassing Ordo's API, in auto-commit mode. */
    public Connection connect() throws SQLException {
        DataSource host = servingHost;
        if (host != null) {
            return host.getConnection();
        }
        return user == null ? DriverManager.getConnection(jdbcUrl) : DriverManager.getConnection(jdbcUrl, user, password);
    }

    /**
     * While a host serves this SQLite file, direct connections come from the host's own driver. The test's copy of
     * the driver carries a second copy of the SQLite library, and two copies in one process break each other's
     * locks (POSIX locks belong to the process): closing the test's connection checkpoints and deletes the WAL the
     * host is still reading, and the host then never sees another outside write.
     */
    void servedBy(DataSource host) {
        if (vendor == TestVendor.SQLITE) {
            servingHost = host;
        }
    }

    void noLongerServed() {
        servingHost = null;
    }

    /** Runs SQL statements separated by a semicolon at the end of a line (as in the fixture files). */
    public void runScript(String script) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                String trimmed = stripComments(sql).trim();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
                }
            }
        }
    }

    @Override
    public void close() {
        drop.run();
    }

    private static String stripComments(String sql) {
        StringBuilder kept = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static Map<String, String> serverSettings(String client, String host, String port, String database,
                                                      String user, String password) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DB_CLIENT", client);
        settings.put("DB_HOST", host);
        settings.put("DB_PORT", port);
        settings.put("DB_DATABASE", database);
        settings.put("DB_USER", user);
        settings.put("DB_PASSWORD", password);
        return settings;
    }

    private static String freshName() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "ordo_t_" + HexFormat.of().formatHex(bytes);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + sql, e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

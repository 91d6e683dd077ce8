package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.db.ConnectionSettings;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.junit.jupiter.api.Test;

/** Building the data source, the session it gives, and the sentences explaining failed connections. */
class DataSourceTest {

    private static final String PASSWORD = "s3cret-Pa55word";

    private final MysqlBackend backend = new MysqlBackend();

    @Test
    void answersToMysqlAndMariadb() {
        assertThat(backend.clients()).containsExactly("mysql", "mariadb");
    }

    @Test
    void requiresTheDatabaseAndTheUser() {
        assertThatThrownBy(() -> backend.dataSource(settings("db.example", 3306, null, "ordo", PASSWORD)))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                assertThat(e.setting()).isEqualTo("DB_DATABASE");
                assertThat(e.getMessage()).isEqualTo("DB_DATABASE must be set when DB_CLIENT is mysql.");
            });
        assertThatThrownBy(() -> backend.dataSource(settings("db.example", 3306, " ", "ordo", PASSWORD)))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("DB_DATABASE"));
        assertThatThrownBy(() -> backend.dataSource(settings("db.example", 3306, "ordo", null, PASSWORD)))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                assertThat(e.setting()).isEqualTo("DB_USER");
                assertThat(e.getMessage()).isEqualTo("DB_USER must be set when DB_CLIENT is mysql.").doesNotContain(PASSWORD);
            });
    }

    @Test
    void rejectsUnusableHostPortAndDatabase() {
        assertThatThrownBy(() -> backend.dataSource(settings("db.example", 70_000, "ordo", "ordo", PASSWORD)))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("DB_PORT"));
        assertThatThrownBy(() -> backend.dataSource(settings("db.example/evil?x=1", 3306, "ordo", "ordo", PASSWORD)))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("DB_HOST"));
        assertThatThrownBy(() -> backend.dataSource(settings("db.example", 3306, "ordo?allowLoadLocalInfile=true", "ordo",
            PASSWORD)))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("DB_DATABASE"));
    }

    @Test
    void defaultsHostAndPortAndNeedsNoPassword() throws SQLException {
        DataSource dataSource = backend.dataSource(settings(null, null, "ordo", "ordo", null));
        assertThat(dataSource.unwrap(MariaDbDataSource.class).getUrl())
            .startsWith("jdbc:mariadb://localhost/ordo?")
            .contains("connectTimeout=5000");
    }

    @Test
    void keepsThePasswordOutOfTheUrl() throws SQLException {
        DataSource dataSource = backend.dataSource(settings("db.example", 3307, "ordo", "ordo", PASSWORD));
        assertThat(dataSource.unwrap(MariaDbDataSource.class).getUrl())
            .startsWith("jdbc:mariadb://db.example:3307/ordo?")
            .doesNotContain(PASSWORD);
    }

    @Test
    void sessionsAreUtcStrictAndUtf8mb4() throws SQLException {
        try (MysqlTestDatabase database = MysqlTestDatabase.create();
             Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                "SELECT @@session.time_zone, @@session.sql_mode, @@character_set_connection, @@character_set_client,"
                    + " @@character_set_results, DATABASE()")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("+00:00");
                assertThat(row.getString(2)).isEqualTo("STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION");
                assertThat(row.getString(3)).isEqualTo("utf8mb4");
                assertThat(row.getString(4)).isEqualTo("utf8mb4");
                assertThat(row.getString(5)).isEqualTo("utf8mb4");
                assertThat(row.getString(6)).isEqualTo(database.name());
            }
            statement.execute("CREATE TABLE t (s varchar(3), n tinyint, e varchar(10))");
            assertThatThrownBy(() -> statement.execute("INSERT INTO t (s) VALUES ('toolong')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("too long");
            assertThatThrownBy(() -> statement.execute("INSERT INTO t (n) VALUES (1000)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("Out of range");
            statement.execute("INSERT INTO t (e) VALUES ('\uD83D\uDE00')");
            try (ResultSet row = statement.executeQuery("SELECT e FROM t")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("\uD83D\uDE00");
            }
            assertThat(database.backend().vendor(connection)).isEqualTo("mariadb".equals(vendorByVersion(statement))
                ? "mariadb" : "mysql");
        }
    }

    @Test
    void explainsAClosedPort() throws Exception {
        ConnectionSettings settings = closedPortSettings();
        SQLException failure = connectExpectingFailure(settings);
        assertThat(backend.explainConnectionFailure(failure, settings)).hasValueSatisfying(sentence -> assertThat(sentence)
            .isEqualTo("Cannot reach a MySQL or MariaDB server at DB_HOST=127.0.0.1 DB_PORT=" + settings.port().getAsInt()
                + ": check that the server is running and that DB_HOST and DB_PORT are right.")
            .doesNotContain(PASSWORD));
    }

    @Test
    void explainsAnUnknownHost() {
        ConnectionSettings settings = settings("no-such-host.invalid", 3306, "ordo", "ordo", PASSWORD);
        SQLException failure = connectExpectingFailure(settings);
        assertThat(backend.explainConnectionFailure(failure, settings))
            .contains("The host name in DB_HOST (no-such-host.invalid) cannot be resolved: check DB_HOST.");
    }

    @Test
    void explainsAWrongPassword() {
        ConnectionSettings server = MysqlTestDatabase.serverSettings();
        ConnectionSettings settings = new ConnectionSettings(server.client(), Optional.empty(), server.host(),
            server.port(), server.database(), server.user(), Optional.of(PASSWORD), Map.of());
        SQLException failure = connectExpectingFailure(settings);
        assertThat(failure.getErrorCode()).isEqualTo(1045);
        assertThat(backend.explainConnectionFailure(failure, settings)).hasValueSatisfying(sentence -> assertThat(sentence)
            .isEqualTo("The server refused the user in DB_USER (" + server.user().orElseThrow()
                + ") with the password in DB_PASSWORD: check DB_USER and DB_PASSWORD.")
            .doesNotContain(PASSWORD));
    }

    @Test
    void explainsAnUnknownUser() {
        ConnectionSettings server = MysqlTestDatabase.serverSettings();
        ConnectionSettings settings = new ConnectionSettings(server.client(), Optional.empty(), server.host(),
            server.port(), server.database(), Optional.of("ordo_no_such_user"), Optional.of(PASSWORD), Map.of());
        SQLException failure = connectExpectingFailure(settings);
        assertThat(backend.explainConnectionFailure(failure, settings))
            .contains("The server refused the user in DB_USER (ordo_no_such_user) with the password in DB_PASSWORD:"
                + " check DB_USER and DB_PASSWORD.");
    }

    @Test
    void explainsAnUnknownDatabase() {
        ConnectionSettings settings = MysqlTestDatabase.withDatabase(MysqlTestDatabase.serverSettings(), "ordo_no_such_db");
        SQLException failure = connectExpectingFailure(settings);
        assertThat(failure.getErrorCode()).isEqualTo(1049);
        assertThat(backend.explainConnectionFailure(failure, settings)).contains(
            "The database in DB_DATABASE (ordo_no_such_db) does not exist on the server: create it or fix DB_DATABASE.");
    }

    @Test
    void findsTheCauseInsideAWrappingException() throws Exception {
        ConnectionSettings settings = closedPortSettings();
        SQLException wrapped = new SQLException("pool could not start", connectExpectingFailure(settings));
        assertThat(backend.explainConnectionFailure(wrapped, settings)).hasValueSatisfying(
            sentence -> assertThat(sentence).startsWith("Cannot reach a MySQL or MariaDB server at DB_HOST=127.0.0.1"));
        assertThat(backend.explainConnectionFailure(new SQLException("something else", "HY000", 1234), settings)).isEmpty();
    }

    private static String vendorByVersion(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT VERSION()")) {
            row.next();
            return row.getString(1).toLowerCase().contains("mariadb") ? "mariadb" : "mysql";
        }
    }

    private static ConnectionSettings closedPortSettings() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return settings("127.0.0.1", port, "ordo", "ordo", PASSWORD);
    }

    private SQLException connectExpectingFailure(ConnectionSettings settings) {
        DataSource dataSource = backend.dataSource(settings);
        try (Connection connection = dataSource.getConnection()) {
            throw new AssertionError("connected unexpectedly to " + settings);
        } catch (SQLException expected) {
            return expected;
        }
    }

    private static ConnectionSettings settings(String host, Integer port, String database, String user, String password) {
        return new ConnectionSettings("mysql", Optional.empty(), Optional.ofNullable(host),
            port == null ? OptionalInt.empty() : OptionalInt.of(port), Optional.ofNullable(database),
            Optional.ofNullable(user), Optional.ofNullable(password), Map.of());
    }
}

package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordo.api.db.ConnectionSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real connection failures get one sentence naming the setting to fix, and never the password. */
class ConnectionFailureTest {

    private static final String PASSWORD = "s3cret-Pa55word";

    private final PostgresBackend backend = new PostgresBackend();

    @Test
    void anUnreachableServerNamesHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), Optional.of("127.0.0.1"),
            OptionalInt.of(closedPort), Optional.of("app"), Optional.of("ordo"), Optional.of(PASSWORD), Map.of());
        SQLException failure = connectAndFail(settings);
        assertThat(failure.getSQLState()).isEqualTo("08001");
        assertThat(backend.explainConnectionFailure(failure, settings)).contains(
            "Could not reach a PostgreSQL server at 127.0.0.1:" + closedPort + ": check DB_HOST (127.0.0.1) and DB_PORT ("
                + closedPort + ") and that the server is running and accepts TCP connections.");
    }

    @Test
    void anUnknownHostNamesHostAndPort() {
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(),
            Optional.of("ordo-no-such-host.invalid"), OptionalInt.empty(), Optional.of("app"), Optional.of("ordo"),
            Optional.of(PASSWORD), Map.of());
        SQLException failure = connectAndFail(settings);
        assertThat(failure.getSQLState()).isEqualTo("08001");
        assertThat(backend.explainConnectionFailure(failure, settings)).contains(
            "Could not reach a PostgreSQL server at ordo-no-such-host.invalid:5432: check DB_HOST "
                + "(ordo-no-such-host.invalid) and DB_PORT (5432) and that the server is running and accepts TCP "
                + "connections.");
    }

    @Test
    void aMissingPasswordNamesDbPassword() {
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), Optional.of("db.example"),
            OptionalInt.of(5433), Optional.of("app"), Optional.of("ordo"), Optional.empty(), Map.of());
        // pgjdbc's own failure when the server asks for a password and none is configured.
        SQLException failure = new SQLException(
            "The server requested SCRAM-based authentication, but no password was provided.", "08004");
        assertThat(backend.explainConnectionFailure(failure, settings)).contains(
            "The PostgreSQL server at db.example:5433 asks user \"ordo\" for a password but none is configured: "
                + "set DB_PASSWORD.");
    }

    @Test
    void aMissingDatabaseNamesDbDatabase() {
        TestDatabase.assumeServerConfigured();
        ConnectionSettings settings = withPassword(TestDatabase.settingsFor("ordo_t_does_not_exist"), PASSWORD);
        SQLException failure = connectAndFail(settings);
        assertThat(failure.getSQLState()).isEqualTo("3D000");
        String sentence = backend.explainConnectionFailure(failure, settings).orElseThrow();
        assertThat(sentence).isEqualTo("The database \"ordo_t_does_not_exist\" does not exist on the PostgreSQL server at "
            + TestDatabase.host().orElseThrow() + ":" + TestDatabase.port()
            + ": check DB_DATABASE or create the database.");
        assertThat(sentence).doesNotContain(PASSWORD);
    }

    @Test
    void anUnknownRoleNamesUserAndPassword() {
        TestDatabase.assumeServerConfigured();
        ConnectionSettings base = TestDatabase.settingsFor("postgres");
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), base.host(), base.port(),
            base.database(), Optional.of("ordo_no_such_role"), Optional.of(PASSWORD), Map.of());
        SQLException failure = connectAndFail(settings);
        assertThat(failure.getSQLState()).isIn("28000", "28P01");
        String sentence = backend.explainConnectionFailure(failure, settings).orElseThrow();
        assertThat(sentence).contains("\"ordo_no_such_role\"").contains("check DB_USER and DB_PASSWORD.");
        assertThat(sentence).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordNamesUserAndPassword() throws SQLException {
        TestDatabase.assumeServerConfigured();
        String role = "ordo_t_pw_" + Long.toHexString(System.nanoTime());
        try (Connection admin = TestDatabase.adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'the-right-one'");
            try {
                ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), TestDatabase.host(),
                    OptionalInt.of(TestDatabase.port()), Optional.of("postgres"), Optional.of(role),
                    Optional.of(PASSWORD), Map.of());
                SQLException failure = null;
                try {
                    backend.dataSource(settings).getConnection().close();
                } catch (SQLException expected) {
                    failure = expected;
                }
                Assumptions.assumeTrue(failure != null,
                    "the server lets " + role + " in without checking its password (pg_hba.conf trust)");
                assertThat(failure.getSQLState()).isEqualTo("28P01");
                String sentence = backend.explainConnectionFailure(failure, settings).orElseThrow();
                assertThat(sentence).isEqualTo("The PostgreSQL server at " + TestDatabase.host().orElseThrow() + ":"
                    + TestDatabase.port() + " rejected the password of user \"" + role
                    + "\": check DB_USER and DB_PASSWORD.");
                assertThat(sentence).doesNotContain(PASSWORD);
            } finally {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void aRejectedPasswordIsExplainedEvenWhenWrappedByThePool() {
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), Optional.of("db.example"),
            OptionalInt.empty(), Optional.of("app"), Optional.of("ordo"), Optional.of(PASSWORD), Map.of());
        // What the driver throws (state 28P01), wrapped as HikariCP wraps it.
        SQLException driverFailure = new SQLException("FATAL: password authentication failed for user \"ordo\"", "28P01");
        SQLException poolFailure = new SQLTransientConnectionException("pool - Connection is not available", null,
            driverFailure);
        assertThat(backend.explainConnectionFailure(poolFailure, settings)).contains(
            "The PostgreSQL server at db.example:5432 rejected the password of user \"ordo\": check DB_USER and DB_PASSWORD.");
    }

    @Test
    void anUnrecognisedFailureHasNoExplanation() {
        ConnectionSettings settings = TestDatabase.settingsFor("app");
        assertThat(backend.explainConnectionFailure(new SQLException("disk full", "53100"), settings)).isEmpty();
        assertThat(backend.explainConnectionFailure(new SQLException("no state"), settings)).isEmpty();
    }

    private SQLException connectAndFail(ConnectionSettings settings) {
        SQLException failure = catchThrowableOfType(SQLException.class,
            () -> backend.dataSource(settings).getConnection().close());
        assertThat((Throwable) failure).as("connecting should fail").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(PASSWORD);
        return failure;
    }

    private static ConnectionSettings withPassword(ConnectionSettings settings, String password) {
        return new ConnectionSettings(settings.client(), settings.filename(), settings.host(), settings.port(),
            settings.database(), settings.user(), Optional.of(password), settings.options());
    }
}

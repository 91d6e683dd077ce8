package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.db.ConnectionSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Settings checks need no server; the session settings are checked on a real connection. */
class DataSourceTest {

    private final PostgresBackend backend = new PostgresBackend();

    @Test
    void answersToThePostgresClientNames() {
        assertThat(backend.clients()).containsExactly("pg", "postgres", "postgresql");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        assertThatThrownBy(() -> backend.dataSource(settings(Optional.empty(), Optional.of("ordo"))))
            .isInstanceOf(InvalidSettingException.class)
            .hasMessage("DB_DATABASE must be set when DB_CLIENT is pg.")
            .extracting(failure -> ((InvalidSettingException) failure).setting()).isEqualTo("DB_DATABASE");
        assertThatThrownBy(() -> backend.dataSource(settings(Optional.of("  "), Optional.of("ordo"))))
            .isInstanceOf(InvalidSettingException.class)
            .extracting(failure -> ((InvalidSettingException) failure).setting()).isEqualTo("DB_DATABASE");
    }

    @Test
    void aMissingUserIsNamed() {
        assertThatThrownBy(() -> backend.dataSource(settings(Optional.of("app"), Optional.empty())))
            .isInstanceOf(InvalidSettingException.class)
            .hasMessage("DB_USER must be set when DB_CLIENT is pg.")
            .extracting(failure -> ((InvalidSettingException) failure).setting()).isEqualTo("DB_USER");
    }

    @Test
    void anImpossiblePortIsNamed() {
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), Optional.of("db"),
            OptionalInt.of(70_000), Optional.of("app"), Optional.of("ordo"), Optional.empty(), Map.of());
        assertThatThrownBy(() -> backend.dataSource(settings))
            .isInstanceOf(InvalidSettingException.class)
            .extracting(failure -> ((InvalidSettingException) failure).setting()).isEqualTo("DB_PORT");
    }

    @Test
    void defaultsAndSessionSettings() throws SQLException {
        DataSource dataSource = backend.dataSource(settings(Optional.of("app"), Optional.of("ordo")));
        assertThat(dataSource.isWrapperFor(PGSimpleDataSource.class)).isTrue();
        PGSimpleDataSource pg = dataSource.unwrap(PGSimpleDataSource.class);
        assertThat(pg.getServerNames()).containsExactly("localhost");
        assertThat(pg.getPortNumbers()).containsExactly(5432);
        assertThat(pg.getDatabaseName()).isEqualTo("app");
        assertThat(pg.getUser()).isEqualTo("ordo");
        assertThat(pg.getPassword()).isNull();
        assertThat(pg.getApplicationName()).isEqualTo("ordo");
        assertThat(pg.getConnectTimeout()).isEqualTo(5);
    }

    @Test
    void thePasswordStaysOutOfTheUrlAndDescription() throws SQLException {
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), Optional.of("db.example"),
            OptionalInt.of(6543), Optional.of("app"), Optional.of("ordo"), Optional.of("s3cret-Pa55"), Map.of());
        DataSource dataSource = backend.dataSource(settings);
        PGSimpleDataSource pg = dataSource.unwrap(PGSimpleDataSource.class);
        assertThat(pg.getPassword()).isEqualTo("s3cret-Pa55");
        assertThat(pg.getServerNames()).containsExactly("db.example");
        assertThat(pg.getPortNumbers()).containsExactly(6543);
        assertThat(pg.getUrl()).doesNotContain("s3cret-Pa55");
        assertThat(dataSource.toString()).contains("db.example:6543/app").doesNotContain("s3cret-Pa55");
    }

    /** pgjdbc sends the JVM's zone at connect time; the session must be UTC whatever it is. */
    @Test
    void connectionsComeOutInUtcNamedOrdo() throws SQLException {
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        try (TestDatabase database = TestDatabase.create();
             Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                 "SELECT current_setting('TimeZone'), current_setting('application_name'), current_database()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("UTC");
            assertThat(row.getString(2)).isEqualTo("ordo");
            assertThat(row.getString(3)).isEqualTo(database.name());
            assertThat(backend.vendor(connection)).isEqualTo("postgres");
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    private static ConnectionSettings settings(Optional<String> database, Optional<String> user) {
        return new ConnectionSettings("pg", Optional.empty(), Optional.empty(), OptionalInt.empty(), database, user,
            Optional.empty(), Map.of());
    }
}

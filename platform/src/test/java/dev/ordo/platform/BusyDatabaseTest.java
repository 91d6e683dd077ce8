package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A write that cannot get its lock in time, because another connection holds it longer than the write may wait, is
 * answered 503 {@code SERVICE_UNAVAILABLE} (it was a 500), leaves nothing behind, and lands once the lock is free.
 * SQLite waits its busy timeout (5 s); PostgreSQL its {@code lock_timeout}, set short on this test's database. On
 * MariaDB the wait ({@code innodb_lock_wait_timeout}, 50 s) can only be shortened server-wide, so there the backend's
 * recognition of the error is tested on its own (the MySQL plugin's {@code BusyFailureTest}).
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vendors")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyDatabaseTest {

    @Parameter
    TestVendor vendor;

    private TestDatabase database;
    private OrdoTestServer ordo;
    private String admin;

    static Stream<TestVendor> vendors() {
        return TestVendor.available().filter(vendor -> vendor != TestVendor.MYSQL);
    }

    @BeforeParameterizedClassInvocation
    void start() throws SQLException {
        database = vendor.createDatabase();
        if (vendor == TestVendor.POSTGRES) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                String name = single(statement, "SELECT current_database()");
                // Applies to every session opened from now on: Ordo's pool, not yet started.
                statement.execute("ALTER DATABASE \"" + name + "\" SET lock_timeout = '300ms'");
            }
        }
        ordo = OrdoTestServer.start(database, Map.of());
        AccessFixtures fixtures = new AccessFixtures(ordo, database);
        admin = fixtures.adminToken();
        fixtures.collection("bd_counters", field("label", "string"));
    }

    @AfterParameterizedClassInvocation
    void stop() {
        if (ordo != null) {
            ordo.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aWriteThatCannotGetTheLockInTimeIsUnavailableAndWritesNothing() throws SQLException {
        try (Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute(vendor == TestVendor.POSTGRES ? "LOCK TABLE bd_counters IN EXCLUSIVE MODE"
                : "INSERT INTO bd_counters (label) VALUES ('holder')");

            HttpResult refused = ordo.post("/items/bd_counters", Map.of("label", "waiter"), admin);

            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(refused.json().path("errors").path(0).path("message").asText()).contains("busy");
            holder.rollback();
        }
        assertThat(rows()).isZero();

        HttpResult landed = ordo.post("/items/bd_counters", Map.of("label", "waiter"), admin);

        assertThat(landed.status()).as(landed.body()).isEqualTo(200);
        assertThat(rows()).isOne();
    }

    private long rows() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            return Long.parseLong(single(statement, "SELECT COUNT(*) FROM bd_counters"));
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}

package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /server/health} answers 503 with status {@code error} when the database stops accepting connections, and
 * recovers when it accepts them again. Shown on PostgreSQL, where a database can be closed to new connections.
 */
class HealthWhenDatabaseIsDownTest {

    @Test
    void healthIsAnErrorWhileTheDatabaseIsUnreachable() throws Exception {
        assumeTrue(TestVendor.POSTGRES.configured(), "needs a PostgreSQL server (ORDO_TEST_PG_HOST)");
        try (TestDatabase database = TestVendor.POSTGRES.createDatabase();
             OrdoTestServer ordo = OrdoTestServer.start(database, Map.of("DB_POOL__ACQUIRE_TIMEOUT", "1s"))) {
            String name = database.settings().get("DB_DATABASE");
            assertThat(ordo.get("/server/health").status()).isEqualTo(200);

            onServer("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            HttpResult down = ordo.get("/server/health");
            // Any other route that needs the database (here the public policy's rules, never read before).
            HttpResult read = ordo.get("/activity");
            onServer("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            HttpResult up = healthOnceRecovered(ordo);

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().path("status").asText()).isEqualTo("error");
            assertThat(down.header("Content-Type")).startsWith("application/health+json");
            assertThat(up.status()).isEqualTo(200);
            assertThat(read.status()).as(read.body()).isEqualTo(503);
            assertThat(read.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(read.json().path("errors").path(0).path("message").asText()).contains("cannot be reached");
        }
    }

    /** The pool opens new connections in the background, so recovery may take a moment: asks for up to 10 s. */
    private static HttpResult healthOnceRecovered(OrdoTestServer ordo) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        HttpResult health = ordo.get("/server/health");
        while (health.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = ordo.get("/server/health");
        }
        return health;
    }

    private static void onServer(String... statements) throws Exception {
        String url = "jdbc:postgresql://" + System.getenv("ORDO_TEST_PG_HOST") + ":"
            + System.getenv().getOrDefault("ORDO_TEST_PG_PORT", "5432") + "/"
            + System.getenv().getOrDefault("ORDO_TEST_PG_DATABASE", "postgres");
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("ORDO_TEST_PG_USER", "postgres"),
                System.getenv().getOrDefault("ORDO_TEST_PG_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

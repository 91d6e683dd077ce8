package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The per-IP and registration rate limiters over HTTP. Limits do not touch the database, so this runs on SQLite only. Clients are told
 * apart by X-Forwarded-For (IP_TRUST_PROXY), so each test uses its own addresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest {

    private TestDatabase database;
    private OrdoTestServer ordo;

    @BeforeAll
    void start() {
        database = TestVendor.SQLITE.createDatabase();
        ordo = OrdoTestServer.start(database, Map.of("RATE_LIMITER_ENABLED", "true", "RATE_LIMITER_POINTS", "3",
            "RATE_LIMITER_DURATION", "60", "IP_TRUST_PROXY", "true", "RATE_LIMITER_REGISTRATION_POINTS", "2",
            "REGISTER_STALL_TIME", "0"));
    }

    @AfterAll
    void stop() {
        ordo.close();
        database.close();
    }

    @Test
    void theRequestAfterTheLimitIsRefusedWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(ping("203.0.113.1").status()).isEqualTo(200);
        }

        HttpResult refused = ping("203.0.113.1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("REQUESTS_EXCEEDED");
        assertThat(refused.json().path("errors").path(0).path("extensions").path("limit").asInt()).isEqualTo(3);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void anotherClientKeepsItsOwnRequests() {
        for (int i = 0; i < 4; i++) {
            ping("203.0.113.2");
        }

        assertThat(ping("203.0.113.3").status()).isEqualTo(200);
    }

    @Test
    void everyRouteCountsAuthenticatedOrNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(send("/server/info", "203.0.113.4").status()).isEqualTo(200);
        }

        assertThat(send("/items/anything", "203.0.113.4").status()).isEqualTo(429);
    }

    @Test
    void registrationHasALimiterOfItsOwnOnByDefault() {
        for (int i = 0; i < 2; i++) {
            // Registration is closed in this project: refused, but counted.
            assertThat(register("203.0.113.5").errorCode()).isEqualTo("FORBIDDEN");
        }

        HttpResult refused = register("203.0.113.5");

        // The third request of this IP: the per-IP limiter (3) still had one left, registration's (2) had none.
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("errors").path(0).path("extensions").path("limit").asInt()).isEqualTo(2);
        assertThat(register("203.0.113.6").errorCode()).isEqualTo("FORBIDDEN");
    }

    private HttpResult register(String ip) {
        return ordo.send(HttpRequest.newBuilder(ordo.uri("/users/register")).header("X-Forwarded-For", ip)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"pw-123456\"}"))
            .build());
    }

    private HttpResult ping(String ip) {
        return send("/server/ping", ip);
    }

    private HttpResult send(String path, String ip) {
        return ordo.send(HttpRequest.newBuilder(ordo.uri(path)).header("X-Forwarded-For", ip).GET().build());
    }
}

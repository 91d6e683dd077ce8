package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The host's own endpoints and its HTTP conventions: envelopes, errors, plugin listing. */
class ServerEndpointsTest extends IntegrationTest {

    @Test
    void pingAnswersPongEvenWithABadToken() {
        HttpResult ping = ordo.get("/server/ping", "not-a-valid-token");

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.body()).isEqualTo("pong");
    }

    @Test
    void healthShowsOnlyTheStatusToAnonymousCallers() {
        HttpResult health = ordo.get("/server/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header("Content-Type")).startsWith("application/health+json");
        assertThat(health.json().fieldNames()).toIterable().containsExactly("status");
        assertThat(health.json().path("status").asText()).isIn("ok", "warn");
    }

    @Test
    void healthShowsTheDatabaseChecksToAdmins() {
        HttpResult health = ordo.get("/server/health", ordo.adminToken());

        JsonNode checks = health.json().path("checks");
        String client = database.settings().get("DB_CLIENT");
        assertThat(health.status()).isEqualTo(200);
        assertThat(checks.path(client + ":responseTime").path(0).path("observedUnit").asText()).isEqualTo("ms");
        assertThat(checks.path(client + ":responseTime").path(0).path("observedValue").isNumber()).isTrue();
        assertThat(checks.path(client + ":connectionsUsed").path(0).path("observedValue").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(health.json().path("releaseId").asText()).isEqualTo(Version.ORDO);
    }

    @Test
    void infoShowsTheProjectToEveryoneAndTheVersionToUsers() {
        HttpResult anonymous = ordo.get("/server/info");
        HttpResult admin = ordo.get("/server/info", ordo.adminToken());

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.data().path("project").path("project_name").asText()).isEqualTo("Directus");
        assertThat(anonymous.data().has("version")).isFalse();
        assertThat(admin.data().path("version").asText()).isEqualTo(Version.ORDO);
        assertThat(admin.data().path("queryLimit").path("default").asInt()).isEqualTo(100);
    }

    @Test
    void unknownRoutesAnswerRouteNotFoundInTheErrorEnvelope() {
        HttpResult missing = ordo.get("/no/such/route");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("ROUTE_NOT_FOUND");
        assertThat(missing.json().path("errors").path(0).path("message").asText())
            .isEqualTo("Route /no/such/route doesn't exist.");
    }

    @Test
    void unknownHttpMethodsAnswerRouteNotFound() {
        HttpResult trace = ordo.send(HttpRequest.newBuilder(ordo.uri("/server/info"))
            .method("PROPFIND", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(trace.status()).isEqualTo(404);
        assertThat(trace.errorCode()).isEqualTo("ROUTE_NOT_FOUND");
    }

    @Test
    void malformedJsonIsAnInvalidPayloadEvenOnUnknownRoutes() {
        HttpResult broken = ordo.send("POST", "/auth/login", "{\"email\": ", null);
        HttpResult brokenElsewhere = ordo.send("POST", "/nowhere", "[1, 2", null);

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errorCode()).isEqualTo("INVALID_PAYLOAD");
        assertThat(brokenElsewhere.status()).isEqualTo(400);
        assertThat(brokenElsewhere.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void bodiesOverMaxPayloadSizeAreRefused() {
        String big = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";

        HttpResult tooLarge = ordo.send("POST", "/hello", big, null);

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void extensionsListsEveryPluginWithItsVersionAndState() {
        HttpResult extensions = ordo.get("/extensions");

        assertThat(extensions.status()).isEqualTo(200);
        List<String> started = new ArrayList<>();
        for (JsonNode extension : extensions.data()) {
            assertThat(extension.path("schema").path("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
            if (extension.path("state").asText().equals("started")) {
                started.add(extension.path("id").asText());
            }
        }
        assertThat(started).containsExactlyInAnyOrder("auth", "data", "db-mysql", "db-postgres", "db-sqlite", "example-hello",
            "mail");
    }

    @Test
    void theExamplePluginServesItsEndpoint() {
        HttpResult hello = ordo.get("/hello/Ada");
        HttpResult posted = ordo.post("/hello", Map.of("name", "Grace"));
        HttpResult invalid = ordo.post("/hello", Map.of("name", 42));

        assertThat(hello.status()).isEqualTo(200);
        assertThat(hello.data().path("message").asText()).isEqualTo("Hello, Ada!");
        assertThat(posted.data().path("message").asText()).isEqualTo("Hello, Grace!");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void everyRequestIsLoggedOnceAtInfoWithoutItsQueryString() throws Exception {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger http = (Logger) LoggerFactory.getLogger("ordo.http");
        Level previous = http.getLevel();
        http.setLevel(Level.INFO);
        http.addAppender(appender);
        try {
            ordo.get("/server/info?access_token=do-not-log-me");
            for (int wait = 0; wait < 100 && appender.list.isEmpty(); wait++) {
                Thread.sleep(10);
            }
        } finally {
            http.detachAppender(appender);
            http.setLevel(previous);
        }
        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.INFO);
        // The unknown token is refused (401), and it does not appear in the log.
        assertThat(appender.list.get(0).getFormattedMessage()).matches("GET /server/info 401 \\d+ms");
    }

    @Test
    void jsonAnswersAreMarkedNotCacheable() {
        HttpResult info = ordo.get("/server/info");

        assertThat(info.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(info.header("Content-Type")).startsWith("application/json");
    }
}

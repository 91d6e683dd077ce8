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
 * Cross-origin requests over HTTP, with CORS on (two origins, one a regular expression) and off, as Directus's cors
 * middleware answers them; and OPTIONS without CORS, as Express answers it. Nothing here touches the database, so
 * this runs on SQLite only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsTest {

    private static final String APP = "https://app.example.com";

    private TestDatabase database;
    private TestDatabase otherDatabase;
    private OrdoTestServer withCors;
    private OrdoTestServer withoutCors;

    @BeforeAll
    void start() {
        database = TestVendor.SQLITE.createDatabase();
        withCors = OrdoTestServer.start(database, Map.of("CORS_ENABLED", "true",
            "CORS_ORIGIN", APP + ",/https://[a-z]+\\.example\\.org/", "CORS_MAX_AGE", "600"));
        otherDatabase = TestVendor.SQLITE.createDatabase();
        withoutCors = OrdoTestServer.start(otherDatabase, Map.of());
    }

    @AfterAll
    void stop() {
        withCors.close();
        withoutCors.close();
        database.close();
        otherDatabase.close();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAtOnce() {
        HttpResult preflight = withCors.send(request(withCors, "/items/anything", APP).method("OPTIONS",
            HttpRequest.BodyPublishers.noBody()).header("Access-Control-Request-Method", "PATCH").build());

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.body()).isEmpty();
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET,POST,PATCH,DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("Content-Type,Authorization");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
    }

    @Test
    void answersAndErrorsToAnAllowedOriginCarryTheHeaders() {
        HttpResult ping = withCors.send(request(withCors, "/server/ping", "https://shop.example.org").GET().build());
        HttpResult refused = withCors.send(request(withCors, "/items/anything", APP).GET().build());

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.org");
        assertThat(ping.header("Access-Control-Expose-Headers")).isEqualTo("Content-Range");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @Test
    void anotherOriginIsNotAllowed() {
        HttpResult ping = withCors.send(request(withCors, "/server/ping", "https://evil.example.net").GET().build());
        HttpResult preflight = withCors.send(request(withCors, "/server/ping", "https://app.example.com.evil.net")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void withoutCorsNoHeaderIsWrittenAndOptionsListsThePathsMethods() {
        HttpResult ping = withoutCors.send(request(withoutCors, "/server/ping", APP).GET().build());
        HttpResult options = withoutCors.send(request(withoutCors, "/items/anything", APP)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        HttpResult unknown = withoutCors.send(request(withoutCors, "/nothing/here", APP)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(ping.header("Access-Control-Allow-Origin")).isNull();
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).isEqualTo("GET,HEAD,POST,PATCH,DELETE,SEARCH");
        assertThat(options.body()).isEqualTo("GET,HEAD,POST,PATCH,DELETE,SEARCH");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("ROUTE_NOT_FOUND");
    }

    private static HttpRequest.Builder request(OrdoTestServer ordo, String path, String origin) {
        return HttpRequest.newBuilder(ordo.uri(path)).header("Origin", origin);
    }
}

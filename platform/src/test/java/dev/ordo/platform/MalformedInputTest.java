package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a Directus error with a 4xx status, never a 500; a write that fails deep inside a nested payload
 * leaves the database exactly as it was.
 */
class MalformedInputTest extends IntegrationTest {

    private String token;

    @Override
    protected void started() {
        token = ordo.adminToken();
        create(Map.of("collection", "mi_authors", "schema", Map.of(), "fields", List.of(
            Map.of("field", "name", "type", "string", "schema", Map.of("is_nullable", false)))));
        create(Map.of("collection", "mi_articles", "schema", Map.of(), "fields", List.of(
            Map.of("field", "title", "type", "string", "schema", Map.of("is_nullable", false)),
            Map.of("field", "views", "type", "integer"),
            Map.of("field", "author", "type", "integer"))));
        create(Map.of("collection", "mi_comments", "schema", Map.of(), "fields", List.of(
            Map.of("field", "body", "type", "text", "schema", Map.of("is_nullable", false)),
            Map.of("field", "article", "type", "integer"))));
        post("/relations", Map.of("collection", "mi_articles", "field", "author", "related_collection", "mi_authors",
            "meta", Map.of("one_field", "articles")));
        post("/relations", Map.of("collection", "mi_comments", "field", "article", "related_collection", "mi_articles",
            "meta", Map.of("one_field", "comments")));
        post("/fields/mi_authors", Map.of("field", "articles", "type", "alias", "meta", Map.of("special", List.of("o2m"))));
        post("/fields/mi_articles", Map.of("field", "comments", "type", "alias", "meta", Map.of("special", List.of("o2m"))));
        post("/items/mi_authors", Map.of("name", "Ada"));
    }

    @Test
    void aRequestLineTooLongIsAnsweredAsTheConnectionsLast() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", ordo.port())) {
            socket.setSoTimeout(5000);
            String request = "GET /items/mi_articles?filter=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 414 ").containsIgnoringCase("\r\nConnection: close\r\n")
                .contains("\"code\":\"INVALID_QUERY\"");
        }
    }

    @Test
    void brokenJsonIsAnInvalidPayload() {
        assertRefused(ordo.send("POST", "/items/mi_authors", "{\"name\": \"x\",", token), 400, "INVALID_PAYLOAD");
    }

    @Test
    void valuesOfTheWrongTypeAreInvalidPayloads() {
        assertRefused(ordo.post("/items/mi_articles", Map.of("title", "t", "views", "lots"), token), 400, "INVALID_PAYLOAD");
        assertRefused(ordo.send("POST", "/items/mi_articles", "42", token), 400, "INVALID_PAYLOAD");
    }

    @Test
    void unknownOperatorsAreInvalidQueries() {
        assertRefused(ordo.get("/items/mi_articles?filter[title][_like]=x", token), 400, "INVALID_QUERY");
        assertRefused(ordo.get("/items/mi_articles?filter=%7B%22title%22%3A", token), 400, "INVALID_QUERY");
        assertRefused(ordo.get("/items/mi_articles?filter[views][_contains]=1", token), 400, "INVALID_QUERY");
    }

    /** The query is checked before routing (spec §1.1), after the token; the ping is answered before both. */
    @Test
    void anInvalidQueryFailsBeforeRoutingOnEveryRouteButThePing() {
        assertRefused(ordo.get("/nothing-here?limit=ten", token), 400, "INVALID_QUERY");
        assertRefused(ordo.get("/items/mi_nothing?limit=ten", token), 400, "INVALID_QUERY");
        assertRefused(ordo.get("/server/info?filter=%7Bnope", token), 400, "INVALID_QUERY");
        assertRefused(ordo.get("/items/mi_articles?limit=ten", "not-a-valid-token"), 401, "INVALID_CREDENTIALS");
        HttpResult ping = ordo.get("/server/ping?limit=ten");
        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.body()).isEqualTo("pong");
        assertThat(ordo.get("/nothing-here?limit=10", token).status()).isEqualTo(404);
    }

    @Test
    void filtersOnUnknownFieldsAreForbidden() {
        assertRefused(ordo.get("/items/mi_articles?filter[nope][_eq]=1", token), 403, "FORBIDDEN");
        assertRefused(ordo.get("/items/mi_articles?filter[author][nope][_eq]=1", token), 403, "FORBIDDEN");
        assertRefused(ordo.get("/items/mi_articles?sort=nope", token), 403, "FORBIDDEN");
        assertRefused(ordo.get("/items/mi_articles?fields=author.nope", token), 403, "FORBIDDEN");
    }

    @Test
    void pathsDeeperThanTheRelationalDepthAreInvalidQueries() {
        String deep = IntStream.range(0, 12).mapToObj(i -> "author").collect(Collectors.joining(".")) + ".name";
        assertRefused(ordo.get("/items/mi_articles?fields=" + deep, token), 400, "INVALID_QUERY");
    }

    @Test
    void hugeInListsAreInvalidQueries() {
        List<Integer> keys = IntStream.range(0, 20_000).boxed().toList();
        HttpResult search = ordo.send(HttpRequest.newBuilder(ordo.uri("/items/mi_articles"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .method("SEARCH", HttpRequest.BodyPublishers.ofString(
                "{\"query\":{\"filter\":{\"id\":{\"_in\":" + keys + "}}}}")).build());
        String inUrl = keys.subList(0, 15_000).stream().map(String::valueOf).collect(Collectors.joining(","));
        assertRefused(search, 400, "INVALID_QUERY");
        assertThat(ordo.get("/items/mi_articles?filter[id][_in]=" + inUrl, token).status()).isBetween(400, 499);
    }

    /** SQLite fails a LIKE pattern over 50,000 bytes; every database refuses one alike (found by the fuzz test). */
    @Test
    void patternsLongerThanSqliteMatchesAreInvalidQueries() {
        String filter = "{\"query\":{\"filter\":{\"title\":{\"_ends_with\":\"" + "y".repeat(70_000) + "\"}}}}";
        assertRefused(ordo.send("SEARCH", "/items/mi_articles", filter, token), 400, "INVALID_QUERY");
        String search = "{\"query\":{\"search\":\"" + "y".repeat(70_000) + "\"}}";
        assertRefused(ordo.send("SEARCH", "/items/mi_articles", search, token), 400, "INVALID_QUERY");
    }

    @Test
    void oversizeBodiesAreRefused() {
        String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertRefused(ordo.send("POST", "/items/mi_authors", big, token), 400, "INVALID_PAYLOAD");
    }

    @Test
    void aFailingNestedWriteLeavesTheDatabaseExactlyAsBefore() throws Exception {
        Map<String, Long> before = counts();
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("name", "Grace");
        Map<String, Object> goodComment = Map.of("body", "fine");
        Map<String, Object> badComment = new LinkedHashMap<>();
        badComment.put("body", null);
        author.put("articles", List.of(
            Map.of("title", "First", "comments", List.of(goodComment)),
            Map.of("title", "Second", "comments", List.of(goodComment, badComment))));

        HttpResult refused = ordo.post("/items/mi_authors", author, token);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("FAILED_VALIDATION");
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("mi_authors", "mi_articles", "mi_comments", "directus_activity",
                "directus_revisions")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private void create(Map<String, Object> collection) {
        post("/collections", collection);
    }

    private void post(String path, Map<String, Object> body) {
        HttpResult result = ordo.post(path, body, token);
        if (result.status() >= 300) {
            throw new AssertionError("set-up " + path + " failed: " + result);
        }
    }

    private static void assertRefused(HttpResult result, int status, String code) {
        assertThat(result.status()).as(result.body()).isEqualTo(status);
        assertThat(result.errorCode()).isEqualTo(code);
    }
}

package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestVendor;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /utils/import/:collection} over HTTP on every configured database: multipart uploads of JSON and CSV
 * files upserted by primary key, all-or-nothing (checked in the tables themselves), large files streamed through,
 * singletons, and the refusals. Also the revert of a revision without data, which needs a row only SQL can make.
 */
class ItemImportTest extends IntegrationTest {

    private static final String BOUNDARY = "imp-boundary-7f3a";

    private String token;

    /** Each imported row is its own write, as in Directus: a file may hold more rows than one write may touch. */
    @Override
    protected Map<String, String> settings() {
        return Map.of("MAX_BATCH_MUTATION", "100");
    }

    @Override
    protected void started() {
        token = ordo.adminToken();
    }

    @Test
    void jsonRowsUpdateTheItemsWhoseKeysExistAndCreateTheOthers() throws Exception {
        createCollection("imp_json");
        ok("POST", "/items/imp_json", json("code", "a", "title", "Old", "views", 5));

        HttpResult imported = upload("imp_json", "items.json", "application/json", """
            [
              {"id": 1, "title": "New"},
              {"code": "b", "title": "Second"},
              {"id": 10, "code": "c", "title": "Tenth", "views": 3}
            ]""");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).isEmpty();
        assertThat(rows("imp_json")).containsExactly(
            List.of("1", "a", "New", "5"),
            List.of("2", "b", "Second", "0"),
            List.of("10", "c", "Tenth", "3"));
        // Every row went through the items service: one revision for the seeded create, then one per imported row.
        JsonNode revisions = ok("GET", "/revisions?fields=item,activity.action&sort=id&" + ofCollection("imp_json"),
            null);
        List<String> logged = new ArrayList<>();
        revisions.forEach(r -> logged.add(r.path("activity").path("action").asText() + " " + r.path("item").asText()));
        assertThat(logged).containsExactly("create 1", "update 1", "create 2", "create 10");
    }

    @Test
    void csvRowsAreUpsertedWithEmptyCellsLeftOutAndQuotedCellsKeptWhole() throws Exception {
        createCollection("imp_csv");
        ok("POST", "/items/imp_csv", json("code", "a", "title", "Old", "views", 5));
        // A quoted cell may hold line breaks, even one followed by what starts like the multipart boundary.
        String tricky = "Two lines\r\n--" + BOUNDARY.substring(0, 8) + "\r\n--";

        HttpResult imported = upload("imp_csv", "items.csv", "text/csv",
            "id,code,title,views\n1,,\"New, with a comma\",\n,b,\"" + tricky + "\",7\n");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(rows("imp_csv")).containsExactly(
            List.of("1", "a", "New, with a comma", "5"),
            List.of("2", "b", tricky, "7"));
    }

    @Test
    void aFailingRowRollsTheWholeFileBackAndNamesTheRow() throws Exception {
        createCollection("imp_fail");
        ok("POST", "/items/imp_fail", json("code", "a", "title", "First", "views", 1));
        ok("POST", "/items/imp_fail", json("code", "b", "title", "Second", "views", 2));
        int revisionsBefore = ok("GET", "/revisions?fields=id&" + ofCollection("imp_fail"), null).size();

        HttpResult missingTitle = upload("imp_fail", "items.json", "application/json", """
            [
              {"id": 1, "title": "Changed"},
              {"code": "c", "title": "Created"},
              {"code": "d", "title": null}
            ]""");
        HttpResult duplicate = upload("imp_fail", "items.json", "application/json",
            "[{\"id\": 2, \"title\": \"Changed\"}, {\"code\": \"a\", \"title\": \"Same code\"}]");
        HttpResult malformedCsv = upload("imp_fail", "items.csv", "text/csv",
            "id,title\n2,Changed too\n3,New,stray value\n");

        assertThat(missingTitle.status()).as(missingTitle.body()).isEqualTo(400);
        assertThat(missingTitle.errorCode()).isEqualTo("FAILED_VALIDATION");
        JsonNode extensions = missingTitle.json().path("errors").path(0).path("extensions");
        assertThat(extensions.path("field").asText()).isEqualTo("title");
        assertThat(extensions.path("rows").toString()).isEqualTo("[{\"type\":\"lines\",\"rows\":[3]}]");
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("RECORD_NOT_UNIQUE");
        assertThat(malformedCsv.status()).as(malformedCsv.body()).isEqualTo(400);
        assertThat(malformedCsv.errorCode()).isEqualTo("INVALID_PAYLOAD");
        assertThat(malformedCsv.json().path("errors").path(0).path("message").asText())
            .contains("Row 2").contains("column 3");
        assertThat(ok("GET", "/revisions?fields=id&" + ofCollection("imp_fail"), null).size())
            .isEqualTo(revisionsBefore);
        assertThat(rows("imp_fail")).containsExactly(
            List.of("1", "a", "First", "1"),
            List.of("2", "b", "Second", "2"));
    }

    @Test
    void largeFilesStreamThroughAndEachRowCountsAgainstTheMutationLimitAlone() {
        createCollection("imp_big");
        int count = 1200;
        StringBuilder csv = new StringBuilder("id,code,title\n");
        for (int n = 1; n <= count; n++) {
            csv.append(n).append(",c").append(n).append(',').append(title(n)).append('\n');
        }

        HttpResult imported = upload("imp_big", "big.csv", "application/vnd.ms-excel", csv.toString());

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode items = ok("GET", "/items/imp_big?fields=id,title&sort=id&limit=-1", null);
        assertThat(items.size()).isEqualTo(count);
        for (int n = 1; n <= count; n++) {
            assertThat(items.path(n - 1).path("title").asText()).as("item " + n).isEqualTo(title(n));
        }
    }

    @Test
    void aSingletonTakesOneRecordWhichUpdatesItsItem() {
        ok("POST", "/collections", json("collection", "imp_single", "schema", json(), "meta", json("singleton", true),
            "fields", List.of(json("field", "id", "type", "integer",
                    "schema", json("is_primary_key", true, "has_auto_increment", true)),
                json("field", "title", "type", "string"))));

        HttpResult first = upload("imp_single", "one.json", "application/json", "[{\"title\": \"One\"}]");
        HttpResult second = upload("imp_single", "two.json", "application/json", "[{\"title\": \"Two\"}]");
        HttpResult many = upload("imp_single", "many.json", "application/json",
            "[{\"title\": \"Three\"}, {\"title\": \"Four\"}]");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.json().path("errors").path(0).path("extensions").path("reason").asText())
            .isEqualTo("Cannot import multiple records into singleton collection imp_single");
        assertThat(ok("GET", "/items/imp_single?fields=id,title", null).toString())
            .isEqualTo("{\"id\":1,\"title\":\"Two\"}");
    }

    @Test
    void requestsThatAreNotAnImportableUploadAreRefused() {
        createCollection("imp_refused");
        HttpResult noContentType = send(HttpRequest.newBuilder(ordo.uri("/utils/import/imp_refused"))
            .POST(HttpRequest.BodyPublishers.ofString("[]")));
        HttpResult noBoundary = send(request("/utils/import/imp_refused", "multipart/form-data",
            multipart("items.json", "application/json", "[]")));
        HttpResult onlyAField = send(request("/utils/import/imp_refused", multipartType(),
            ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + BOUNDARY
                + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        byte[] whole = multipart("items.json", "application/json", "[{\"title\": \"x\"}]");
        HttpResult truncated = send(request("/utils/import/imp_refused", multipartType(),
            java.util.Arrays.copyOf(whole, whole.length - 12)));
        HttpResult notAnArray = upload("imp_refused", "items.json", "application/json", "{\"title\": \"x\"}");
        HttpResult anonymous = ordo.send(request("/utils/import/imp_refused", multipartType(),
            multipart("items.json", "application/json", "[{\"title\": \"x\"}]")).build());

        assertThat(noContentType.status()).isEqualTo(415);
        assertThat(noContentType.json().path("errors").path(0).path("message").asText())
            .isEqualTo("Unsupported media type \"undefined\" in Content-Type header.");
        assertThat(reason(noBoundary)).isEqualTo("Multipart: Boundary not found");
        assertThat(reason(onlyAField)).isEqualTo("No file to import");
        assertThat(reason(truncated)).isEqualTo("Unexpected end of form");
        assertThat(reason(notAnArray)).isEqualTo("Top-level object should be an array.");
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(ok("GET", "/items/imp_refused?fields=id", null).size()).isZero();
    }

    @Test
    void revertingARevisionWithoutDataIsAnInvalidPayload() throws Exception {
        createCollection("imp_revert");
        ok("POST", "/items/imp_revert", json("code", "a", "title", "Kept"));
        long revision = directly(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO directus_activity (action, collection, item)"
                    + " VALUES ('update', 'imp_revert', '1')");
            }
            long activity = single(connection, "SELECT MAX(id) FROM directus_activity");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO directus_revisions"
                + " (activity, collection, item, data, delta) VALUES (?, 'imp_revert', '1', NULL, NULL)")) {
                insert.setLong(1, activity);
                insert.executeUpdate();
            }
            return single(connection, "SELECT MAX(id) FROM directus_revisions");
        });

        HttpResult reverted = ordo.send("POST", "/utils/revert/" + revision, null, token);

        assertThat(reverted.status()).as(reverted.body()).isEqualTo(400);
        assertThat(reason(reverted)).isEqualTo("Revision doesn't contain data to revert to");
        assertThat(ok("GET", "/items/imp_revert/1?fields=title", null).path("title").asText()).isEqualTo("Kept");
    }

    // --- helpers ---

    private static String title(int n) {
        return "Item " + n + " " + "abcdefghij".repeat(n % 20);
    }

    /** A collection with an auto-increment key, a unique code, a required title and a counter defaulting to 0. */
    private void createCollection(String name) {
        ok("POST", "/collections", json("collection", name, "schema", json(), "fields", List.of(
            json("field", "id", "type", "integer", "schema", json("is_primary_key", true, "has_auto_increment", true)),
            json("field", "code", "type", "string", "schema", json("is_unique", true)),
            json("field", "title", "type", "string", "schema", json("is_nullable", false)),
            json("field", "views", "type", "integer", "schema", json("default_value", 0)))));
    }

    /** The table's rows by key, read directly: id, code, title, views as text. */
    private List<List<String>> rows(String table) throws Exception {
        return directly(connection -> {
            List<List<String>> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT id, code, title, views FROM " + table
                     + " ORDER BY id")) {
                while (result.next()) {
                    rows.add(java.util.Arrays.asList(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)));
                }
            }
            return rows;
        });
    }

    /**
     * Runs {@code work} on a direct connection. SQLite is only opened while Ordo is stopped: a second copy of its
     * driver in the same process would break the file locks Ordo's copy holds. Ordo is started again afterwards.
     */
    private <T> T directly(SqlWork<T> work) throws Exception {
        boolean stopOrdo = vendor == TestVendor.SQLITE;
        if (stopOrdo) {
            ordo.close();
        }
        try (Connection connection = database.connect()) {
            return work.run(connection);
        } finally {
            if (stopOrdo) {
                ordo = OrdoTestServer.start(database, settings());
                token = ordo.adminToken();
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private HttpResult upload(String collection, String fileName, String mediaType, String content) {
        return send(request("/utils/import/" + collection, multipartType(),
            multipart(fileName, mediaType, content)));
    }

    private static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** A form with a text field before the file, as browsers send it. */
    private static byte[] multipart(String fileName, String mediaType, String content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
            + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
            + "Content-Type: " + mediaType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpRequest.Builder request(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(ordo.uri(path)).timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResult send(HttpRequest.Builder request) {
        return ordo.send(request.header("Authorization", "Bearer " + token).build());
    }

    private JsonNode ok(String method, String path, Object body) {
        HttpResult result = ordo.send(method, path, body, token);
        assertThat(result.status()).as(method + " " + path + ": " + result.body()).isEqualTo(200);
        return result.data();
    }

    /** {@code filter[collection][_eq]=<collection>}, encoded for a URI. */
    private static String ofCollection(String collection) {
        return "filter%5Bcollection%5D%5B_eq%5D=" + collection;
    }

    private static String reason(HttpResult result) {
        return result.json().path("errors").path(0).path("extensions").path("reason").asText();
    }

    private static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

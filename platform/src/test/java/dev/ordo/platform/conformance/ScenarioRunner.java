package dev.ordo.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.HttpTarget;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one scenario file against a running Ordo: schema, seed, scenarios, clean-up. */
final class ScenarioRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters sent percent-encoded in a request line, so scenarios can write brackets, braces and quotes as-is. */
    private static final String UNSAFE_IN_URL = " \"{}|\\^`<>[]";

    private final HttpTarget server;
    private final String database;
    private final ScenarioFile file;
    private final PrimaryKeyType keyType;
    private final Substitutions substitutions;
    private final String adminToken;
    private boolean ready;

    /** @param database sqlite, postgres or mysql: which {@code by_database} expectations apply */
    ScenarioRunner(HttpTarget server, String database, ScenarioFile file, PrimaryKeyType keyType, String adminToken) {
        this.server = server;
        this.database = database;
        this.file = file;
        this.keyType = keyType;
        this.substitutions = new Substitutions(keyType);
        this.adminToken = adminToken;
    }

    /**
     * Creates the file's collections, then its extra fields (alias fields such as o2m), then its relations, through
     * the API (the order the Directus app uses), seeds the items and runs the extra {@code setup} requests.
     */
    void setUp() {
        for (JsonNode collection : file.collections()) {
            expectSuccess("POST", "/collections", createCollection(substitutions.apply(collection)));
        }
        for (JsonNode field : file.fields()) {
            ObjectNode body = (ObjectNode) substitutions.apply(field);
            String collection = body.remove("collection").asText();
            expectSuccess("POST", "/fields/" + collection, body);
        }
        for (JsonNode relation : file.relations()) {
            expectSuccess("POST", "/relations", substitutions.apply(relation));
        }
        for (JsonNode seed : file.seed()) {
            String collection = substitutions.string(seed.path("collection").asText());
            expectSuccess("POST", "/items/" + collection, substitutions.apply(Repeats.expand(seedItems(seed))));
        }
        for (JsonNode step : file.spec().path("setup")) {
            String[] request = substitutions.string(step.path("request").asText()).split(" ", 2);
            expectSuccess(request[0], request[1], step.has("body") ? substitutions.apply(step.get("body")) : null);
        }
        ready = true;
    }

    /** Whether {@link #setUp} completed. */
    boolean ready() {
        return ready;
    }

    /** Deletes the file's collections, last created first. */
    void tearDown() {
        List<String> names = new ArrayList<>();
        file.collections().forEach(c -> names.add(substitutions.string(c.path("collection").asText())));
        for (int i = names.size() - 1; i >= 0; i--) {
            request("DELETE", "/collections/" + names.get(i), null, null, Map.of(), adminToken);
        }
    }

    /** Runs one scenario; returns what did not match (empty when it passed). */
    List<String> run(JsonNode scenario) {
        String[] request = substitutions.string(scenario.path("request").asText()).split(" ", 2);
        String path = encodeUnsafe(request[1])
            + queryString(substitutions.apply(scenario.path("query")), request[1].contains("?"));
        String body = null;
        String contentType = null;
        if (scenario.has("raw_body")) {
            body = substitutions.string(scenario.get("raw_body").asText());
            contentType = "application/json";
        } else if (scenario.has("body")) {
            body = substitutions.apply(Repeats.expand(scenario.get("body"))).toString();
            contentType = "application/json";
        }
        if (scenario.has("content_type")) {
            contentType = substitutions.string(scenario.get("content_type").asText());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        scenario.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), substitutions.string(h.getValue().asText())));
        String token = "anonymous".equals(scenario.path("as").asText()) ? null : adminToken;
        HttpResult answer = request(request[0], path, body, contentType, headers, token);
        List<String> problems = check(substitutions.apply(Repeats.expand(forThisDatabase(scenario.path("expect")))), answer);
        if (problems.isEmpty()) {
            save(scenario.path("save"), answer);
        }
        return problems;
    }

    private List<String> check(JsonNode expect, HttpResult answer) {
        List<String> problems = new ArrayList<>();
        int status = expect.has("status") ? expect.get("status").asInt() : expect.has("error") ? -1 : 200;
        if (status > 0 && answer.status() != status) {
            problems.add("status: expected " + status + " but was " + answer.status() + " (" + answer.body() + ")");
            return problems;
        }
        if (status == 204 && !answer.body().isEmpty()) {
            problems.add("body: expected none with 204 but was " + answer.body());
        }
        boolean unordered = expect.path("unordered").asBoolean(false);
        expect.path("headers").fields().forEachRemaining(header -> {
            String actual = answer.header(header.getKey());
            if (header.getValue().isNull()) {
                if (actual != null) {
                    problems.add("header " + header.getKey() + ": expected none but was " + actual);
                }
            } else {
                JsonExpectation.differences(header.getValue(), actual)
                    .forEach(p -> problems.add("header " + header.getKey() + " " + p));
            }
        });
        if (expect.has("raw")) {
            JsonExpectation.differences(expect.get("raw"), answer.body()).forEach(p -> problems.add("raw body " + p));
        }
        if (!expectsJson(expect)) {
            return problems;
        }
        JsonNode json;
        try {
            json = answer.json();
        } catch (AssertionError notJson) {
            problems.add("body: not JSON: " + answer.body());
            return problems;
        }
        if (expect.has("error")) {
            String code = answer.status() >= 400 ? answer.errorCode() : "none (status " + answer.status() + ")";
            if (!expect.get("error").asText().equals(code)) {
                problems.add("error: expected " + expect.get("error").asText() + " but was " + code + " (" + answer.body() + ")");
            }
        }
        JsonNode firstError = json.path("errors").path(0);
        if (expect.has("message")) {
            JsonExpectation.differences(expect.get("message"), firstError.path("message"), false)
                .forEach(p -> problems.add("message " + p));
        }
        if (expect.has("reason")) {
            JsonExpectation.differences(expect.get("reason"), firstError.path("extensions").path("reason"), false)
                .forEach(p -> problems.add("reason " + p));
        }
        if (expect.has("extensions")) {
            ObjectNode extensions = ((ObjectNode) expect.get("extensions")).deepCopy();
            if (!extensions.has("code") && expect.has("error")) {
                extensions.set("code", expect.get("error"));
            }
            JsonExpectation.differences(extensions, firstError.path("extensions"), false)
                .forEach(p -> problems.add("extensions " + p));
        }
        if (expect.has("body")) {
            problems.addAll(JsonExpectation.differences(expect.get("body"), json, unordered));
        }
        if (expect.has("data")) {
            problems.addAll(JsonExpectation.differences(expect.get("data"), json.path("data"), unordered));
        }
        if (expect.has("meta")) {
            problems.addAll(JsonExpectation.differences(expect.get("meta"), json.path("meta"), false));
        }
        if (expect.has("count")) {
            countProblems(expect.get("count"), json, problems);
        }
        return problems;
    }

    /**
     * The expectation for the database under test: {@code expect} with the entries of {@code expect.by_database.<db>}
     * (db = sqlite, postgres or mysql) put over it, for the few answers the spec lets differ per database.
     */
    private JsonNode forThisDatabase(JsonNode expect) {
        if (!expect.has("by_database")) {
            return expect;
        }
        ObjectNode merged = ((ObjectNode) expect).deepCopy();
        merged.remove("by_database");
        JsonNode override = expect.get("by_database").path(database);
        if (override.isObject()) {
            if (override.has("status") && !override.has("error")) {
                merged.remove(List.of("error", "message", "reason", "extensions"));
            }
            merged.setAll((ObjectNode) override);
        }
        return merged;
    }

    private static boolean expectsJson(JsonNode expect) {
        for (String key : List.of("error", "message", "reason", "extensions", "body", "data", "meta", "count")) {
            if (expect.has(key)) {
                return true;
            }
        }
        return false;
    }

    /** {@code count: N} (size of {@code data}) or {@code count: {path: N}} (size of the array at each dotted path). */
    private static void countProblems(JsonNode count, JsonNode json, List<String> problems) {
        Map<String, JsonNode> wanted = new LinkedHashMap<>();
        if (count.isObject()) {
            count.fields().forEachRemaining(entry -> wanted.put(entry.getKey(), entry.getValue()));
        } else {
            wanted.put("data", count);
        }
        wanted.forEach((path, size) -> {
            JsonNode array = at(json, path);
            if (!array.isArray()) {
                problems.add("count " + path + ": expected an array of " + size + " but was " + array);
            } else if (array.size() != size.asInt()) {
                problems.add("count " + path + ": expected " + size + " elements but was " + array.size());
            }
        });
    }

    /** The value at a dotted path such as {@code data.0.children}. */
    private static JsonNode at(JsonNode json, String path) {
        JsonNode value = json;
        for (String step : path.split("\\.")) {
            value = step.matches("\\d+") ? value.path(Integer.parseInt(step)) : value.path(step);
        }
        return value;
    }

    private void save(JsonNode save, HttpResult answer) {
        Iterator<Map.Entry<String, JsonNode>> entries = save.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            substitutions.save(entry.getKey(), at(answer.json(), entry.getValue().asText()));
        }
    }

    /** A seed's items: its {@code items} list, or {@code count} copies of its {@code item} with {@code ${n}} numbered. */
    private static JsonNode seedItems(JsonNode seed) {
        if (!seed.has("count")) {
            return seed.path("items");
        }
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        int from = seed.path("from").asInt(1);
        for (int n = from; n < from + seed.get("count").asInt(); n++) {
            items.add(Substitutions.numbered(seed.get("item"), n));
        }
        return items;
    }

    private JsonNode createCollection(JsonNode collection) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("collection", collection.path("collection").asText());
        body.putObject("schema");
        if (collection.has("meta")) {
            body.set("meta", collection.get("meta"));
        }
        ArrayNode fields = body.putArray("fields");
        PrimaryKeyType type = collection.has("key_type") ? PrimaryKeyType.of(collection.get("key_type").asText()) : keyType;
        fields.add(type.field(collection.path("primary_key").asText("id")));
        collection.path("fields").forEach(fields::add);
        return body;
    }

    private void expectSuccess(String method, String path, JsonNode body) {
        HttpResult answer = request(method, encodeUnsafe(path), body == null ? null : body.toString(), "application/json",
            Map.of(), adminToken);
        if (answer.status() >= 300) {
            throw new AssertionError("set-up " + method + " " + path + " failed: " + answer);
        }
    }

    private HttpResult request(String method, String path, String body, String contentType, Map<String, String> headers,
                               String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        String sent = body == null && method.equals("SEARCH") ? "{}" : body;
        if (sent == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (body == null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, HttpRequest.BodyPublishers.ofString(sent));
        }
        return server.send(request.build());
    }

    /** Percent-encodes the characters {@link java.net.URI} refuses, leaving existing {@code %xx} escapes alone. */
    private static String encodeUnsafe(String path) {
        StringBuilder encoded = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (UNSAFE_IN_URL.indexOf(c) >= 0 || c > 127) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                encoded.appendCodePoint(c);
            }
        });
        return encoded.toString();
    }

    /** {@code query:} entries as query parameters: objects as JSON, lists of values comma-separated. */
    private static String queryString(JsonNode query, boolean hasQuery) {
        if (query == null || !query.isObject() || query.isEmpty()) {
            return "";
        }
        List<String> parameters = new ArrayList<>();
        query.fields().forEachRemaining(entry -> parameters.add(encode(entry.getKey()) + "=" + encode(parameter(entry.getValue()))));
        return (hasQuery ? "&" : "?") + String.join("&", parameters);
    }

    private static String parameter(JsonNode value) {
        if (value.isArray() && allScalars(value)) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join(",", parts);
        }
        if (value.isContainerNode()) {
            try {
                return JSON.writeValueAsString(value);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return value.asText();
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

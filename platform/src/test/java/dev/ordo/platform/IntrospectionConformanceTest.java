package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.platform.testing.CatalogSnapshot;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One fixture schema, written in each database's own SQL, must come back from /collections, /fields and
 * /relations with the same Directus types and flags everywhere (conformance/introspection/expected.json),
 * and Ordo must leave the user's tables exactly as they were.
 */
class IntrospectionConformanceTest extends IntegrationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private List<String> catalogBefore;
    private JsonNode expected;
    private String token;

    @Override
    protected void prepare(TestDatabase fresh) throws Exception {
        fresh.runScript(resource("conformance/introspection/" + fresh.vendor().name().toLowerCase(Locale.ROOT) + ".sql"));
        catalogBefore = CatalogSnapshot.of(fresh);
    }

    @Override
    protected void started() throws IOException {
        expected = MAPPER.readTree(resource("conformance/introspection/expected.json"));
        token = ordo.adminToken();
    }

    @Test
    void theUsersTablesWithASingleKeyAreCollections() {
        HttpResult collections = ordo.get("/collections", token);

        assertThat(collections.status()).isEqualTo(200);
        List<String> userCollections = new ArrayList<>();
        for (JsonNode collection : collections.data()) {
            String name = collection.path("collection").asText();
            if (!name.startsWith("directus_")) {
                userCollections.add(name);
                assertThat(collection.path("meta").isNull()).as("%s has no metadata", name).isTrue();
                assertThat(collection.path("schema").path("name").asText()).isEqualTo(name);
            }
        }
        assertThat(userCollections).containsExactlyInAnyOrderElementsOf(texts(expected.path("collections")));
        for (String absent : texts(expected.path("absent"))) {
            assertThat(ordo.get("/collections/" + absent, token).status()).as(absent).isEqualTo(403);
        }
    }

    @Test
    void everyFieldHasTheSameTypeAndFlagsOnEveryDatabase() {
        Iterator<Map.Entry<String, JsonNode>> collections = expected.path("fields").fields();
        while (collections.hasNext()) {
            Map.Entry<String, JsonNode> collection = collections.next();
            HttpResult fields = ordo.get("/fields/" + collection.getKey(), token);
            assertThat(fields.status()).isEqualTo(200);
            assertThat(fieldNames(fields.data())).containsExactlyElementsOf(names(collection.getValue()));
            for (JsonNode field : fields.data()) {
                checkField(collection.getKey(), field, collection.getValue().path(field.path("field").asText()));
            }
        }
    }

    @Test
    void oneFieldCanBeReadOnItsOwn() {
        HttpResult field = ordo.get("/fields/articles/author_id", token);

        assertThat(field.status()).isEqualTo(200);
        assertThat(field.data().path("type").asText()).isEqualTo("integer");
        assertThat(field.data().path("meta").isNull()).isTrue();
        assertThat(field.data().path("schema").path("foreign_key_table").asText()).isEqualTo("authors");
        assertThat(ordo.get("/fields/articles/no_such_field", token).status()).isEqualTo(403);
    }

    @Test
    void foreignKeysAreRelationsWithTheirActions() {
        HttpResult relations = ordo.get("/relations/articles", token);

        assertThat(relations.status()).isEqualTo(200);
        List<JsonNode> actual = new ArrayList<>();
        relations.data().forEach(actual::add);
        actual.sort((a, b) -> a.path("field").asText().compareTo(b.path("field").asText()));
        List<JsonNode> wanted = new ArrayList<>();
        expected.path("relations").forEach(wanted::add);
        assertThat(actual).hasSameSizeAs(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            JsonNode want = wanted.get(i);
            JsonNode got = actual.get(i);
            assertThat(got.path("collection").asText()).isEqualTo(want.path("collection").asText());
            assertThat(got.path("field").asText()).isEqualTo(want.path("field").asText());
            assertThat(got.path("related_collection").asText()).isEqualTo(want.path("related_collection").asText());
            assertThat(got.path("meta").isNull()).isTrue();
            want.path("schema").fields().forEachRemaining(key ->
                assertThat(got.path("schema").path(key.getKey()).asText())
                    .as("%s.%s schema.%s", want.path("collection").asText(), want.path("field").asText(), key.getKey())
                    .isEqualTo(key.getValue().asText()));
        }
        assertThat(ordo.get("/relations/articles/author_id", token).data().path("related_collection").asText())
            .isEqualTo("authors");
    }

    /**
     * Directus's PostgreSQL inspector names the schema a foreign key points into, on every column (null without a
     * foreign key) and on every constraint; its MySQL and SQLite inspectors have no such key.
     */
    @Test
    void theForeignKeysSchemaIsNamedOnlyWhereTheDatabaseHasSchemas() {
        JsonNode foreignKey = ordo.get("/fields/articles/author_id", token).data().path("schema");
        JsonNode plain = ordo.get("/fields/articles/title", token).data().path("schema");
        JsonNode constraint = ordo.get("/relations/articles/author_id", token).data().path("schema");

        if (database.vendor() == TestVendor.POSTGRES) {
            assertThat(foreignKey.path("foreign_key_schema").asText()).isEqualTo("public");
            assertThat(plain.has("foreign_key_schema")).isTrue();
            assertThat(plain.path("foreign_key_schema").isNull()).isTrue();
            assertThat(constraint.path("foreign_key_schema").asText()).isEqualTo("public");
        } else {
            assertThat(foreignKey.has("foreign_key_schema")).isFalse();
            assertThat(plain.has("foreign_key_schema")).isFalse();
            assertThat(constraint.has("foreign_key_schema")).isFalse();
        }
        assertThat(plain.has("schema")).as("Directus names no table schema on a column").isFalse();
    }

    /** Directus's SQLite inspector reports no column comment, SQLite having none; the others report it, or null. */
    @Test
    void columnsHaveACommentKeyOnlyWhereTheDatabaseKeepsColumnComments() {
        JsonNode plain = ordo.get("/fields/articles/title", token).data().path("schema");

        assertThat(plain.has("comment")).isEqualTo(database.vendor() != TestVendor.SQLITE);
    }

    /** Without credentials and with no public permission, as in Directus: no collection listed, nothing else read. */
    @Test
    void theSchemaShowsNothingToCallersWithoutReadPermissions() {
        HttpResult collections = ordo.get("/collections");
        assertThat(collections.status()).as(collections.body()).isEqualTo(200);
        assertThat(collections.data().isEmpty()).as(collections.body()).isTrue();
        assertThat(ordo.get("/fields/authors").status()).isEqualTo(403);
        assertThat(ordo.get("/relations").status()).isEqualTo(403);
    }

    /** After every request of every test: the catalog and the rows are as they were before Ordo started. */
    @Override
    protected void finished() throws Exception {
        assertThat(CatalogSnapshot.of(database)).containsExactlyElementsOf(catalogBefore);
    }

    private static void checkField(String collection, JsonNode actual, JsonNode wanted) {
        String name = collection + "." + actual.path("field").asText();
        wanted.fields().forEachRemaining(entry -> {
            JsonNode got = entry.getKey().equals("type") ? actual.path("type") : actual.path("schema").path(entry.getKey());
            JsonNode want = entry.getValue();
            if (want.isNumber() && got.isTextual()) {
                got = MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal(got.asText()));
            }
            if (want.isNumber()) {
                assertThat(got.isNumber()).as("%s %s is a number, got %s", name, entry.getKey(), got).isTrue();
                assertThat(got.decimalValue()).as("%s %s", name, entry.getKey()).isEqualByComparingTo(want.decimalValue());
            } else {
                assertThat(got).as("%s %s", name, entry.getKey()).isEqualTo(want);
            }
        });
    }

    private static List<String> fieldNames(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.add(field.path("field").asText()));
        return names;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = IntrospectionConformanceTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

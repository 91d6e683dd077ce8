package dev.ordo.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.OrdoTestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzzed schema: {@code fz_things} holds a field of every type and one relation of every kind (m2o, o2m, m2m,
 * m2a, translations); the other collections are the ends of those relations. Set up through the API and seeded with a
 * few items, so random requests have rows to find, join and break.
 */
public final class FuzzSchema {

    public static final String THINGS = "fz_things";
    public static final String AUTHORS = "fz_authors";
    public static final String NOTES = "fz_notes";
    public static final String TAGS = "fz_tags";
    public static final String THINGS_TAGS = "fz_things_tags";
    public static final String BLOCKS = "fz_things_blocks";
    public static final String LANGUAGES = "fz_languages";
    public static final String TRANSLATIONS = "fz_things_translations";

    /** Every table the fuzz may write, for snapshots. */
    public static final List<String> TABLES = List.of(THINGS, AUTHORS, NOTES, TAGS, THINGS_TAGS, BLOCKS, LANGUAGES,
        TRANSLATIONS);

    /** The plain fields of {@code fz_things} by name, with their Directus type. */
    public static final Map<String, String> SCALARS = scalars();

    /** The relational alias and m2o fields of {@code fz_things}. */
    public static final List<String> RELATIONS = List.of("author", "notes", "tags", "blocks", "translations");

    public static final int SEEDED_THINGS = 6;

    private FuzzSchema() {
    }

    /** One set-up call: method, path and JSON body. */
    public record Step(String method, String path, Object body) {
    }

    /** Sends set-up calls in order as {@code token}, each of which must succeed. */
    public static void apply(OrdoTestServer ordo, String token, List<Step> steps) {
        for (Step step : steps) {
            HttpResult result = ordo.send(step.method(), step.path(), step.body(), token);
            assertThat(result.status()).as("set-up " + step.method() + " " + step.path() + ": " + result.body())
                .isIn(200, 204);
        }
    }

    public static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(collection(AUTHORS, intKey(), field("name", "string")));
        steps.add(collection(TAGS, intKey(), field("label", "string")));
        steps.add(collection(LANGUAGES, json("field", "code", "type", "string", "schema", json("is_primary_key", true)),
            field("name", "string")));
        List<Object> thingFields = new ArrayList<>(List.of(intKey()));
        SCALARS.forEach((name, type) -> thingFields.add(scalarField(name, type)));
        thingFields.add(json("field", "code", "type", "string", "schema", json("is_unique", true)));
        thingFields.add(field("author", "integer"));
        steps.add(new Step("POST", "/collections", json("collection", THINGS, "schema", json(), "fields", thingFields)));
        steps.add(collection(NOTES, intKey(), field("body", "string"), field("thing", "integer")));
        steps.add(collection(THINGS_TAGS, intKey(), field("things_id", "integer"), field("tags_id", "integer")));
        steps.add(collection(BLOCKS, intKey(), field("things_id", "integer"), field("item", "string"),
            field("collection", "string")));
        steps.add(collection(TRANSLATIONS, intKey(), field("things_id", "integer"), field("languages_code", "string"),
            field("title", "string")));
        for (String alias : List.of("notes", "tags", "blocks", "translations")) {
            String special = switch (alias) {
                case "notes" -> "o2m";
                case "tags" -> "m2m";
                case "blocks" -> "m2a";
                default -> "translations";
            };
            steps.add(alias(THINGS, alias, special));
        }
        steps.add(alias(AUTHORS, "things", "o2m"));
        steps.add(relation(THINGS, "author", AUTHORS, json("one_field", "things")));
        steps.add(relation(NOTES, "thing", THINGS, json("one_field", "notes")));
        steps.add(relation(THINGS_TAGS, "things_id", THINGS, json("one_field", "tags", "junction_field", "tags_id")));
        steps.add(relation(THINGS_TAGS, "tags_id", TAGS, json("junction_field", "things_id")));
        steps.add(relation(BLOCKS, "things_id", THINGS, json("one_field", "blocks", "junction_field", "item")));
        steps.add(relation(BLOCKS, "item", null, json("one_allowed_collections", List.of(AUTHORS, TAGS),
            "one_collection_field", "collection", "junction_field", "things_id")));
        steps.add(relation(TRANSLATIONS, "things_id", THINGS, json("one_field", "translations",
            "junction_field", "languages_code")));
        steps.add(relation(TRANSLATIONS, "languages_code", LANGUAGES, json("junction_field", "things_id")));
        steps.addAll(seed());
        return steps;
    }

    private static List<Step> seed() {
        List<Step> steps = new ArrayList<>();
        steps.add(items(AUTHORS, List.of(json("name", "Ada"), json("name", "Grace"), json("name", "Edsger"))));
        steps.add(items(TAGS, List.of(json("label", "red"), json("label", "green"), json("label", "blue"))));
        steps.add(items(LANGUAGES, List.of(json("code", "en", "name", "English"), json("code", "de", "name", "Deutsch"))));
        List<Object> things = new ArrayList<>();
        for (int n = 1; n <= SEEDED_THINGS; n++) {
            things.add(json("s", "thing " + n, "t", "text of thing " + n, "i", n * 10, "bi", 9_000_000_000L + n,
                "f", n + 0.25, "d", n + ".50", "b", n % 2 == 0, "dt", "2024-0" + n + "-1" + n,
                "dtt", "2024-0" + n + "-0" + n + "T1" + n + ":30:00", "ts", "2024-0" + n + "-0" + n + "T08:00:00.000Z",
                "tm", "1" + n + ":15:00", "j", json("n", n, "tags", List.of("a", "b"), "nested", json("deep", n)),
                "u", "00000000-0000-4000-8000-00000000000" + n, "c", List.of("x", "y" + n), "h", "secret" + n,
                "code", "code-" + n, "author", 1 + n % 3,
                "notes", List.of(json("body", "note " + n + "a"), json("body", "note " + n + "b")),
                "tags", List.of(json("tags_id", 1 + n % 3)),
                "blocks", List.of(json("collection", n % 2 == 0 ? AUTHORS : TAGS, "item", 1 + n % 3)),
                "translations", List.of(json("languages_code", "en", "title", "title " + n),
                    json("languages_code", "de", "title", "Titel " + n))));
        }
        steps.add(items(THINGS, things));
        return steps;
    }

    private static Map<String, String> scalars() {
        Map<String, String> scalars = new LinkedHashMap<>();
        scalars.put("s", "string");
        scalars.put("t", "text");
        scalars.put("i", "integer");
        scalars.put("bi", "bigInteger");
        scalars.put("f", "float");
        scalars.put("d", "decimal");
        scalars.put("b", "boolean");
        scalars.put("dt", "date");
        scalars.put("dtt", "dateTime");
        scalars.put("ts", "timestamp");
        scalars.put("tm", "time");
        scalars.put("j", "json");
        scalars.put("u", "uuid");
        scalars.put("c", "csv");
        scalars.put("h", "hash");
        return Collections.unmodifiableMap(scalars);
    }

    private static Object scalarField(String name, String type) {
        return switch (type) {
            case "string" -> json("field", name, "type", type, "schema", json("max_length", 20));
            case "decimal" -> json("field", name, "type", type, "schema", json("numeric_precision", 10,
                "numeric_scale", 2));
            case "csv" -> json("field", name, "type", type, "meta", json("special", List.of("cast-csv")));
            case "hash" -> json("field", name, "type", type, "meta", json("special", List.of("hash")));
            default -> field(name, type);
        };
    }

    // The steps a fuzz schema is made of, shared by the fuzz tests' schemas.

    static Step collection(String name, Object... fields) {
        return new Step("POST", "/collections", json("collection", name, "schema", json(), "fields", List.of(fields)));
    }

    static Step alias(String collection, String field, String special) {
        return new Step("POST", "/fields/" + collection, json("field", field, "type", "alias", "meta",
            json("special", List.of(special))));
    }

    static Step relation(String collection, String field, String related, Map<String, Object> meta) {
        Map<String, Object> body = json("collection", collection, "field", field, "meta", meta);
        body.put("related_collection", related);
        return new Step("POST", "/relations", body);
    }

    static Step items(String collection, List<Object> items) {
        return new Step("POST", "/items/" + collection, items);
    }

    static Map<String, Object> intKey() {
        return json("field", "id", "type", "integer", "schema", json("is_primary_key", true, "has_auto_increment", true));
    }

    static Map<String, Object> field(String name, String type) {
        return json("field", name, "type", type);
    }

    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

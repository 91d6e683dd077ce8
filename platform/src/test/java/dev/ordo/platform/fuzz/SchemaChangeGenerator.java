package dev.ordo.platform.fuzz;

import static dev.ordo.platform.fuzz.FuzzSchema.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random schema changes, valid and broken mixed, against the {@code sf_} collections of {@link #steps()}: new
 * collections with every kind of primary key, new fields of good and bad types, sizes and defaults, changes of
 * columns that hold data (types, nullability, uniqueness), relations to missing ends, deletions of fields that
 * relations use. The generator keeps no model of the schema: it draws names from small pools, so earlier successes
 * and refusals make later requests meet both existing and missing things.
 */
public final class SchemaChangeGenerator {

    public static final String PREFIX = "sf_";
    static final String PEOPLE = "sf_people";
    static final String PETS = "sf_pets";

    private static final List<String> NEW_COLLECTIONS = List.of("sf_new_a", "sf_new_b", "sf_new_c");
    private static final List<String> ODD_NAMES = List.of("sf new", "sf-dash", "SF_UPPER", "sf_é", "sf;drop", "",
        "sf_" + "x".repeat(70), "directus_sf", "sf_\"quote", "1sf", "sf_people.name");
    private static final List<String> FIELD_NAMES = List.of("name", "age", "note", "digits", "code", "owner", "id",
        "extra_a", "extra_b", "extra_c");
    private static final List<String> DATA_FIELDS = List.of("name", "age", "note", "digits", "code", "owner");
    private static final List<String> TYPES = List.of("string", "text", "integer", "bigInteger", "float", "decimal",
        "boolean", "date", "dateTime", "timestamp", "time", "json", "uuid", "csv", "hash", "alias");
    private static final List<String> BAD_TYPES = List.of("varchar", "int", "", "STRING", "geometry.Point",
        "unknown");
    private static final List<String> KEY_TYPES = List.of("integer", "bigInteger", "string", "uuid", "float",
        "boolean", "text", "dateTime", "json");

    private final Random random;

    public SchemaChangeGenerator(long seed) {
        random = new Random(seed);
    }

    /** The starting schema, created through the API: data with nulls, duplicates and non-numeric text. */
    public static List<FuzzSchema.Step> steps() {
        Map<String, Object> id = json("field", "id", "type", "integer", "schema",
            json("is_primary_key", true, "has_auto_increment", true));
        List<FuzzSchema.Step> steps = new ArrayList<>();
        steps.add(new FuzzSchema.Step("POST", "/collections", json("collection", PEOPLE, "schema", json(),
            "fields", List.of(id, json("field", "name", "type", "string", "schema", json("max_length", 30)),
                json("field", "age", "type", "integer"), json("field", "note", "type", "text"),
                json("field", "digits", "type", "string"),
                json("field", "code", "type", "string", "schema", json("is_unique", true))))));
        steps.add(new FuzzSchema.Step("POST", "/collections", json("collection", PETS, "schema", json(),
            "fields", List.of(id, json("field", "name", "type", "string"), json("field", "owner", "type",
                "integer")))));
        steps.add(new FuzzSchema.Step("POST", "/relations", json("collection", PETS, "field", "owner",
            "related_collection", PEOPLE)));
        steps.add(new FuzzSchema.Step("POST", "/items/" + PEOPLE, List.of(
            json("name", "Ada", "age", 36, "note", "first", "digits", "123", "code", "a"),
            json("name", "Ada", "age", null, "note", null, "digits", "twelve", "code", "b"),
            json("name", "a rather long name here", "age", 7, "note", null, "digits", "4.5", "code", "c"))));
        steps.add(new FuzzSchema.Step("POST", "/items/" + PETS, List.of(json("name", "Rex", "owner", 1),
            json("name", "Tom", "owner", null))));
        return steps;
    }

    public FuzzRequest next() {
        return switch (random.nextInt(9)) {
            case 0 -> createCollection();
            case 1, 2 -> createField();
            case 3, 4 -> changeField();
            case 5 -> deleteField();
            case 6 -> createRelation();
            case 7 -> changeOrDeleteRelation();
            default -> changeOrDeleteCollection();
        };
    }

    private FuzzRequest createCollection() {
        String name = chance(4) ? pick(ODD_NAMES) : pick(NEW_COLLECTIONS);
        if (chance(8)) {
            name = PEOPLE;
        }
        Map<String, Object> body = json("collection", name);
        if (chance(6)) {
            body.put("meta", json("icon", "folder"));
        } else {
            body.put("schema", chance(8) ? pick(List.of("yes", 3, List.of())) : json());
            List<Object> fields = new ArrayList<>();
            if (!chance(6)) {
                fields.add(primaryKey());
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                fields.add(fieldBody(pick(FIELD_NAMES)));
            }
            if (chance(8)) {
                fields.add(fieldBody("id"));
            }
            body.put("fields", chance(12) ? "fields" : fields);
        }
        if (chance(8)) {
            body.put(pick(List.of("unknown", "schema_name")), "x");
        }
        return write("POST", "/collections", body);
    }

    private Map<String, Object> primaryKey() {
        String type = pick(KEY_TYPES);
        Map<String, Object> schema = json("is_primary_key", true);
        if ((type.equals("integer") || type.equals("bigInteger")) && random.nextBoolean()) {
            schema.put("has_auto_increment", true);
        }
        if (chance(5)) {
            schema.put("has_auto_increment", pick(List.of(true, "yes")));
        }
        if (chance(6)) {
            schema.put("is_nullable", true);
        }
        return json("field", "id", "type", type, "schema", schema);
    }

    private FuzzRequest createField() {
        String collection = pickCollection();
        Map<String, Object> body = fieldBody(pick(FIELD_NAMES));
        if (chance(6)) {
            body.put("field", pick(ODD_NAMES));
        }
        return write("POST", "/fields/" + collection, body);
    }

    private FuzzRequest changeField() {
        String collection = pickCollection();
        // Mostly the seeded columns that hold data, whose changes the rows can refuse.
        String field = chance(4) ? pick(FIELD_NAMES) : pick(DATA_FIELDS);
        Map<String, Object> body = json();
        switch (random.nextInt(6)) {
            case 0 -> {
                // Only a schema object alters the column, a type alone changes nothing.
                body.put("type", random.nextBoolean() ? pick(TYPES) : pick(BAD_TYPES));
                body.put("schema", json());
            }
            case 1 -> body.put("schema", json("is_nullable", pick(List.of(false, true, "no"))));
            case 2 -> body.put("schema", json("is_unique", pick(List.of(true, false, 1))));
            case 3 -> body.put("schema", json("max_length", pick(List.of(3, 10, 255, -1, 0, "long"))));
            case 4 -> body.put("schema", json("default_value", pick(List.of("x", 12, true, "abc", List.of(1)))));
            default -> body.put("meta", metaBody());
        }
        if (chance(3)) {
            body.put("type", random.nextBoolean() ? pick(TYPES) : pick(BAD_TYPES));
        }
        if (chance(8)) {
            body.put("field", pick(FIELD_NAMES));
        }
        return write("PATCH", "/fields/" + collection + "/" + field, body);
    }

    private FuzzRequest deleteField() {
        // Seldom a seeded column, so changes of their data stay reachable; "owner" is used by a relation, "id" is a key.
        String field = chance(5) ? pick(DATA_FIELDS) : pick(List.of("extra_a", "extra_b", "extra_c", "owner", "id"));
        return write("DELETE", "/fields/" + pickCollection() + "/" + field, null);
    }

    private FuzzRequest createRelation() {
        Map<String, Object> body = json("collection", pickCollection(), "field", pick(FIELD_NAMES));
        if (!chance(6)) {
            body.put("related_collection", chance(5) ? pick(List.of("sf_missing", "", 3)) : pickCollection());
        }
        if (chance(3)) {
            body.put("schema", json("on_delete", pick(List.of("SET NULL", "CASCADE", "NO ACTION", "DROP TABLE",
                "", 1))));
        }
        if (chance(3)) {
            body.put("meta", json("one_field", pick(List.of("pets", "name", "missing")), "sort_field",
                pick(FIELD_NAMES)));
        }
        if (chance(10)) {
            body.remove("field");
        }
        return write("POST", "/relations", body);
    }

    private FuzzRequest changeOrDeleteRelation() {
        String path = "/relations/" + pickCollection() + "/" + pick(FIELD_NAMES);
        if (random.nextBoolean()) {
            return write("DELETE", path, null);
        }
        Map<String, Object> body = json();
        if (random.nextBoolean()) {
            body.put("schema", json("on_delete", pick(List.of("SET NULL", "CASCADE", "RESTRICT", "nope", 7))));
        }
        if (random.nextBoolean()) {
            body.put("meta", json("one_deselect_action", pick(List.of("nullify", "delete", "maybe"))));
        }
        if (chance(4)) {
            body.put("related_collection", pick(List.of(PEOPLE, "sf_missing")));
        }
        return write("PATCH", path, body);
    }

    private FuzzRequest changeOrDeleteCollection() {
        // The two starting collections are never deleted, so the changes of their data-holding columns stay reachable.
        String collection = pick(NEW_COLLECTIONS);
        if (random.nextBoolean()) {
            return write("DELETE", "/collections/" + (chance(5) ? PEOPLE + "x" : collection), null);
        }
        String target = random.nextBoolean() ? pick(List.of(PEOPLE, PETS)) : collection;
        Map<String, Object> body = json("meta", chance(4) ? "meta" : json("icon", "box", "hidden",
            pick(List.of(true, "nope"))));
        if (chance(5)) {
            body.put("schema", json("name", "sf_renamed"));
        }
        return write("PATCH", "/collections/" + target, body);
    }

    private Map<String, Object> fieldBody(String name) {
        boolean badType = chance(8);
        String type = badType ? pick(BAD_TYPES) : pick(TYPES);
        Map<String, Object> body = json("field", name, "type", type);
        if (chance(12)) {
            body.remove("type");
        }
        Map<String, Object> schema = json();
        if (chance(3)) {
            schema.put("max_length", pick(List.of(10, 255, 0, -5, 100_000, "ten", 2.5)));
        }
        if (chance(4)) {
            schema.put("numeric_precision", pick(List.of(10, 5, 0, 70, "p")));
            schema.put("numeric_scale", pick(List.of(2, 5, 12, -1, "s")));
        }
        if (chance(3)) {
            schema.put("default_value", defaultValue(type));
        }
        if (chance(5)) {
            schema.put("is_nullable", pick(List.of(false, true, "maybe")));
        }
        if (chance(6)) {
            schema.put("is_unique", pick(List.of(true, false, "x")));
        }
        if (chance(8)) {
            schema.put(pick(List.of("colour", "data_type", "table")), "x");
        }
        if (chance(10)) {
            schema.put("is_primary_key", true);
        }
        if (!schema.isEmpty() || chance(4)) {
            body.put("schema", chance(12) ? "schema" : schema);
        }
        if (chance(3) || type.equals("alias")) {
            body.put("meta", metaBody());
        }
        return body;
    }

    private Object defaultValue(String type) {
        Object matching = switch (type) {
            case "integer", "bigInteger" -> 42;
            case "float", "decimal" -> 1.5;
            case "boolean" -> true;
            case "date" -> "2024-01-02";
            case "dateTime", "timestamp" -> "2024-01-02T03:04:05";
            case "time" -> "10:11:12";
            case "uuid" -> "00000000-0000-4000-8000-000000000001";
            case "json" -> json("a", 1);
            default -> "hello";
        };
        return random.nextBoolean() ? matching : pick(List.of("not a number", "2024-13-45", "x".repeat(300),
            List.of(1, 2), json("a", 1), 12.75, false, "now()", "NOW"));
    }

    private Map<String, Object> metaBody() {
        Map<String, Object> meta = json();
        if (random.nextBoolean()) {
            meta.put("special", pick(List.of(List.of("o2m"), List.of("m2o"), List.of("cast-json"), "o2m",
                List.of("nope"), List.of())));
        }
        if (random.nextBoolean()) {
            meta.put("hidden", pick(List.of(true, "yes", 2)));
        }
        if (random.nextBoolean()) {
            meta.put("interface", pick(List.of("input", 5, List.of())));
        }
        if (chance(5)) {
            meta.put(pick(List.of("unknown", "collection", "id")), pick(List.of("x", 99, PETS)));
        }
        return meta;
    }

    private String pickCollection() {
        return chance(8) ? pick(List.of("sf_missing", "directus_users", "sf_new_a")) : pick(List.of(PEOPLE, PETS,
            PEOPLE, PETS, pick(NEW_COLLECTIONS)));
    }

    private FuzzRequest write(String method, String path, Object body) {
        return new FuzzRequest(method, path, List.of(), body == null ? null : Json.write(body), true);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

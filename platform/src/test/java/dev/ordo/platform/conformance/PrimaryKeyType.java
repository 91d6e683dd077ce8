package dev.ordo.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * The three primary key types every scenario file can run with, as Directus's blackbox suite does, and bigInteger for
 * the files about it: how the key field is created, and the key of the n-th seeded item.
 */
enum PrimaryKeyType {
    INTEGER,
    UUID_KEY,
    STRING,
    BIG_INTEGER;

    static PrimaryKeyType of(String name) {
        return switch (name) {
            case "integer" -> INTEGER;
            case "uuid" -> UUID_KEY;
            case "string" -> STRING;
            case "bigInteger" -> BIG_INTEGER;
            default -> throw new IllegalArgumentException("unknown primary key type " + name);
        };
    }

    String id() {
        return switch (this) {
            case INTEGER -> "integer";
            case UUID_KEY -> "uuid";
            case STRING -> "string";
            case BIG_INTEGER -> "bigInteger";
        };
    }

    /** The field definition of a primary key named {@code name}, for POST /collections. */
    ObjectNode field(String name) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode field = json.objectNode().put("field", name);
        ObjectNode schema = field.putObject("schema").put("is_primary_key", true);
        switch (this) {
            case INTEGER -> {
                field.put("type", "integer");
                schema.put("has_auto_increment", true);
            }
            case UUID_KEY -> {
                field.put("type", "uuid");
                field.putObject("meta").putArray("special").add("uuid");
            }
            case STRING -> {
                field.put("type", "string");
                schema.put("max_length", 36);
            }
            case BIG_INTEGER -> {
                field.put("type", "bigInteger");
                schema.put("has_auto_increment", true);
            }
        }
        return field;
    }

    /** The key of the n-th item a scenario seeds: n, a uuid derived from n, or {@code key-n}; as written, not read. */
    JsonNode key(int n) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return switch (this) {
            case INTEGER, BIG_INTEGER -> json.numberNode(n);
            case UUID_KEY -> json.textNode(UUID.nameUUIDFromBytes(("key-" + n).getBytes()).toString());
            case STRING -> json.textNode("key-" + n);
        };
    }
}

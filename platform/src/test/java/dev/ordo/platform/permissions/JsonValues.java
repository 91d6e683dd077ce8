package dev.ordo.platform.permissions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A stored value ({@code Long}, {@code String} or null) as JSON. */
final class JsonValues {

    private JsonValues() {
    }

    static JsonNode of(Object value) {
        if (value == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        return value instanceof Long number ? JsonNodeFactory.instance.numberNode(number)
            : JsonNodeFactory.instance.textNode((String) value);
    }
}

package dev.ordo.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Generated arrays in scenario files: an object {@code {$repeat: N, item: X}} (optionally {@code from: F}, default 1)
 * anywhere in a seed, body or expectation becomes the array of N copies of X with the literal {@code ${n}} replaced by
 * F, F+1, ... in every string. So a scenario can send 101 items without listing them.
 */
final class Repeats {

    private Repeats() {
    }

    static JsonNode expand(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject() && node.has("$repeat")) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            int from = node.path("from").asInt(1);
            for (int n = from; n < from + node.get("$repeat").asInt(); n++) {
                items.add(expand(Substitutions.numbered(node.get("item"), n)));
            }
            return items;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(expand(element)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), expand(field.getValue()));
            }
            return copy;
        }
        return node;
    }
}

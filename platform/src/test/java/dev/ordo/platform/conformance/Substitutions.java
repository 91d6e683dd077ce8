package dev.ordo.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in scenario files: {@code ${pk}} (the primary key type), {@code ${key:N}} (the key of the n-th seeded
 * item, a number for integer keys), {@code ${key:TYPE:N}} (the same for a fixed key type, for collections declared
 * with their own {@code key_type}), {@code ${keytext:N}} / {@code ${keytext:TYPE:N}} (the key as a string, as an m2a
 * junction's {@code item} column stores it) and {@code ${name}} (a value saved from an earlier answer). A string that is only a
 * placeholder becomes the value with its own JSON type. They are replaced everywhere: in requests, query parameters,
 * bodies, object keys, expected answers, headers and raw bodies.
 */
final class Substitutions {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final PrimaryKeyType keyType;
    private final Map<String, JsonNode> saved = new HashMap<>();

    Substitutions(PrimaryKeyType keyType) {
        this.keyType = keyType;
    }

    void save(String name, JsonNode value) {
        saved.put(name, value);
    }

    JsonNode apply(JsonNode node) {
        return map(node, this::text);
    }

    /**
     * {@code node} with the literal {@code ${n}} replaced by {@code n} in every string, before the other placeholders;
     * a string that is only {@code ${n}} becomes the number.
     */
    static JsonNode numbered(JsonNode node, int n) {
        return map(node, text -> text.equals("${n}") ? JsonNodeFactory.instance.numberNode(n)
            : JsonNodeFactory.instance.textNode(text.replace("${n}", Integer.toString(n))));
    }

    String string(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(value(matcher.group(1)).asText()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static JsonNode map(JsonNode node, Function<String, JsonNode> strings) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return strings.apply(node.asText());
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(map(element, strings)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(strings.apply(field.getKey()).asText(), map(field.getValue(), strings));
            }
            return copy;
        }
        return node;
    }

    private JsonNode text(String text) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches()) {
            return value(whole.group(1));
        }
        return JsonNodeFactory.instance.textNode(string(text));
    }

    private JsonNode value(String name) {
        if (name.equals("pk")) {
            return JsonNodeFactory.instance.textNode(keyType.id());
        }
        if (name.startsWith("key:") || name.startsWith("keytext:")) {
            String[] parts = name.split(":");
            JsonNode key = parts.length == 3
                ? PrimaryKeyType.of(parts[1]).key(Integer.parseInt(parts[2]))
                : keyType.key(Integer.parseInt(parts[1]));
            return name.startsWith("keytext:") ? JsonNodeFactory.instance.textNode(key.asText()) : key;
        }
        JsonNode value = saved.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no saved value ${" + name + "}");
        }
        return value;
    }
}

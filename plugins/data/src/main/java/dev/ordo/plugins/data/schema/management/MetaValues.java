package dev.ordo.plugins.data.schema.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.plugins.data.schema.metadata.ColumnKind;
import dev.ordo.plugins.data.schema.metadata.MetadataColumn;
import dev.ordo.plugins.data.schema.metadata.MetadataTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a submitted {@code meta} object into the values of a metadata row, as the metadata reader expects to
 * find them stored (MetadataTable): booleans as booleans, whole numbers as integers, JSON columns as JSON text,
 * CSV columns ({@code special}, {@code one_allowed_collections}) as comma-separated text. Keys that are not
 * columns of the table ({@code system}, ...) are ignored, as Directus ignores them; a value of the wrong kind is
 * 400 {@code INVALID_PAYLOAD}.
 */
final class MetaValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MetaValues() {
    }

    /**
     * @param excluded columns the caller sets itself ({@code id}, {@code collection}, ...)
     * @param path     how the object is named in messages ({@code meta})
     */
    static Map<String, Object> columns(MetadataTable table, Map<String, ?> meta, Set<String> excluded, String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (MetadataColumn column : table.columns()) {
            if (!excluded.contains(column.name()) && meta.containsKey(column.name())) {
                values.put(column.name(), value(column.kind(), meta.get(column.name()), path + "." + column.name()));
            }
        }
        return values;
    }

    static Object value(ColumnKind kind, Object value, String path) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case TEXT -> text(value, path);
            case INTEGER -> integer(value, path);
            case BOOLEAN -> bool(value, path);
            case JSON -> json(value);
            case CSV -> csv(value, path);
        };
    }

    /**
     * A list of strings, or a CSV string, as CSV text. An empty list is stored as empty text, not NULL, as Directus
     * stores it: it reads back as an empty list, where NULL reads back as null.
     */
    static String csv(Object value, String path) {
        if (value instanceof List<?> list) {
            if (list.stream().anyMatch(entry -> !(entry instanceof String))) {
                throw new InvalidPayloadException("\"" + path + "\" must be an array of strings");
            }
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof String text) {
            return text;
        }
        throw new InvalidPayloadException("\"" + path + "\" must be an array of strings");
    }

    /**
     * Objects, arrays and scalars are stored as their JSON text. A string that already is JSON text is stored as
     * it is (as Directus stores strings given for JSON columns); any other string as a JSON string.
     */
    static String json(Object value) {
        try {
            if (value instanceof String text) {
                try {
                    JSON.readTree(text);
                    return text;
                } catch (JsonProcessingException notJson) {
                    return JSON.writeValueAsString(text);
                }
            }
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new InvalidPayloadException("A value could not be written as JSON");
        }
    }

    private static String text(Object value, String path) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new InvalidPayloadException("\"" + path + "\" must be a string");
    }

    private static Integer integer(Object value, String path) {
        try {
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().trim()).intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
            // reported below
        }
        throw new InvalidPayloadException("\"" + path + "\" must be an integer");
    }

    private static Boolean bool(Object value, String path) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidPayloadException("\"" + path + "\" must be a boolean");
        };
    }
}

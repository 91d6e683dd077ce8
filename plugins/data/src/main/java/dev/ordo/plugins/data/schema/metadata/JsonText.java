package dev.ordo.plugins.data.schema.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON stored as text into plain, deeply unmodifiable {@code Map}/{@code List}/scalar values.
 * Text that is not valid JSON is returned unchanged, as Directus does for {@code cast-json} values.
 */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /** The parsed value of {@code text}; {@code null} for SQL NULL or the JSON literal {@code null}. */
    public static Object parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return freeze(MAPPER.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** Whether {@code text} is JSON (a string's JSON has its quotes: {@code "\"a\""}). */
    public static boolean isJson(String text) {
        try {
            MAPPER.readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    // Collections.unmodifiable* rather than Map.copyOf/List.copyOf: JSON values may hold nulls.
    private static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), freeze(entry)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(entry -> copy.add(freeze(entry)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}

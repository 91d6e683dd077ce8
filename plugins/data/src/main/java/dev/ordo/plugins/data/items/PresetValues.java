package dev.ordo.plugins.data.items;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A permission's presets with their dynamic variables resolved for a caller, inside objects and lists too: what a
 * write gets under its payload and what {@code GET /permissions/me} shows, as Directus resolves them for both.
 */
public final class PresetValues {

    private PresetValues() {
    }

    /** @param variables resolves one value for the caller ({@link FilterVariables#valuesForCaller}) */
    public static Map<String, Object> resolved(Map<String, ?> presets, UnaryOperator<Object> variables) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        presets.forEach((field, value) -> resolved.put(field, value(value, variables)));
        return Collections.unmodifiableMap(resolved);
    }

    private static Object value(Object value, UnaryOperator<Object> variables) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, inner) -> resolved.put(String.valueOf(key), value(inner, variables)));
            return Collections.unmodifiableMap(resolved);
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>(list.size());
            list.forEach(inner -> resolved.add(value(inner, variables)));
            return Collections.unmodifiableList(resolved);
        }
        return variables.apply(value);
    }
}

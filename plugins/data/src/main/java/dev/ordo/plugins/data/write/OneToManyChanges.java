package dev.ordo.plugins.data.write;

import dev.ordo.api.error.InvalidPayloadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detailed form of a one-to-many value, {@code {"create": [...], "update": [...], "delete": [keys]}}: only what
 * it names changes. Any other shape is 400 {@code INVALID_PAYLOAD} "Invalid one-to-many update structure".
 */
record OneToManyChanges(List<Map<String, Object>> create, List<Map<String, Object>> update, List<Object> delete) {

    private static final Set<String> PARTS = Set.of("create", "update", "delete");

    OneToManyChanges {
        create = List.copyOf(create);
        update = List.copyOf(update);
        delete = List.copyOf(delete);
    }

    static OneToManyChanges parse(Map<?, ?> value) {
        for (Object part : value.keySet()) {
            if (!PARTS.contains(String.valueOf(part))) {
                throw invalid("\"" + part + "\" is not allowed");
            }
        }
        return new OneToManyChanges(items(value, "create"), items(value, "update"), keys(value));
    }

    static InvalidPayloadException invalid(String problem) {
        return new InvalidPayloadException("Invalid one-to-many update structure: " + problem);
    }

    private static List<Map<String, Object>> items(Map<?, ?> value, String part) {
        List<Map<String, Object>> items = new ArrayList<>();
        int index = 0;
        for (Object element : list(value, part)) {
            if (!(element instanceof Map<?, ?> item)) {
                throw invalid("\"" + part + "[" + index + "]\" must be of type object");
            }
            items.add(Payloads.copy(item));
            index++;
        }
        return items;
    }

    private static List<Object> keys(Map<?, ?> value) {
        List<Object> keys = new ArrayList<>();
        int index = 0;
        for (Object element : list(value, "delete")) {
            if (!ItemKeys.isKey(element)) {
                throw invalid("\"delete[" + index + "]\" must be one of [string, number]");
            }
            keys.add(element);
            index++;
        }
        return keys;
    }

    private static List<?> list(Map<?, ?> value, String part) {
        Object items = value.get(part);
        if (items == null) {
            return List.of();
        }
        if (!(items instanceof List<?> list)) {
            throw invalid("\"" + part + "\" must be an array");
        }
        return list;
    }
}

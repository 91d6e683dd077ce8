package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.items.PrimaryKeys;
import java.util.List;
import java.util.Map;

/**
 * Checks keys against their collection's primary key type before they reach the database: a key that cannot be one
 * answers 403, like a missing item ({@link PrimaryKeys}).
 */
final class ItemKeys {

    private ItemKeys() {
    }

    static Object coerce(FieldOverview primaryKey, Object key) {
        return PrimaryKeys.coerce(primaryKey, key);
    }

    /** Checked keys in order, each once. */
    static List<Object> coerceAll(FieldOverview primaryKey, List<?> keys) {
        return keys.stream().map(key -> coerce(primaryKey, key)).distinct().toList();
    }

    /** Whether a JSON value can stand for a key (rather than for a nested item). */
    static boolean isKey(Object value) {
        return value instanceof String || value instanceof Number;
    }
}

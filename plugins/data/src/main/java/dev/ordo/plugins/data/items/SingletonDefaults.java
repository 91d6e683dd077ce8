package dev.ordo.plugins.data.items;

import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a singleton with no item yet reads as: each requested field that has a column default set to that default,
 * and the primary key, when requested, as null. No row is created.
 */
final class SingletonDefaults {

    private SingletonDefaults() {
    }

    static Map<String, Object> of(CollectionOverview collection, Query query) {
        boolean all = query.fields().isEmpty() || query.fields().contains("*");
        String primaryKey = collection.primaryKey().orElseThrow();
        Map<String, Object> item = new LinkedHashMap<>();
        if (all || query.fields().contains(primaryKey)) {
            item.put(primaryKey, null);
        }
        for (FieldOverview field : collection.fields().values()) {
            if (field.isAlias() || field.name().equals(primaryKey) || !(all || query.fields().contains(field.name()))) {
                continue;
            }
            field.column().flatMap(c -> c.defaultValue()).filter(value -> !isFunction(value))
                .ifPresent(value -> item.put(field.name(), value));
        }
        return item;
    }

    /** A default the database computes (a key, the time, a uuid): no value to show before a row exists. */
    private static boolean isFunction(Object value) {
        return value instanceof String text && (text.equals("AUTO_INCREMENT") || text.startsWith("CURRENT_TIMESTAMP")
            || text.equals("gen_random_uuid()"));
    }
}

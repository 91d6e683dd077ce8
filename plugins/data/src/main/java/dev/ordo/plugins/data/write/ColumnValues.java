package dev.ordo.plugins.data.write;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.values.ValueCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns a payload writes: its values for the collection's column fields, converted to what is bound
 * ({@code bound}), and as submitted ({@code delta}, concealed values masked) for revisions. Fields the collection
 * does not have, alias fields and generated columns are left out.
 */
record ColumnValues(Map<String, Object> bound, Map<String, Object> delta) {

    private static final String CONCEALED = "**********";

    ColumnValues {
        bound = Collections.unmodifiableMap(new LinkedHashMap<>(bound));
        delta = Collections.unmodifiableMap(new LinkedHashMap<>(delta));
    }

    /**
     * @param withPrimaryKey false for updates, which never change a key; on create a null key is left to the database
     */
    static ColumnValues of(CollectionOverview collection, Map<String, Object> payload, boolean withPrimaryKey,
                           ValueCodec codec) {
        String primaryKey = collection.primaryKey().orElseThrow();
        Map<String, Object> bound = new LinkedHashMap<>();
        Map<String, Object> delta = new LinkedHashMap<>();
        for (FieldOverview field : collection.fields().values()) {
            String name = field.name();
            boolean isKey = name.equals(primaryKey);
            if (field.isAlias() || !payload.containsKey(name) || field.column().orElseThrow().generated()
                || isKey && (!withPrimaryKey || payload.get(name) == null)) {
                continue;
            }
            Object value = payload.get(name);
            bound.put(name, convert(codec, field, value));
            delta.put(name, field.hasSpecial("conceal") && value != null && !"".equals(value) ? CONCEALED : value);
        }
        return new ColumnValues(bound, delta);
    }

    boolean isEmpty() {
        return bound.isEmpty();
    }

    private static Object convert(ValueCodec codec, FieldOverview field, Object value) {
        try {
            return codec.toDatabase(field, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidPayloadException("Invalid value for field \"" + field.name() + "\": " + e.getMessage());
        }
    }
}

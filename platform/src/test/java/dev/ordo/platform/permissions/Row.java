package dev.ordo.platform.permissions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One stored row of the fixture: integers as {@code Long}, text as {@code String}, SQL NULL as {@code null}. */
public record Row(String collection, Map<String, Object> values) {

    public Row {
        // Copied by hand: a row holds nulls, which Map.copyOf refuses.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public long id() {
        return (Long) values.get(FixtureSchema.KEY);
    }

    public Object get(String field) {
        return values.get(field);
    }

    @Override
    public String toString() {
        return collection + values;
    }
}

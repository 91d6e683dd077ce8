package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.schema.ColumnSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code directus_fields} row of a new field: the submitted {@code meta} with the flags Ordo adds
 * ({@link AutoSpecials}). A field submitted without meta gets a row only when it needs a flag: an alias field
 * always, a column whose type would not read back without one; a field without type or meta gets none.
 */
final class NewFieldMeta {

    private NewFieldMeta() {
    }

    /** @param column the created column as read back; empty for alias fields */
    static Optional<Map<String, Object>> of(FieldPayload field, Optional<ColumnSchema> column) {
        // Without a type there is no column, and Directus writes a row only for a submitted meta: nothing is created.
        if (field.type().isEmpty() && field.meta().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> meta = new LinkedHashMap<>(field.meta().orElse(Map.of()));
        List<String> special = AutoSpecials.parse(meta.get("special"));
        List<String> added;
        if (field.isAlias()) {
            added = AutoSpecials.forAlias(special, field.aliasSpecial());
        } else if (field.type().isPresent() && column.isPresent()) {
            added = AutoSpecials.forColumn(field.type().get(), column.get());
        } else {
            added = List.of();
        }
        if (field.meta().isEmpty() && added.isEmpty() && !field.isAlias()) {
            return Optional.empty();
        }
        List<String> merged = AutoSpecials.merge(special, added);
        if (!merged.equals(special)) {
            meta.put("special", merged);
        }
        return Optional.of(meta);
    }
}

package dev.ordo.plugins.data.wire;

import dev.ordo.api.schema.ColumnSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A column as the {@code schema} object of a field: Directus's {@code Column} shape in its key order, JSON null for
 * what is absent. {@code foreign_key_schema} is there only for databases with named schemas, as Directus's
 * PostgreSQL inspector has it and its MySQL and SQLite ones do not; {@code comment} only for databases that keep
 * column comments, as Directus's SQLite inspector leaves it out.
 */
public final class ColumnSerializer {

    private ColumnSerializer() {
    }

    public static Map<String, Object> toJson(ColumnSchema column) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", column.name());
        json.put("table", column.table());
        json.put("data_type", column.dataType());
        json.put("default_value", column.defaultValue().orElse(null));
        json.put("generation_expression", column.generationExpression().orElse(null));
        json.put("max_length", column.maxLength().isPresent() ? column.maxLength().getAsLong() : null);
        json.put("numeric_precision", column.numericPrecision().isPresent() ? column.numericPrecision().getAsInt() : null);
        json.put("numeric_scale", column.numericScale().isPresent() ? column.numericScale().getAsInt() : null);
        json.put("is_generated", column.generated());
        json.put("is_nullable", column.nullable());
        json.put("is_unique", column.unique());
        json.put("is_indexed", column.indexed());
        json.put("is_primary_key", column.primaryKey());
        json.put("has_auto_increment", column.autoIncrement());
        if (column.namedSchemas()) {
            json.put("foreign_key_schema", column.foreignKeySchema().orElse(null));
        }
        json.put("foreign_key_table", column.foreignKeyTable().orElse(null));
        json.put("foreign_key_column", column.foreignKeyColumn().orElse(null));
        if (column.columnComments()) {
            json.put("comment", column.comment().orElse(null));
        }
        return Collections.unmodifiableMap(json);
    }
}

package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.schema.metadata.JsonText;
import java.util.Map;
import java.util.Optional;

/**
 * The default of a json field as Directus reports it ({@code get-default-value.ts}, {@code castToObject}): the
 * database holds JSON text, which is answered parsed; text that is not JSON becomes an empty object. Whether a
 * field is json is known only once its specials are ({@code cast-json} on a text column), so this is applied to
 * the introspected column here rather than by the backends.
 */
final class JsonFieldDefault {

    private JsonFieldDefault() {
    }

    static ColumnSchema apply(FieldType type, ColumnSchema column) {
        if (type != FieldType.JSON || !(column.defaultValue().orElse(null) instanceof String text)) {
            return column;
        }
        Object value = JsonText.isJson(text) ? JsonText.parse(text) : Map.of();
        return column.withDefaultValue(Optional.ofNullable(value));
    }
}

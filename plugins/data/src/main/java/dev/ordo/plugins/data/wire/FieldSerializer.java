package dev.ordo.plugins.data.wire;

import dev.ordo.api.schema.FieldOverview;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A field on the wire: {@code {collection, field, type, schema, meta}}; {@code schema} is null for aliases. */
public final class FieldSerializer {

    private FieldSerializer() {
    }

    public static Map<String, Object> toJson(FieldOverview field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("collection", field.collection());
        json.put("field", field.name());
        json.put("type", field.type().id());
        json.put("schema", field.column().map(ColumnSerializer::toJson).orElse(null));
        json.put("meta", field.meta().orElse(null));
        return Collections.unmodifiableMap(json);
    }
}

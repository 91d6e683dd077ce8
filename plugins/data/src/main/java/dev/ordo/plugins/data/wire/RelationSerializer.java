package dev.ordo.plugins.data.wire;

import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A relation on the wire: {@code {collection, field, related_collection, schema, meta}}; {@code schema} is
 * the foreign key constraint (null without one), {@code meta} the {@code directus_relations} row (null without one).
 * The built-in relations of system collections have no row, so their meta has no {@code id} key, as in Directus.
 */
public final class RelationSerializer {

    private RelationSerializer() {
    }

    public static Map<String, Object> toJson(Relation relation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("collection", relation.collection());
        json.put("field", relation.field());
        json.put("related_collection", relation.relatedCollection().orElse(null));
        json.put("schema", relation.schema().map(RelationSerializer::foreignKey).orElse(null));
        json.put("meta", relation.meta().map(RelationSerializer::meta).orElse(null));
        return Collections.unmodifiableMap(json);
    }

    private static Map<String, Object> foreignKey(ForeignKeySchema key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", key.table());
        json.put("column", key.column());
        key.foreignKeySchema().ifPresent(schema -> json.put("foreign_key_schema", schema));
        json.put("foreign_key_table", key.foreignKeyTable());
        json.put("foreign_key_column", key.foreignKeyColumn());
        json.put("constraint_name", key.constraintName().orElse(null));
        json.put("on_update", key.onUpdate().sql());
        json.put("on_delete", key.onDelete().sql());
        return Collections.unmodifiableMap(json);
    }

    private static Map<String, Object> meta(RelationMeta meta) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!meta.system()) {
            json.put("id", meta.id().orElse(null));
        }
        json.put("many_collection", meta.manyCollection());
        json.put("many_field", meta.manyField());
        json.put("one_collection", meta.oneCollection().orElse(null));
        json.put("one_field", meta.oneField().orElse(null));
        json.put("one_collection_field", meta.oneCollectionField().orElse(null));
        json.put("one_allowed_collections", meta.oneAllowedCollections().isEmpty() ? null : meta.oneAllowedCollections());
        json.put("junction_field", meta.junctionField().orElse(null));
        json.put("sort_field", meta.sortField().orElse(null));
        json.put("one_deselect_action", meta.oneDeselectAction());
        if (meta.system()) {
            json.put("system", true);
        }
        return Collections.unmodifiableMap(json);
    }
}

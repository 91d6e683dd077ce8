package dev.ordo.plugins.data.wire;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.TableSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A collection on the wire: {@code {collection, meta, schema}}. {@code meta} is null for unmanaged tables,
 * {@code schema} null for folders; the schema holds the table's name, its flavour-specific details and its comment
 * (where the database keeps comments).
 */
public final class CollectionSerializer {

    private CollectionSerializer() {
    }

    public static Map<String, Object> toJson(CollectionOverview collection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("collection", collection.name());
        json.put("meta", collection.meta().orElse(null));
        json.put("schema", collection.table().map(CollectionSerializer::table).orElse(null));
        return Collections.unmodifiableMap(json);
    }

    private static Map<String, Object> table(TableSchema table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", table.name());
        json.putAll(table.details());
        if (keepsComments(table)) {
            json.put("comment", table.comment().orElse(null));
        }
        return Collections.unmodifiableMap(json);
    }

    /**
     * A database keeps comments on tables where it keeps them on columns (PostgreSQL, MySQL). SQLite keeps neither,
     * and Directus's SQLite inspector answers a table as {@code {name, sql}}, without a comment key.
     */
    private static boolean keepsComments(TableSchema table) {
        return table.columns().isEmpty() || table.columns().get(0).columnComments();
    }
}

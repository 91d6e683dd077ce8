package dev.ordo.plugins.data.schema.management;

import dev.ordo.plugins.data.schema.metadata.MetadataTable;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code directus_collections} and {@code directus_fields} rows schema changes write. */
final class MetadataRowsWriter {

    private static final Set<String> FIELD_KEYS = Set.of("id", "collection", "field");
    private static final Set<String> COLLECTION_KEYS = Set.of("collection");

    private MetadataRowsWriter() {
    }

    static boolean collectionRowExists(SchemaTransaction transaction, String collection) throws SQLException {
        MetadataWriter writer = transaction.metadata();
        return writer.exists("SELECT 1 FROM " + writer.quote("directus_collections") + " WHERE "
            + writer.quote("collection") + " = ?", collection);
    }

    /** Inserts the collection's row, or updates the keys {@code meta} has when it exists. */
    static void writeCollection(SchemaTransaction transaction, String collection, Map<String, ?> meta)
        throws SQLException {
        Map<String, Object> values = MetaValues.columns(MetadataTable.COLLECTIONS, meta, COLLECTION_KEYS, "meta");
        MetadataWriter writer = transaction.metadata();
        if (collectionRowExists(transaction, collection)) {
            writer.update(MetadataTable.COLLECTIONS, values, writer.quote("collection") + " = ?", collection);
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("collection", collection);
            row.putAll(values);
            writer.insert(MetadataTable.COLLECTIONS, row);
        }
    }

    static boolean fieldRowExists(SchemaTransaction transaction, String collection, String field) throws SQLException {
        MetadataWriter writer = transaction.metadata();
        return writer.exists("SELECT 1 FROM " + writer.quote("directus_fields") + " WHERE " + writer.quote("collection")
            + " = ? AND " + writer.quote("field") + " = ?", collection, field);
    }

    /** Inserts the field's row, or updates the keys {@code meta} has when one exists. */
    static void writeField(SchemaTransaction transaction, String collection, String field, Map<String, ?> meta)
        throws SQLException {
        Map<String, Object> values = MetaValues.columns(MetadataTable.FIELDS, meta, FIELD_KEYS, "meta");
        MetadataWriter writer = transaction.metadata();
        if (fieldRowExists(transaction, collection, field)) {
            writer.update(MetadataTable.FIELDS, values, writer.quote("collection") + " = ? AND " + writer.quote("field")
                + " = ?", collection, field);
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("collection", collection);
            row.put("field", field);
            row.putAll(values);
            writer.insert(MetadataTable.FIELDS, row);
        }
    }

    /** The next {@code sort} of a new field: after the collection's (or its group's) last one. */
    static int nextSort(SchemaTransaction transaction, String collection, Optional<String> group) throws SQLException {
        MetadataWriter writer = transaction.metadata();
        String sql = "SELECT MAX(" + writer.quote("sort") + ") FROM " + writer.quote("directus_fields") + " WHERE "
            + writer.quote("collection") + " = ?";
        Optional<Integer> max = group.isPresent()
            ? writer.integer(sql + " AND " + writer.quote("group") + " = ?", collection, group.get())
            : writer.integer(sql, collection);
        return max.orElse(0) + 1;
    }
}

package dev.ordo.plugins.data.testing;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableSchema;
import dev.ordo.plugins.data.schema.metadata.CollectionMetaRow;
import dev.ordo.plugins.data.schema.metadata.FieldMetaRow;
import dev.ordo.plugins.data.schema.metadata.MetadataColumn;
import dev.ordo.plugins.data.schema.metadata.MetadataTable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Builds catalog values and metadata rows for tests, with Directus's defaults for what a test leaves out. */
public final class SchemaFixtures {

    private SchemaFixtures() {
    }

    /** A nullable, unindexed column with no default. */
    public static ColumnSchema column(String table, String name, String dataType, FieldType type) {
        return new ColumnSchema(name, table, dataType, type, Optional.empty(), OptionalLong.empty(), OptionalInt.empty(),
            OptionalInt.empty(), true, false, false, false, false, Optional.empty(), false, Optional.empty(),
            Optional.empty(), Optional.empty());
    }

    /** An auto-increment integer primary key. */
    public static ColumnSchema idColumn(String table) {
        return new ColumnSchema("id", table, "integer", FieldType.INTEGER, Optional.of("AUTO_INCREMENT"),
            OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), false, true, true, true, false,
            Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A nullable integer column referencing {@code target.id}. */
    public static ColumnSchema foreignKeyColumn(String table, String name, String target) {
        return new ColumnSchema(name, table, "integer", FieldType.INTEGER, Optional.empty(), OptionalLong.empty(),
            OptionalInt.empty(), OptionalInt.empty(), true, false, false, false, false, Optional.empty(), false,
            Optional.of(target), Optional.of("id"), Optional.empty());
    }

    public static ForeignKeySchema foreignKey(String table, String column, String target) {
        return new ForeignKeySchema(table, column, target, "id", Optional.of(table + "_" + column + "_foreign"),
            ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL);
    }

    /** A table keyed by its first column. */
    public static TableSchema table(String name, ColumnSchema... columns) {
        return new TableSchema(name, false, Optional.empty(), List.of(columns), List.of(columns[0].name()), List.of(),
            Map.of());
    }

    public static TableSchema table(String name, List<ColumnSchema> columns, List<String> primaryKey,
                                    List<ForeignKeySchema> foreignKeys) {
        return new TableSchema(name, false, Optional.empty(), columns, primaryKey, foreignKeys, Map.of());
    }

    public static TableSchema view(String name, ColumnSchema... columns) {
        return new TableSchema(name, true, Optional.empty(), List.of(columns), List.of(), List.of(), Map.of());
    }

    /** A {@code directus_collections} row: the given columns over Directus's column defaults. */
    public static CollectionMetaRow collectionRow(String collection, Object... keysAndValues) {
        Map<String, Object> row = defaults(MetadataTable.COLLECTIONS);
        row.put("collection", collection);
        row.put("hidden", false);
        row.put("singleton", false);
        row.put("archive_app_filter", true);
        row.put("accountability", "all");
        row.put("collapse", "open");
        row.put("versioning", false);
        putAll(row, keysAndValues);
        return new CollectionMetaRow(row);
    }

    /** A {@code directus_fields} row: the given columns over Directus's column defaults; {@code special} as a list. */
    public static FieldMetaRow fieldRow(int id, String collection, String field, Object... keysAndValues) {
        Map<String, Object> row = defaults(MetadataTable.FIELDS);
        row.put("id", id);
        row.put("collection", collection);
        row.put("field", field);
        row.put("readonly", false);
        row.put("hidden", false);
        row.put("width", "full");
        row.put("required", false);
        row.put("searchable", true);
        putAll(row, keysAndValues);
        return new FieldMetaRow(row);
    }

    public static List<String> special(String... flags) {
        return Arrays.asList(flags);
    }

    private static Map<String, Object> defaults(MetadataTable table) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (MetadataColumn column : table.columns()) {
            row.put(column.name(), null);
        }
        return row;
    }

    private static void putAll(Map<String, Object> row, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            if (!row.containsKey(key)) {
                throw new IllegalArgumentException("not a metadata column: " + key);
            }
            row.put(key, keysAndValues[i + 1]);
        }
    }
}

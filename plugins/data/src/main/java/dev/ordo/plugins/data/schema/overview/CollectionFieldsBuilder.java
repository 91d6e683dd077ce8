package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemField;
import dev.ordo.api.schema.TableSchema;
import dev.ordo.plugins.data.schema.metadata.FieldMetaRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one collection, in Directus's order (which ignores {@code meta.sort}, the app's display order): one
 * per column in the table's column order, then the alias fields of {@code directus_fields} in the order they were
 * created, then a system collection's own alias fields. A system collection's own fields take their flags and meta
 * from its definition; {@code directus_fields} rows describe every other field (custom fields of system collections
 * included). A row naming neither a column nor an alias is stale and left out.
 */
public final class CollectionFieldsBuilder {

    private CollectionFieldsBuilder() {
    }

    public static List<FieldOverview> build(String collection, Optional<TableSchema> table,
                                            Optional<SystemCollection> system, List<FieldMetaRow> rows) {
        Map<String, FieldMetaRow> rowByField = new LinkedHashMap<>();
        rows.forEach(row -> rowByField.putIfAbsent(row.field(), row));
        Set<String> described = new HashSet<>();
        List<FieldOverview> fields = new ArrayList<>();

        for (ColumnSchema column : table.map(TableSchema::columns).orElse(List.of())) {
            Optional<SystemField> systemField = system.flatMap(definition -> definition.field(column.name()));
            fields.add(systemField
                .map(definition -> systemColumnField(collection, column, definition))
                .orElseGet(() -> columnField(collection, column, Optional.ofNullable(rowByField.get(column.name())))));
            described.add(column.name());
        }

        List<FieldOverview> systemAliases = new ArrayList<>();
        for (SystemField definition : system.map(SystemCollection::fields).orElse(List.of())) {
            // Declared columns the table lacks are not served; the system definition still owns the name.
            if (definition.column().isEmpty() && !described.contains(definition.name())) {
                systemAliases.add(systemAliasField(collection, definition));
            }
            described.add(definition.name());
        }

        for (FieldMetaRow row : rowByField.values()) {
            if (!described.contains(row.field()) && AliasFlags.marksAlias(row.special())) {
                fields.add(aliasField(collection, row));
            }
        }
        fields.addAll(systemAliases);
        return List.copyOf(fields);
    }

    private static FieldOverview systemColumnField(String collection, ColumnSchema column, SystemField definition) {
        FieldType type = FieldTypeResolver.resolve(definition.special(), column);
        return new FieldOverview(collection, column.name(), type, Optional.of(JsonFieldDefault.apply(type, column)),
            Optional.of(SystemMeta.ofField(collection, definition)), definition.special());
    }

    private static FieldOverview columnField(String collection, ColumnSchema column, Optional<FieldMetaRow> row) {
        List<String> special = row.map(FieldMetaRow::special).orElse(List.of());
        FieldType type = FieldTypeResolver.resolve(special, column);
        return new FieldOverview(collection, column.name(), type, Optional.of(JsonFieldDefault.apply(type, column)),
            row.map(FieldMetaRow::meta), special);
    }

    private static FieldOverview systemAliasField(String collection, SystemField definition) {
        return new FieldOverview(collection, definition.name(), FieldType.ALIAS, Optional.empty(),
            Optional.of(SystemMeta.ofField(collection, definition)), definition.special());
    }

    private static FieldOverview aliasField(String collection, FieldMetaRow row) {
        return new FieldOverview(collection, row.field(), FieldType.ALIAS, Optional.empty(), Optional.of(row.meta()),
            row.special());
    }
}

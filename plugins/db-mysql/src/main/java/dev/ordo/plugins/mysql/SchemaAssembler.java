package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Turns the catalog's rows into Ordo's schema values. */
final class SchemaAssembler {

    private final ColumnTypeMapper typeMapper = new ColumnTypeMapper();

    /** @param sqlDefaults the server writes column defaults as SQL (MariaDB) */
    DatabaseSchema assemble(Catalog catalog, boolean sqlDefaults) {
        DefaultValueParser defaults = new DefaultValueParser(sqlDefaults);
        Map<String, List<Catalog.ColumnRow>> columnsByTable = new HashMap<>();
        catalog.columns().forEach(column ->
            columnsByTable.computeIfAbsent(column.table(), t -> new ArrayList<>()).add(column));
        Map<String, TableIndexes> indexesByTable = TableIndexes.byTable(catalog.indexes());
        Map<String, List<ForeignKeySchema>> keysByTable = singleColumnForeignKeys(catalog.foreignKeys());

        List<TableSchema> tables = new ArrayList<>();
        for (Catalog.TableRow table : catalog.tables()) {
            TableIndexes indexes = indexesByTable.getOrDefault(table.name(), TableIndexes.NONE);
            List<ForeignKeySchema> keys = keysByTable.getOrDefault(table.name(), List.of());
            Map<String, ForeignKeySchema> keyByColumn = new HashMap<>();
            keys.forEach(key -> keyByColumn.putIfAbsent(key.column().toLowerCase(Locale.ROOT), key));
            List<ColumnSchema> columns = columnsByTable.getOrDefault(table.name(), List.of()).stream()
                .map(column -> column(column, indexes,
                    Optional.ofNullable(keyByColumn.get(column.name().toLowerCase(Locale.ROOT))),
                    catalog.jsonColumns().contains(new Catalog.ColumnReference(column.table(), column.name())),
                    defaults))
                .toList();
            tables.add(new TableSchema(table.name(), table.view(), table.comment(), columns,
                table.view() ? List.of() : indexes.primaryKey(), keys, details(table)));
        }
        return DatabaseSchema.of(tables);
    }

    private ColumnSchema column(Catalog.ColumnRow column, TableIndexes indexes, Optional<ForeignKeySchema> key,
                                boolean jsonChecked, DefaultValueParser defaults) {
        ColumnTypeMapper.ColumnType type = typeMapper.map(column, jsonChecked);
        String extra = column.extra().toLowerCase(Locale.ROOT);
        boolean autoIncrement = extra.contains("auto_increment");
        boolean generated = extra.contains("virtual") || extra.contains("stored") || extra.contains("persistent");
        Optional<Object> defaultValue = generated
            ? Optional.empty()
            : defaults.parse(column.defaultValue(), column.extra(), type.fieldType(), autoIncrement);
        // A MariaDB JSON column is a LONGTEXT underneath; its 4 GB limit means nothing to a JSON field.
        OptionalLong maxLength =
            type.fieldType() == FieldType.JSON ? OptionalLong.empty() : column.characterMaximumLength();
        return new ColumnSchema(
            column.name(),
            column.table(),
            type.dataType(),
            type.fieldType(),
            defaultValue,
            maxLength,
            column.numericPrecision(),
            column.numericScale(),
            column.nullable(),
            indexes.isUnique(column.name()),
            indexes.isIndexed(column.name()),
            indexes.isPrimaryKey(column.name()),
            generated,
            generated ? column.generationExpression() : Optional.empty(),
            autoIncrement,
            key.map(ForeignKeySchema::foreignKeyTable),
            key.map(ForeignKeySchema::foreignKeyColumn),
            column.comment());
    }

    /** Foreign keys by table; composite keys are left out, as they cannot be Directus relations. */
    private static Map<String, List<ForeignKeySchema>> singleColumnForeignKeys(List<Catalog.ForeignKeyRow> rows) {
        Map<List<String>, List<Catalog.ForeignKeyRow>> byConstraint = new LinkedHashMap<>();
        rows.forEach(row -> byConstraint
            .computeIfAbsent(List.of(row.table(), row.constraintName()), constraint -> new ArrayList<>())
            .add(row));
        Map<String, List<ForeignKeySchema>> byTable = new HashMap<>();
        byConstraint.values().stream()
            .filter(parts -> parts.size() == 1)
            .map(parts -> parts.get(0))
            .forEach(row -> byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(new ForeignKeySchema(
                row.table(),
                row.column(),
                row.referencedTable(),
                row.referencedColumn(),
                Optional.of(row.constraintName()),
                action(row.updateRule()),
                action(row.deleteRule()))));
        return byTable;
    }

    /** The catalog names every rule; a missing or unknown one reads as NO ACTION. */
    private static ReferentialAction action(String rule) {
        return Optional.ofNullable(rule).flatMap(ReferentialAction::fromSql).orElse(ReferentialAction.NO_ACTION);
    }

    private static Map<String, String> details(Catalog.TableRow table) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("schema", table.schema());
        table.engine().ifPresent(engine -> details.put("engine", engine));
        table.collation().ifPresent(collation -> details.put("collation", collation));
        return details;
    }
}

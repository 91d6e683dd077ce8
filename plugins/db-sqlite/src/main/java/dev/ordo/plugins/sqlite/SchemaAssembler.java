package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableSchema;
import dev.ordo.plugins.sqlite.Catalog.ColumnRow;
import dev.ordo.plugins.sqlite.Catalog.ForeignKeyRow;
import dev.ordo.plugins.sqlite.Catalog.IndexColumnRow;
import dev.ordo.plugins.sqlite.Catalog.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the catalog rows of all tables as Directus tables and columns, in memory. */
final class SchemaAssembler {

    static final String AUTO_INCREMENT = "AUTO_INCREMENT";

    private static final int HIDDEN_VIRTUAL_TABLE_COLUMN = 1;
    private static final int GENERATED_VIRTUAL = 2;
    private static final int GENERATED_STORED = 3;

    private final Map<String, List<ColumnRow>> columnsByTable;
    private final Map<String, List<ForeignKeyRow>> foreignKeysByTable;
    private final Map<String, Map<String, List<IndexColumnRow>>> indexesByTable;
    /** Most columns share a handful of declared types, so each is parsed once. */
    private final Map<String, DeclaredType> declaredTypes = new HashMap<>();

    private SchemaAssembler(Catalog catalog) {
        // Hidden columns of virtual tables (fts5's rank, ...) are not part of the rows, so not fields either.
        columnsByTable = catalog.columns().stream()
            .filter(column -> column.hidden() != HIDDEN_VIRTUAL_TABLE_COLUMN)
            .collect(Collectors.groupingBy(ColumnRow::table, LinkedHashMap::new, Collectors.toList()));
        foreignKeysByTable = catalog.foreignKeys().stream()
            .collect(Collectors.groupingBy(ForeignKeyRow::table, LinkedHashMap::new, Collectors.toList()));
        indexesByTable = catalog.indexColumns().stream()
            .collect(Collectors.groupingBy(IndexColumnRow::table, LinkedHashMap::new,
                Collectors.groupingBy(IndexColumnRow::index, LinkedHashMap::new, Collectors.toList())));
    }

    static DatabaseSchema assemble(Catalog catalog) {
        SchemaAssembler assembler = new SchemaAssembler(catalog);
        return DatabaseSchema.of(catalog.tables().stream().map(assembler::table).toList());
    }

    private TableSchema table(TableRow table) {
        List<ColumnRow> columns = columnsByTable.getOrDefault(table.name(), List.of()).stream()
            .sorted(Comparator.comparingInt(ColumnRow::position))
            .toList();
        List<String> primaryKey = primaryKeyOf(table.name());
        List<ForeignKeySchema> foreignKeys = table.view() ? List.of() : foreignKeys(table.name(), columns);
        IndexFacts indexes = indexFacts(table.name());
        boolean rowidAlias = !table.view() && isRowidAlias(columns, indexes);
        Map<String, ForeignKeySchema> foreignKeyByColumn = new HashMap<>();
        foreignKeys.forEach(key -> foreignKeyByColumn.putIfAbsent(key.column(), key));

        List<ColumnSchema> columnSchemas = columns.stream()
            .map(column -> column(column, primaryKey, indexes, rowidAlias, foreignKeyByColumn.get(column.name())))
            .toList();
        Map<String, String> details = new LinkedHashMap<>();
        table.sql().ifPresent(sql -> details.put("sql", sql));
        return new TableSchema(table.name(), table.view(), Optional.empty(), columnSchemas, primaryKey, foreignKeys,
            details);
    }

    private ColumnSchema column(ColumnRow column, List<String> primaryKey, IndexFacts indexes, boolean rowidAlias,
                                ForeignKeySchema foreignKey) {
        DeclaredType type = declaredTypes.computeIfAbsent(column.declaredType(), DeclaredType::parse);
        FieldType fieldType = type.fieldType();
        boolean isPrimaryKey = column.primaryKeyPosition() > 0;
        boolean autoIncrement = rowidAlias && isPrimaryKey;
        boolean unique = (isPrimaryKey && primaryKey.size() == 1) || indexes.uniqueColumns().contains(column.name());
        boolean indexed = unique || isPrimaryKey || indexes.leadingColumns().contains(column.name());
        boolean generated = column.hidden() == GENERATED_VIRTUAL || column.hidden() == GENERATED_STORED;
        Optional<Object> defaultValue = autoIncrement
            ? Optional.of(AUTO_INCREMENT)
            : DefaultValueParser.parse(column.defaultSql(), fieldType);
        return new ColumnSchema(
            column.name(),
            column.table(),
            type.baseName(),
            fieldType,
            defaultValue,
            type.maxLength(),
            type.numericPrecision(),
            type.numericScale(),
            // SQLite lets a non-integer primary key hold NULL for backward compatibility; Directus treats
            // every primary key as required, and so do the other databases.
            !column.notNull() && !isPrimaryKey,
            unique,
            indexed,
            isPrimaryKey,
            generated,
            Optional.empty(), // SQLite keeps the expression only inside the CREATE TABLE text
            autoIncrement,
            Optional.ofNullable(foreignKey).map(ForeignKeySchema::foreignKeyTable),
            Optional.ofNullable(foreignKey).map(ForeignKeySchema::foreignKeyColumn),
            Optional.empty(),
            false,
            Optional.empty(),
            false); // SQLite has neither named schemas nor column comments
    }

    private List<String> primaryKeyOf(String table) {
        return columnsByTable.getOrDefault(table, List.of()).stream()
            .filter(column -> column.primaryKeyPosition() > 0)
            .sorted(Comparator.comparingInt(ColumnRow::primaryKeyPosition))
            .map(ColumnRow::name)
            .toList();
    }

    /**
     * A single {@code INTEGER PRIMARY KEY} column is an alias of the rowid, which SQLite fills in on insert.
     * Where it is not an alias ({@code WITHOUT ROWID} tables, the {@code INTEGER PRIMARY KEY DESC} quirk)
     * SQLite keeps a separate primary key index, so that index's absence is the test.
     */
    private static boolean isRowidAlias(List<ColumnRow> columns, IndexFacts indexes) {
        List<ColumnRow> keyColumns = columns.stream().filter(column -> column.primaryKeyPosition() > 0).toList();
        return keyColumns.size() == 1
            && keyColumns.get(0).declaredType().trim().equalsIgnoreCase("integer")
            && !indexes.hasPrimaryKeyIndex();
    }

    /** Single-column foreign keys in column order; composite keys cannot be Directus relations. */
    private List<ForeignKeySchema> foreignKeys(String table, List<ColumnRow> columns) {
        Map<Integer, List<ForeignKeyRow>> byConstraint = foreignKeysByTable.getOrDefault(table, List.of()).stream()
            .collect(Collectors.groupingBy(ForeignKeyRow::id, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> positions = new HashMap<>();
        columns.forEach(column -> positions.put(column.name(), column.position()));
        List<ForeignKeySchema> keys = new ArrayList<>();
        for (List<ForeignKeyRow> rows : byConstraint.values()) {
            if (rows.size() != 1) {
                continue;
            }
            ForeignKeyRow row = rows.get(0);
            referencedColumn(row).ifPresent(toColumn -> keys.add(new ForeignKeySchema(
                table,
                row.fromColumn(),
                row.toTable(),
                toColumn,
                Optional.empty(), // SQLite's catalog keeps no constraint names
                action(row.onUpdate()),
                action(row.onDelete()))));
        }
        keys.sort(Comparator.comparingInt(key -> positions.getOrDefault(key.column(), Integer.MAX_VALUE)));
        return keys;
    }

    /** The referenced column; {@code REFERENCES t} without a column means t's single-column primary key. */
    private Optional<String> referencedColumn(ForeignKeyRow row) {
        if (row.toColumn().isPresent()) {
            return row.toColumn();
        }
        List<String> referencedKey = primaryKeyOf(row.toTable());
        return referencedKey.size() == 1 ? Optional.of(referencedKey.get(0)) : Optional.empty();
    }

    private static ReferentialAction action(String sql) {
        return sql == null ? ReferentialAction.NO_ACTION
            : ReferentialAction.fromSql(sql).orElse(ReferentialAction.NO_ACTION);
    }

    private IndexFacts indexFacts(String table) {
        Set<String> unique = new HashSet<>();
        Set<String> leading = new HashSet<>();
        boolean primaryKeyIndex = false;
        for (List<IndexColumnRow> index : indexesByTable.getOrDefault(table, Map.of()).values()) {
            IndexColumnRow first = index.get(0);
            primaryKeyIndex |= "pk".equals(first.origin());
            index.stream()
                .filter(row -> row.position() == 0)
                .forEach(row -> row.column().ifPresent(leading::add));
            // A partial unique index only makes some rows unique, so the column is not.
            if (first.unique() && !first.partial() && index.size() == 1) {
                first.column().ifPresent(unique::add);
            }
        }
        return new IndexFacts(unique, leading, primaryKeyIndex);
    }

    /**
     * What a table's indexes say about its columns.
     *
     * @param uniqueColumns  columns that alone carry a unique index
     * @param leadingColumns columns that come first in some index
     */
    private record IndexFacts(Set<String> uniqueColumns, Set<String> leadingColumns, boolean hasPrimaryKeyIndex) {
    }
}

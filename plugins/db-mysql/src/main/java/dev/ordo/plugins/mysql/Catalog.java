package dev.ordo.plugins.mysql;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The rows read from {@code information_schema} for one database, as the server gave them.
 *
 * @param jsonColumns MariaDB's JSON columns: LONGTEXT columns carrying a {@code json_valid(column)} check
 */
record Catalog(
    List<TableRow> tables,
    List<ColumnRow> columns,
    List<IndexRow> indexes,
    List<ForeignKeyRow> foreignKeys,
    Set<ColumnReference> jsonColumns) {

    Catalog {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        jsonColumns = Set.copyOf(jsonColumns);
    }

    /**
     * A row of {@code TABLES}; engine and collation are empty for views.
     *
     * @param schema {@code TABLE_SCHEMA}: the database the table is in
     */
    record TableRow(String name, String schema, boolean view, Optional<String> engine, Optional<String> collation,
                    Optional<String> comment) {
    }

    /**
     * A row of {@code COLUMNS}.
     *
     * @param dataType   {@code DATA_TYPE}: the base type ({@code int}, {@code varchar})
     * @param columnType {@code COLUMN_TYPE}: the full type ({@code tinyint(1)}, {@code bigint(20) unsigned})
     * @param extra      {@code EXTRA}: {@code auto_increment}, {@code STORED GENERATED}, {@code DEFAULT_GENERATED}, ...
     */
    record ColumnRow(
        String table,
        String name,
        Optional<String> defaultValue,
        boolean nullable,
        String dataType,
        String columnType,
        OptionalLong characterMaximumLength,
        OptionalInt numericPrecision,
        OptionalInt numericScale,
        String extra,
        Optional<String> generationExpression,
        Optional<String> comment) {
    }

    /** A row of {@code STATISTICS}: one column of one index. */
    record IndexRow(String table, String index, boolean unique, int position, String column) {
    }

    /** One column of a foreign key, with the constraint's rules (null when the catalog has none). */
    record ForeignKeyRow(
        String table,
        String constraintName,
        String column,
        String referencedTable,
        String referencedColumn,
        String updateRule,
        String deleteRule) {
    }

    record ColumnReference(String table, String column) {
    }

    /** A named constraint of a table. */
    record ConstraintReference(String table, String constraintName) {
    }
}

package dev.ordo.plugins.sqlite;

import java.util.List;
import java.util.Optional;

/** The rows SQLite's catalog returned, before they are read as Directus columns. */
record Catalog(List<TableRow> tables, List<ColumnRow> columns, List<ForeignKeyRow> foreignKeys,
               List<IndexColumnRow> indexColumns) {

    Catalog {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexColumns = List.copyOf(indexColumns);
    }

    /** A {@code sqlite_master} entry of type table or view. */
    record TableRow(String name, boolean view, Optional<String> sql) {
    }

    /**
     * A {@code pragma_table_xinfo} row.
     *
     * @param primaryKeyPosition 1-based position in the primary key, 0 when not part of it
     * @param hidden             0 normal, 1 hidden column of a virtual table, 2 virtual generated, 3 stored generated
     */
    record ColumnRow(String table, int position, String name, String declaredType, boolean notNull,
                     Optional<String> defaultSql, int primaryKeyPosition, int hidden) {
    }

    /**
     * A {@code pragma_foreign_key_list} row; one per column of the key.
     *
     * @param toColumn empty when the key references the other table's primary key implicitly
     */
    record ForeignKeyRow(String table, int id, int sequence, String toTable, String fromColumn,
                         Optional<String> toColumn, String onUpdate, String onDelete) {
    }

    /**
     * A {@code pragma_index_list} row joined to one of its {@code pragma_index_info} rows.
     *
     * @param origin   {@code c} created by CREATE INDEX, {@code u} by a UNIQUE constraint, {@code pk} by a primary key
     * @param position 0-based position of the column in the index
     * @param column   empty for an expression
     */
    record IndexColumnRow(String table, String index, boolean unique, String origin, boolean partial, int position,
                          Optional<String> column) {
    }
}

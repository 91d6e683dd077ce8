package dev.ordo.plugins.mysql;

import static dev.ordo.plugins.mysql.Identifiers.quote;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.TableDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes MySQL DDL. A table is created with its keys, indexes and foreign keys in one statement, so a table
 * may reference itself; constraints are named as Directus names them ({@code <table>_<column>_foreign},
 * {@code _unique}, {@code _index}).
 */
final class DdlWriter {

    private static final String TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    String createTable(TableDefinition table) {
        List<String> elements = new ArrayList<>();
        for (ColumnDefinition column : table.columns()) {
            elements.add(columnDefinition(column));
        }
        for (ColumnDefinition column : table.columns()) {
            elements.addAll(keys(table.name(), column));
        }
        return "CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", elements) + ") " + TABLE_OPTIONS;
    }

    String addColumn(String table, ColumnDefinition column) {
        List<String> changes = new ArrayList<>();
        changes.add("ADD COLUMN " + columnDefinition(column));
        keys(table, column).forEach(key -> changes.add("ADD " + key));
        return "ALTER TABLE " + quote(table) + " " + String.join(", ", changes);
    }

    String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    String dropForeignKey(String table, String constraintName) {
        return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(constraintName);
    }

    /**
     * Nullability is always stated: a TIMESTAMP declared NULL never gets the implicit current-time default and
     * ON UPDATE clause that servers with explicit_defaults_for_timestamp off give the first TIMESTAMP column.
     */
    static String columnDefinition(ColumnDefinition column) {
        if (column.autoIncrement() && column.type() != FieldType.INTEGER && column.type() != FieldType.BIG_INTEGER) {
            throw new InvalidPayloadException("Only integer and bigInteger fields can auto-increment, not \""
                + column.name() + "\"");
        }
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(ColumnSqlType.of(column));
        sql.append(column.nullable() && !column.primaryKey() ? " NULL" : " NOT NULL");
        DefaultValueRenderer.render(column).ifPresent(value -> sql.append(" DEFAULT ").append(value));
        if (column.autoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.toString();
    }

    /** The column's primary key, unique constraint, index and foreign key, as table elements. */
    private static List<String> keys(String table, ColumnDefinition column) {
        List<String> keys = new ArrayList<>();
        String columnList = "(" + quote(column.name()) + ")";
        if (column.primaryKey()) {
            keys.add("PRIMARY KEY " + columnList);
        }
        if (column.unique()) {
            keys.add("UNIQUE KEY " + constraintName(table, column, "unique") + " " + columnList);
        }
        if (column.indexed()) {
            keys.add("KEY " + constraintName(table, column, "index") + " " + columnList);
        }
        column.foreignKey().ifPresent(key -> keys.add(foreignKey(table, column, key)));
        return keys;
    }

    private static String constraintName(String table, ColumnDefinition column, String suffix) {
        return quote(Identifiers.constraintName(table, column.name(), suffix));
    }

    private static String foreignKey(String table, ColumnDefinition column, ForeignKeyDefinition key) {
        return foreignKey(table, column.name(), key);
    }

    /** {@code CONSTRAINT <table>_<column>_foreign FOREIGN KEY ...}, as a table element. */
    static String foreignKey(String table, String column, ForeignKeyDefinition key) {
        return "CONSTRAINT " + quote(Identifiers.constraintName(table, column, "foreign"))
            + " FOREIGN KEY (" + quote(column) + ")"
            + " REFERENCES " + quote(key.foreignKeyTable()) + " (" + quote(key.foreignKeyColumn()) + ")"
            + " ON DELETE " + key.onDelete().sql()
            + " ON UPDATE " + key.onUpdate().sql();
    }
}

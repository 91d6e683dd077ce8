package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.SqlIdentifier.quote;

import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the SQLite DDL for Ordo's schema changes. Constraint and index names follow Directus (Knex):
 * {@code <table>_<column>_foreign}, {@code _unique} and {@code _index}.
 */
final class DdlWriter {

    List<String> createTable(TableDefinition table) {
        List<String> columns = new ArrayList<>();
        for (ColumnDefinition column : table.columns()) {
            columns.add(columnSql(table.name(), column));
        }
        List<String> statements = new ArrayList<>();
        // Foreign keys sit on their columns, so a table can reference itself: SQLite checks them on write.
        statements.add("create table " + quote(table.name()) + " (\n  " + String.join(",\n  ", columns) + "\n)");
        for (ColumnDefinition column : table.columns()) {
            statements.addAll(indexes(table.name(), column));
        }
        return statements;
    }

    /**
     * SQLite's ADD COLUMN takes no PRIMARY KEY or UNIQUE, so a unique column gets a unique index instead. On a
     * table with rows SQLite itself also refuses a NOT NULL column without a default, and a default that is not
     * a constant (such as CURRENT_TIMESTAMP).
     */
    List<String> addColumn(String table, ColumnDefinition column) {
        if (column.primaryKey() || column.autoIncrement()) {
            throw new IllegalArgumentException("SQLite cannot add a primary key column to an existing table: "
                + table + "." + column.name());
        }
        List<String> statements = new ArrayList<>();
        statements.add("alter table " + quote(table) + " add column " + columnSql(table, column));
        statements.addAll(indexes(table, column));
        return statements;
    }

    List<String> dropTable(String table) {
        // The table's indexes and its own foreign keys go with it.
        return List.of("drop table " + quote(table));
    }

    private static String columnSql(String table, ColumnDefinition column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ');
        if (column.autoIncrement()) {
            sql.append(autoIncrementKey(table, column));
        } else {
            sql.append(ColumnTypeWriter.sqlType(column));
            if (column.primaryKey()) {
                // Without NOT NULL SQLite accepts NULL in a primary key other than the rowid.
                sql.append(" not null primary key");
            } else if (!column.nullable()) {
                sql.append(" not null");
            }
            column.defaultValue().ifPresent(value -> sql.append(" default ")
                .append(DefaultLiteralWriter.literal(value, column.type(), column.name())));
        }
        column.foreignKey().ifPresent(key -> sql.append(' ').append(foreignKey(table, column.name(), key)));
        return sql.toString();
    }

    /**
     * Only an {@code INTEGER PRIMARY KEY} column is an alias of the rowid that SQLite fills in, so a
     * bigInteger key is written as integer too (the rowid is 64-bit either way). A default is meaningless here.
     */
    private static String autoIncrementKey(String table, ColumnDefinition column) {
        if (column.type() != FieldType.INTEGER && column.type() != FieldType.BIG_INTEGER) {
            throw new IllegalArgumentException("only integer and bigInteger columns can auto-increment: "
                + table + "." + column.name());
        }
        if (!column.primaryKey()) {
            throw new IllegalArgumentException("SQLite only auto-increments the primary key: "
                + table + "." + column.name());
        }
        return "integer primary key autoincrement";
    }

    static String foreignKey(String table, String column, ForeignKeyDefinition key) {
        return "constraint " + quote(table + "_" + column + "_foreign")
            + " references " + quote(key.foreignKeyTable()) + " (" + quote(key.foreignKeyColumn()) + ")"
            + " on update " + key.onUpdate().sql().toLowerCase(Locale.ROOT)
            + " on delete " + key.onDelete().sql().toLowerCase(Locale.ROOT);
    }

    /** A key column is indexed already, and a unique index serves as the plain index too. */
    private static List<String> indexes(String table, ColumnDefinition column) {
        if (column.primaryKey()) {
            return List.of();
        }
        if (column.unique()) {
            return List.of("create unique index " + quote(table + "_" + column.name() + "_unique")
                + " on " + quote(table) + " (" + quote(column.name()) + ")");
        }
        if (column.indexed()) {
            return List.of("create index " + quote(table + "_" + column.name() + "_index")
                + " on " + quote(table) + " (" + quote(column.name()) + ")");
        }
        return List.of();
    }
}

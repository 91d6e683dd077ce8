package dev.ordo.plugins.postgres;

import static dev.ordo.plugins.postgres.SqlIdentifier.quote;

import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the PostgreSQL statements that create a table, add a column or drop a table. Constraints and indexes
 * follow Directus's names: {@code <table>_<column>_unique}, {@code _index} and {@code _foreign}.
 */
final class DdlWriter {

    private DdlWriter() {
    }

    /**
     * {@code CREATE TABLE} with every constraint inline (so a column may reference its own table), followed by
     * the indexes.
     */
    static List<String> createTable(TableDefinition table) {
        List<String> definitions = new ArrayList<>();
        for (ColumnDefinition column : table.columns()) {
            definitions.add(columnDefinition(column));
        }
        for (ColumnDefinition column : table.columns()) {
            definitions.addAll(constraints(table.name(), column));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", definitions) + "\n)");
        for (ColumnDefinition column : table.columns()) {
            index(table.name(), column).ifPresent(statements::add);
        }
        return List.copyOf(statements);
    }

    static List<String> addColumn(String table, ColumnDefinition column) {
        List<String> actions = new ArrayList<>();
        actions.add("ADD COLUMN " + columnDefinition(column));
        for (String constraint : constraints(table, column)) {
            actions.add("ADD " + constraint);
        }
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + quote(table) + "\n  " + String.join(",\n  ", actions));
        index(table, column).ifPresent(statements::add);
        return List.copyOf(statements);
    }

    /** Plain {@code DROP TABLE}: it fails while other tables still reference this one, instead of silently dropping their keys. */
    static List<String> dropTable(String table) {
        return List.of("DROP TABLE " + quote(table));
    }

    private static String columnDefinition(ColumnDefinition column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(ColumnTypeWriter.sqlType(column));
        if (!column.nullable() || column.primaryKey()) {
            sql.append(" NOT NULL");
        }
        column.defaultValue().ifPresent(value -> {
            if (column.autoIncrement()) {
                throw new IllegalArgumentException("an auto-increment column cannot have a default: " + column.name());
            }
            sql.append(" DEFAULT ").append(DefaultLiteralWriter.render(value, column));
        });
        return sql.toString();
    }

    /** A primary key is already unique, so it gets no separate unique constraint. */
    private static List<String> constraints(String table, ColumnDefinition column) {
        List<String> constraints = new ArrayList<>();
        if (column.primaryKey()) {
            constraints.add("CONSTRAINT " + quote(table + "_pkey") + " PRIMARY KEY (" + quote(column.name()) + ")");
        } else if (column.unique()) {
            constraints.add("CONSTRAINT " + quote(table + "_" + column.name() + "_unique") + " UNIQUE ("
                + quote(column.name()) + ")");
        }
        column.foreignKey().ifPresent(key -> constraints.add(foreignKey(table, column, key)));
        return constraints;
    }

    private static String foreignKey(String table, ColumnDefinition column, ForeignKeyDefinition key) {
        return foreignKey(table, column.name(), key);
    }

    /** The table constraint {@code CONSTRAINT <table>_<column>_foreign FOREIGN KEY ...}. */
    static String foreignKey(String table, String column, ForeignKeyDefinition key) {
        return "CONSTRAINT " + quote(table + "_" + column + "_foreign")
            + " FOREIGN KEY (" + quote(column) + ")"
            + " REFERENCES " + quote(key.foreignKeyTable()) + " (" + quote(key.foreignKeyColumn()) + ")"
            + " ON UPDATE " + key.onUpdate().sql()
            + " ON DELETE " + key.onDelete().sql();
    }

    /** A primary key or unique column is already indexed by its constraint, so it gets no second index. */
    private static Optional<String> index(String table, ColumnDefinition column) {
        if (!column.indexed() || column.primaryKey() || column.unique()) {
            return Optional.empty();
        }
        return Optional.of("CREATE INDEX " + quote(table + "_" + column.name() + "_index")
            + " ON " + quote(table) + " (" + quote(column.name()) + ")");
    }
}

package dev.ordo.plugins.mysql;

import static dev.ordo.plugins.mysql.Identifiers.quote;

import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.api.schema.ForeignKeyDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Column and foreign key changes. MySQL and MariaDB commit every DDL statement on its own (and commit the caller's
 * open transaction first), so each change is ordered to leave the least behind when a step fails: the column
 * definition, which the rows may refuse, changes before its indexes, and foreign keys pointing at a dropped column
 * go just before it.
 */
final class ColumnChanges {

    private static final String COLUMN = """
        SELECT IS_NULLABLE, COLUMN_KEY FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?""";

    private static final String INDEXES = """
        SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?
        ORDER BY INDEX_NAME, SEQ_IN_INDEX""";

    /** The foreign keys of the table that include the column, with their number of columns. */
    private static final String OWN_FOREIGN_KEYS = """
        SELECT k.CONSTRAINT_NAME,
          (SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE o
           WHERE o.TABLE_SCHEMA = k.TABLE_SCHEMA AND o.TABLE_NAME = k.TABLE_NAME
             AND o.CONSTRAINT_NAME = k.CONSTRAINT_NAME) AS COLUMN_COUNT
        FROM information_schema.KEY_COLUMN_USAGE k
        WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ? AND k.COLUMN_NAME = ?
          AND k.REFERENCED_TABLE_NAME IS NOT NULL""";

    private static final String INCOMING_FOREIGN_KEYS = """
        SELECT DISTINCT TABLE_NAME, CONSTRAINT_NAME FROM information_schema.KEY_COLUMN_USAGE
        WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_SCHEMA = DATABASE()
          AND REFERENCED_TABLE_NAME = ? AND REFERENCED_COLUMN_NAME = ?""";

    /** An index and its columns in order. */
    private record Index(String name, boolean unique, List<String> columns) {

        boolean isOnlyOn(String column) {
            return columns.size() == 1 && columns.get(0).equalsIgnoreCase(column);
        }

        boolean leadsWith(String column) {
            return !columns.isEmpty() && columns.get(0).equalsIgnoreCase(column);
        }
    }

    /**
     * MODIFY COLUMN redefines type, nullability, default and auto-increment together. NULLs under a new NOT NULL
     * are looked for first: MySQL answers them with "Invalid use of NULL value" and MariaDB with "Data truncated",
     * and neither names the column.
     */
    void alterColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        boolean nullable;
        boolean primaryKey;
        try (PreparedStatement query = connection.prepareStatement(COLUMN)) {
            query.setString(1, table);
            query.setString(2, column.name());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("Unknown column '" + column.name() + "' in '" + table + "'", "42S22", 1054);
                }
                nullable = "YES".equals(row.getString(1));
                primaryKey = "PRI".equals(row.getString(2));
            }
        }
        if (nullable && (!column.nullable() || column.primaryKey()) && holdsNulls(connection, table, column.name())) {
            throw new ViolationException("Column '" + column.name() + "' of '" + table + "' contains null values",
                new ConstraintViolation(Kind.CONTAINS_NULL_VALUES, Optional.of(table), Optional.of(column.name())));
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("MODIFY COLUMN " + DdlWriter.columnDefinition(column));
        if (!primaryKey && !column.primaryKey()) {
            boolean hasForeignKey = !ownForeignKeys(connection, table, column.name()).isEmpty();
            clauses.addAll(indexChanges(table, column, indexes(connection, table), hasForeignKey));
        }
        // One statement, which MySQL applies whole or not at all: as two, a unique key refused over repeated values
        // would leave the column's new type behind, since each DDL statement commits at once.
        execute(connection, List.of("ALTER TABLE " + quote(table) + " " + String.join(", ", clauses)));
    }

    void dropColumn(Connection connection, String table, String column) throws SQLException {
        // A set: a key of the table pointing at its own column is both incoming and its own.
        Set<String> statements = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(INCOMING_FOREIGN_KEYS)) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.add(dropForeignKey(rows.getString(1), rows.getString(2)));
                }
            }
        }
        for (Map.Entry<String, Integer> key : ownForeignKeys(connection, table, column).entrySet()) {
            statements.add(dropForeignKey(table, key.getKey()));
        }
        statements.add("ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column));
        execute(connection, List.copyOf(statements));
    }

    /** Replaces any foreign key of the column; MySQL indexes the column for the key if nothing else does. */
    void addForeignKey(Connection connection, String table, String column, ForeignKeyDefinition key)
        throws SQLException {
        List<String> statements = new ArrayList<>(singleColumnKeyDrops(connection, table, column));
        statements.add("ALTER TABLE " + quote(table) + " ADD " + DdlWriter.foreignKey(table, column, key));
        execute(connection, statements);
    }

    /** Drops the foreign key of the column; the index MySQL made for it stays, as Knex leaves it. */
    void dropForeignKey(Connection connection, String table, String column) throws SQLException {
        execute(connection, singleColumnKeyDrops(connection, table, column));
    }

    private List<String> singleColumnKeyDrops(Connection connection, String table, String column) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (Map.Entry<String, Integer> key : ownForeignKeys(connection, table, column).entrySet()) {
            if (key.getValue() == 1) {
                statements.add(dropForeignKey(table, key.getKey()));
            }
        }
        return statements;
    }

    /**
     * The column's {@code _unique} and {@code _index} keys. A unique key indexes the column already. The index a
     * foreign key needs is never dropped: MySQL would refuse. Returns ALTER TABLE clauses, to join with the column's.
     */
    private static List<String> indexChanges(String table, ColumnDefinition column, List<Index> indexes,
                                             boolean hasForeignKey) {
        String name = column.name();
        List<String> clauses = new ArrayList<>();
        List<Index> single = indexes.stream()
            .filter(index -> index.isOnlyOn(name) && !index.name().equals("PRIMARY")).toList();
        boolean unique = single.stream().anyMatch(Index::unique);
        if (column.unique() && !unique) {
            clauses.add("ADD UNIQUE KEY " + quote(Identifiers.constraintName(table, name, "unique"))
                + " (" + quote(name) + ")");
            unique = true;
        } else if (!column.unique()) {
            single.stream().filter(Index::unique).forEach(index -> clauses.add("DROP INDEX "
                + quote(index.name())));
            unique = false;
        }
        boolean indexedOtherwise = indexes.stream().anyMatch(index -> index.leadsWith(name) && !index.isOnlyOn(name));
        boolean plain = single.stream().anyMatch(index -> !index.unique());
        if (column.indexed() && !unique && !plain && !indexedOtherwise) {
            clauses.add("ADD KEY " + quote(Identifiers.constraintName(table, name, "index"))
                + " (" + quote(name) + ")");
        } else if (!column.indexed() && !hasForeignKey) {
            single.stream().filter(index -> !index.unique()).forEach(index -> clauses.add("DROP INDEX "
                + quote(index.name())));
        }
        return clauses;
    }

    private static List<Index> indexes(Connection connection, String table) throws SQLException {
        Map<String, Index> byName = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(INDEXES)) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    Index index = byName.computeIfAbsent(name,
                        key -> new Index(key, false, new ArrayList<>()));
                    List<String> columns = new ArrayList<>(index.columns());
                    columns.add(rows.getString(3) == null ? "" : rows.getString(3));
                    byName.put(name, new Index(name, isUnique(rows), columns));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static boolean isUnique(ResultSet row) throws SQLException {
        return row.getInt(2) == 0;
    }

    /** The foreign keys including the column, by name, with their number of columns. */
    private static Map<String, Integer> ownForeignKeys(Connection connection, String table, String column)
        throws SQLException {
        Map<String, Integer> keys = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(OWN_FOREIGN_KEYS)) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return keys;
    }

    private static boolean holdsNulls(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT 1 FROM " + quote(table) + " WHERE " + quote(column)
                 + " IS NULL LIMIT 1")) {
            return row.next();
        }
    }

    private static String dropForeignKey(String table, String constraint) {
        return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(constraint);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

package dev.ordo.plugins.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the pragmas say about one table, read when it is about to be changed: its columns, indexes and foreign
 * keys, and the foreign keys of other tables that point at it.
 */
record TableFacts(String table, String sql, List<ColumnFact> columns, List<IndexFact> indexes,
                  List<ForeignKeyFact> foreignKeys) {

    TableFacts {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /**
     * @param primaryKeyPosition 1-based position in the primary key, 0 outside it
     * @param hidden             2 and 3 for generated columns
     */
    record ColumnFact(String name, String declaredType, boolean notNull, Optional<String> defaultSql,
                      int primaryKeyPosition, int hidden) {

        boolean generated() {
            return hidden == 2 || hidden == 3;
        }
    }

    /** @param origin {@code c} (CREATE INDEX), {@code u} (UNIQUE constraint) or {@code pk} */
    record IndexFact(String name, boolean unique, String origin, boolean partial, List<String> columns) {

        IndexFact {
            columns = List.copyOf(columns);
        }

        boolean isOnlyOn(String column) {
            return columns.size() == 1 && column.equalsIgnoreCase(columns.get(0));
        }

        boolean leadsWith(String column) {
            return !columns.isEmpty() && column.equalsIgnoreCase(columns.get(0));
        }
    }

    /** A foreign key column of {@code table} pointing at {@code toTable}; {@code toColumn} empty for "its key". */
    record ForeignKeyFact(String table, int id, String fromColumn, String toTable, Optional<String> toColumn,
                          int columnCount) {
    }

    static TableFacts read(Connection connection, String table) throws SQLException {
        String sql = tableSql(connection, table)
            .orElseThrow(() -> new SQLException("no such table: " + table, "42S02", 1));
        return new TableFacts(table, sql, columns(connection, table), indexes(connection, table),
            foreignKeys(connection, table));
    }

    Optional<ColumnFact> column(String name) {
        return columns.stream().filter(column -> column.name().equalsIgnoreCase(name)).findFirst();
    }

    List<String> primaryKey() {
        return columns.stream().filter(column -> column.primaryKeyPosition() > 0)
            .sorted(java.util.Comparator.comparingInt(ColumnFact::primaryKeyPosition))
            .map(ColumnFact::name).toList();
    }

    /** An INTEGER PRIMARY KEY: the rowid, which SQLite fills in itself (with or without AUTOINCREMENT). */
    boolean isRowidAlias(String column) {
        List<String> key = primaryKey();
        return key.size() == 1 && key.get(0).equalsIgnoreCase(column)
            && column(column).map(fact -> fact.declaredType().trim().equalsIgnoreCase("integer")).orElse(false)
            && indexes.stream().noneMatch(index -> index.origin().equals("pk"));
    }

    /** The foreign keys of every table (this one included) that point at {@code table}. */
    static List<ForeignKeyFact> referencing(Connection connection, String table) throws SQLException {
        List<ForeignKeyFact> keys = new ArrayList<>();
        for (String other : tables(connection)) {
            for (ForeignKeyFact key : foreignKeys(connection, other)) {
                if (key.toTable().equalsIgnoreCase(table)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static Optional<String> tableSql(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "select sql from sqlite_master where type = 'table' and name = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static List<ColumnFact> columns(Connection connection, String table) throws SQLException {
        List<ColumnFact> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
            "select name, type, \"notnull\", dflt_value, pk, hidden from pragma_table_xinfo(?, 'main') order by cid")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new ColumnFact(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2),
                        rows.getInt(3) != 0, Optional.ofNullable(rows.getString(4)), rows.getInt(5), rows.getInt(6)));
                }
            }
        }
        return columns;
    }

    private static List<IndexFact> indexes(Connection connection, String table) throws SQLException {
        List<IndexFact> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
            "select name, \"unique\", origin, partial from pragma_index_list(?, 'main')")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    indexes.add(new IndexFact(name, rows.getInt(2) != 0, rows.getString(3), rows.getInt(4) != 0,
                        indexColumns(connection, name)));
                }
            }
        }
        return indexes;
    }

    /** Expression parts of an index have no name; they are listed as empty strings so positions stay right. */
    private static List<String> indexColumns(Connection connection, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
            "select name from pragma_index_info(?, 'main') order by seqno")) {
            statement.setString(1, index);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1) == null ? "" : rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<ForeignKeyFact> foreignKeys(Connection connection, String table) throws SQLException {
        List<ForeignKeyFact> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
            "select id, \"table\", \"from\", \"to\" from pragma_foreign_key_list(?, 'main') order by id, seq")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new ForeignKeyFact(table, result.getInt(1), result.getString(3), result.getString(2),
                        Optional.ofNullable(result.getString(4)), 1));
                }
            }
        }
        // A composite key has one row per column, all with the same id.
        return rows.stream().map(row -> new ForeignKeyFact(row.table(), row.id(), row.fromColumn(), row.toTable(),
            row.toColumn(), (int) rows.stream().filter(other -> other.id() == row.id()).count())).toList();
    }
}

package dev.ordo.plugins.sqlite;

import dev.ordo.plugins.sqlite.Catalog.ColumnRow;
import dev.ordo.plugins.sqlite.Catalog.ForeignKeyRow;
import dev.ordo.plugins.sqlite.Catalog.IndexColumnRow;
import dev.ordo.plugins.sqlite.Catalog.TableRow;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog in four queries, whatever the number of tables: SQLite's pragma table-valued functions
 * joined to {@code sqlite_master} give the columns, foreign keys and indexes of every table at once. JDBC's
 * {@code DatabaseMetaData} would need a query per table. Rows are ordered in memory, which is cheaper than
 * having SQLite sort them.
 */
final class CatalogReader {

    // SQLite reserves names starting with sqlite_ for its own tables (sqlite_sequence, sqlite_stat1, ...).
    private static final String USER_OBJECTS =
        "m.type in ('table', 'view') and m.name not like 'sqlite\\_%' escape '\\'";
    private static final String USER_TABLES =
        "m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\'";

    // The pragmas name the 'main' schema: given only a table name they would find a temporary table first.
    static final String TABLES_QUERY =
        "select m.name, m.type, m.sql from sqlite_master m where " + USER_OBJECTS;
    static final String COLUMNS_QUERY =
        "select m.name as table_name, c.cid, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden"
            + " from sqlite_master m join pragma_table_xinfo(m.name, 'main') c"
            + " where " + USER_OBJECTS;
    static final String FOREIGN_KEYS_QUERY =
        "select m.name as table_name, f.id, f.seq, f.\"table\" as to_table, f.\"from\" as from_column,"
            + " f.\"to\" as to_column, f.on_update, f.on_delete"
            + " from sqlite_master m join pragma_foreign_key_list(m.name, 'main') f"
            + " where " + USER_TABLES;
    static final String INDEXES_QUERY =
        "select m.name as table_name, i.name as index_name, i.\"unique\", i.origin, i.partial,"
            + " c.seqno, c.name as column_name"
            + " from sqlite_master m join pragma_index_list(m.name, 'main') i"
            + " join pragma_index_info(i.name, 'main') c"
            + " where " + USER_TABLES;

    private CatalogReader() {
    }

    static Catalog read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return new Catalog(tables(statement), columns(statement), foreignKeys(statement),
                indexColumns(statement));
        }
    }

    private static List<TableRow> tables(Statement statement) throws SQLException {
        List<TableRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(TABLES_QUERY)) {
            while (result.next()) {
                rows.add(new TableRow(result.getString("name"), "view".equals(result.getString("type")),
                    Optional.ofNullable(result.getString("sql"))));
            }
        }
        return rows;
    }

    private static List<ColumnRow> columns(Statement statement) throws SQLException {
        List<ColumnRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(COLUMNS_QUERY)) {
            while (result.next()) {
                rows.add(new ColumnRow(result.getString("table_name"), result.getInt("cid"),
                    result.getString("name"), nullToEmpty(result.getString("type")), result.getInt("notnull") != 0,
                    Optional.ofNullable(result.getString("dflt_value")), result.getInt("pk"),
                    result.getInt("hidden")));
            }
        }
        return rows;
    }

    private static List<ForeignKeyRow> foreignKeys(Statement statement) throws SQLException {
        List<ForeignKeyRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(FOREIGN_KEYS_QUERY)) {
            while (result.next()) {
                rows.add(new ForeignKeyRow(result.getString("table_name"), result.getInt("id"),
                    result.getInt("seq"), result.getString("to_table"), result.getString("from_column"),
                    Optional.ofNullable(result.getString("to_column")), result.getString("on_update"),
                    result.getString("on_delete")));
            }
        }
        return rows;
    }

    private static List<IndexColumnRow> indexColumns(Statement statement) throws SQLException {
        List<IndexColumnRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(INDEXES_QUERY)) {
            while (result.next()) {
                rows.add(new IndexColumnRow(result.getString("table_name"), result.getString("index_name"),
                    result.getInt("unique") != 0, result.getString("origin"), result.getInt("partial") != 0,
                    result.getInt("seqno"), Optional.ofNullable(result.getString("column_name"))));
            }
        }
        return rows;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

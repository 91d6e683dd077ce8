package dev.ordo.platform.fuzz;

import dev.ordo.platform.testing.RowLines;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a schema change may touch, for the tables whose names start with a prefix: the database's own catalog read
 * through JDBC's vendor-neutral {@link DatabaseMetaData} (tables, columns with type, size, nullability and default,
 * primary keys, foreign keys, indexes), the rows of those tables, and Ordo's metadata rows about them in
 * {@code directus_collections}, {@code directus_fields} and {@code directus_relations}. Equal states before and
 * after a refused change mean it left nothing behind, even where the database commits DDL implicitly.
 */
public record SchemaState(List<String> lines) {

    private static final String[] TABLE_TYPES = {"TABLE"};

    public SchemaState {
        lines = List.copyOf(lines);
    }

    public static SchemaState of(Connection connection, String prefix) throws SQLException {
        List<String> lines = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<String> tables = tables(meta, catalog, schema, prefix);
        lines.add("tables " + tables);
        for (String table : tables) {
            lines.add("columns of " + table);
            read(meta.getColumns(catalog, schema, table, "%"), lines, "COLUMN_NAME", "TYPE_NAME", "COLUMN_SIZE",
                "DECIMAL_DIGITS", "IS_NULLABLE", "COLUMN_DEF", "IS_AUTOINCREMENT");
            lines.add("primary key of " + table);
            read(meta.getPrimaryKeys(catalog, schema, table), lines, "COLUMN_NAME");
            lines.add("foreign keys of " + table);
            read(meta.getImportedKeys(catalog, schema, table), lines, "FKCOLUMN_NAME", "PKTABLE_NAME",
                "PKCOLUMN_NAME", "DELETE_RULE");
            lines.add("indexes of " + table);
            read(meta.getIndexInfo(catalog, schema, table, false, true), lines, "INDEX_NAME", "NON_UNIQUE",
                "COLUMN_NAME");
        }
        String quote = meta.getIdentifierQuoteString();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                lines.add("rows of " + table);
                // Sorted here: a table whose last column was dropped (PostgreSQL allows it) has nothing to order by.
                lines.addAll(new TreeSet<>(RowLines.of(statement,
                    "SELECT * FROM " + quote + table.replace(quote, quote + quote) + quote)));
            }
            // Generated names differ in case too ("SF_UPPER"), which PostgreSQL's LIKE tells apart.
            String like = ") LIKE '" + prefix + "%'";
            lines.add("directus_collections");
            lines.addAll(RowLines.of(statement, "SELECT * FROM directus_collections WHERE LOWER(collection" + like
                + " ORDER BY collection"));
            lines.add("directus_fields");
            lines.addAll(RowLines.of(statement, "SELECT * FROM directus_fields WHERE LOWER(collection" + like
                + " ORDER BY collection, field"));
            lines.add("directus_relations");
            lines.addAll(RowLines.of(statement, "SELECT * FROM directus_relations WHERE LOWER(many_collection" + like
                + " OR LOWER(one_collection" + like + " ORDER BY many_collection, many_field"));
        }
        return new SchemaState(lines);
    }

    private static List<String> tables(DatabaseMetaData meta, String catalog, String schema, String prefix)
        throws SQLException {
        // Filtered here, not by pattern: "_" is a wildcard in metadata patterns and drivers escape it differently.
        TreeSet<String> tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(catalog, schema, "%", TABLE_TYPES)) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    tables.add(name);
                }
            }
        }
        return new ArrayList<>(tables);
    }

    /** The named columns of every row, sorted, as drivers order some of these answers differently. */
    private static void read(ResultSet rows, List<String> lines, String... columns) throws SQLException {
        TreeSet<String> sorted = new TreeSet<>();
        try (rows) {
            while (rows.next()) {
                StringBuilder line = new StringBuilder("  ");
                for (String column : columns) {
                    line.append(column).append('=').append(rows.getString(column)).append(' ');
                }
                sorted.add(line.toString());
            }
        }
        lines.addAll(sorted);
    }
}

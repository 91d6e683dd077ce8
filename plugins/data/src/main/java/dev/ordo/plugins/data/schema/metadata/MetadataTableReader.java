package dev.ordo.plugins.data.schema.metadata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads every row of one metadata table into maps keyed by the table's Directus columns, in their order,
 * with normalised values. Columns the database lacks read as {@code null}; columns Directus does not
 * define are ignored, so databases from neighbouring Directus versions still load.
 */
public final class MetadataTableReader {

    private final SqlIdentifiers identifiers;

    public MetadataTableReader(SqlIdentifiers identifiers) {
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    public List<Map<String, Object>> read(Connection connection, MetadataTable table) throws SQLException {
        String sql = "SELECT * FROM " + identifiers.quote(table.name()) + " ORDER BY " + identifiers.quote(table.orderBy());
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet results = statement.executeQuery(sql)) {
            Map<String, Integer> indexByColumn = indexByColumn(results.getMetaData());
            while (results.next()) {
                rows.add(readRow(results, table, indexByColumn));
            }
        }
        return List.copyOf(rows);
    }

    private static Map<String, Object> readRow(ResultSet results, MetadataTable table, Map<String, Integer> indexByColumn)
        throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (MetadataColumn column : table.columns()) {
            Integer index = indexByColumn.get(column.name());
            row.put(column.name(), index == null ? null : ColumnValues.normalise(raw(results, index, column.kind()), column.kind()));
        }
        return Collections.unmodifiableMap(row);
    }

    // Text-like kinds go through getString so PostgreSQL's json values arrive as their text.
    private static Object raw(ResultSet results, int index, ColumnKind kind) throws SQLException {
        return switch (kind) {
            case TEXT, JSON, CSV -> results.getString(index);
            case INTEGER, BOOLEAN -> results.getObject(index);
        };
    }

    // Drivers differ in the case of the labels they report; Directus column names are all lower case.
    private static Map<String, Integer> indexByColumn(ResultSetMetaData metaData) throws SQLException {
        Map<String, Integer> indexByColumn = new HashMap<>();
        for (int index = 1; index <= metaData.getColumnCount(); index++) {
            indexByColumn.putIfAbsent(metaData.getColumnLabel(index).toLowerCase(Locale.ROOT), index);
        }
        return indexByColumn;
    }
}

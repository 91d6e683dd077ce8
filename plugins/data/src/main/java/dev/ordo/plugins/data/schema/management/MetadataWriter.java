package dev.ordo.plugins.data.schema.management;

import dev.ordo.plugins.data.schema.metadata.ColumnKind;
import dev.ordo.plugins.data.schema.metadata.MetadataColumn;
import dev.ordo.plugins.data.schema.metadata.MetadataTable;
import dev.ordo.plugins.data.schema.metadata.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes rows of the metadata tables with the column types of each flavour (DATA-API.md §8): booleans bound as
 * booleans ({@code boolean}, {@code tinyint(1)} or SQLite's 0/1), JSON as text (cast to {@code json} on
 * PostgreSQL), CSV as text. Only columns the table really has are written, so metadata tables of neighbouring
 * Directus versions keep working. Values are always bound; identifiers are quoted for the flavour.
 */
public final class MetadataWriter {

    private final Connection connection;
    private final SqlIdentifiers identifiers;
    private final boolean postgres;
    private final Map<String, Set<String>> columnsByTable = new HashMap<>();

    MetadataWriter(Connection connection, String vendor) {
        this.connection = connection;
        this.identifiers = new SqlIdentifiers(vendor);
        this.postgres = "postgres".equals(vendor);
    }

    String quote(String identifier) {
        return identifiers.quote(identifier);
    }

    /** Inserts a row; {@code values} are keyed by Directus column and already of their kind ({@link MetaValues}). */
    void insert(MetadataTable table, Map<String, Object> values) throws SQLException {
        List<MetadataColumn> columns = present(table, values);
        List<String> names = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (MetadataColumn column : columns) {
            names.add(quote(column.name()));
            placeholders.add(placeholder(column.kind()));
        }
        String sql = "INSERT INTO " + quote(table.name()) + " (" + String.join(", ", names) + ") VALUES ("
            + String.join(", ", placeholders) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindColumns(statement, columns, values, 1);
            statement.executeUpdate();
        }
    }

    /** Updates the rows matching {@code where} (a condition with {@code ?} placeholders for {@code parameters}). */
    int update(MetadataTable table, Map<String, Object> values, String where, Object... parameters)
        throws SQLException {
        List<MetadataColumn> columns = present(table, values);
        if (columns.isEmpty()) {
            return 0;
        }
        List<String> assignments = new ArrayList<>();
        for (MetadataColumn column : columns) {
            assignments.add(quote(column.name()) + " = " + placeholder(column.kind()));
        }
        String sql = "UPDATE " + quote(table.name()) + " SET " + String.join(", ", assignments) + " WHERE " + where;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = bindColumns(statement, columns, values, 1);
            bind(statement, next, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs an UPDATE or DELETE written by the caller with quoted identifiers and bound values. */
    int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, parameters);
            return statement.executeUpdate();
        }
    }

    boolean exists(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The first column of the first row, as an integer; empty when there is no row or it is NULL. */
    Optional<Integer> integer(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    Object value = rows.getObject(1);
                    return value == null ? Optional.empty() : Optional.of(((Number) value).intValue());
                }
                return Optional.empty();
            }
        }
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /** The table's columns present in the database, lower-cased; read once per table. */
    Set<String> columns(String table) throws SQLException {
        Set<String> known = columnsByTable.get(table);
        if (known != null) {
            return known;
        }
        Set<String> columns = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(table) + " WHERE 1 = 0")) {
            ResultSetMetaData metaData = rows.getMetaData();
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                columns.add(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        }
        columnsByTable.put(table, Set.copyOf(columns));
        return columnsByTable.get(table);
    }

    private List<MetadataColumn> present(MetadataTable table, Map<String, Object> values) throws SQLException {
        Set<String> existing = columns(table.name());
        return table.columns().stream()
            .filter(column -> values.containsKey(column.name()) && existing.contains(column.name()))
            .toList();
    }

    private String placeholder(ColumnKind kind) {
        return kind == ColumnKind.JSON && postgres ? "CAST(? AS json)" : "?";
    }

    private static int bindColumns(PreparedStatement statement, List<MetadataColumn> columns, Map<String, Object> values,
                                   int first) throws SQLException {
        int index = first;
        for (MetadataColumn column : columns) {
            Object value = values.get(column.name());
            switch (column.kind()) {
                case BOOLEAN -> {
                    if (value == null) {
                        statement.setNull(index, Types.BOOLEAN);
                    } else {
                        statement.setBoolean(index, (Boolean) value);
                    }
                }
                case INTEGER -> {
                    if (value == null) {
                        statement.setNull(index, Types.INTEGER);
                    } else {
                        statement.setInt(index, ((Number) value).intValue());
                    }
                }
                case TEXT, JSON, CSV -> {
                    if (value == null) {
                        statement.setNull(index, Types.VARCHAR);
                    } else {
                        statement.setString(index, value.toString());
                    }
                }
            }
            index++;
        }
        return index;
    }

    private static void bind(PreparedStatement statement, int first, Object... parameters) throws SQLException {
        int index = first;
        for (Object parameter : parameters) {
            if (parameter == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setObject(index, parameter);
            }
            index++;
        }
    }
}

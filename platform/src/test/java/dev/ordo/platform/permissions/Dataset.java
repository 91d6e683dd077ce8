package dev.ordo.platform.permissions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fixture's rows as the database stores them, read with a plain {@code SELECT *} per table (no Ordo code): what
 * the oracle judges Ordo's answers against.
 */
public final class Dataset {

    private final Map<String, TreeMap<Long, Row>> rows;

    private Dataset(Map<String, TreeMap<Long, Row>> rows) {
        this.rows = rows;
    }

    public static Dataset read(Connection connection, FixtureSchema schema) throws SQLException {
        Map<String, TreeMap<Long, Row>> rows = new LinkedHashMap<>();
        for (String collection : schema.collections()) {
            TreeMap<Long, Row> table = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + collection)) {
                while (result.next()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (FixtureSchema.Field field : schema.fields(collection)) {
                        if (field.isColumn()) {
                            values.put(field.name(), value(result, field));
                        }
                    }
                    Row row = new Row(collection, values);
                    table.put(row.id(), row);
                }
            }
            rows.put(collection, table);
        }
        return new Dataset(rows);
    }

    /** Every row of {@code collection}, by ascending key. */
    public List<Row> rows(String collection) {
        return List.copyOf(rows.get(collection).values());
    }

    public Optional<Row> row(String collection, Object key) {
        return key == null ? Optional.empty() : Optional.ofNullable(rows.get(collection).get(((Number) key).longValue()));
    }

    /** The rows of {@code collection} whose {@code field} holds {@code key}, by ascending key. */
    public List<Row> referencing(String collection, String field, long key) {
        List<Row> found = new ArrayList<>();
        for (Row row : rows.get(collection).values()) {
            if (row.get(field) != null && ((Long) row.get(field)) == key) {
                found.add(row);
            }
        }
        return found;
    }

    /** The values {@code field} holds somewhere (nulls left out), for the generator to pick from. */
    public List<Object> values(String collection, String field) {
        List<Object> values = new ArrayList<>();
        for (Row row : rows.get(collection).values()) {
            if (row.get(field) != null && !values.contains(row.get(field))) {
                values.add(row.get(field));
            }
        }
        return values;
    }

    private static Object value(ResultSet result, FixtureSchema.Field field) throws SQLException {
        if (field.isNumber()) {
            long number = result.getLong(field.name());
            return result.wasNull() ? null : number;
        }
        return result.getString(field.name());
    }
}

package dev.ordo.platform.fuzz;

import dev.ordo.platform.fuzz.NestedSchema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of the nested-write schema as the spec says they should be (DATA-API.md §6.4), and what a write does to
 * them: {@link #apply} interprets a request body the way §6.4 describes ({@link NestedSemantics}) and answers either the refusal the spec
 * calls for or the rows, activity and revisions it expects. Values are kept as text (keys as the database prints
 * them); a row created without a key has a {@link Ref} instead until {@link #keysOfNewRows} learns the key from the
 * database.
 */
public final class NestedModel {

    /** A row created without a key, known by the unique value of its marker column until its key is read back. */
    public record Ref(String table, String marker) {
        @Override
        public String toString() {
            return "<new " + table + " " + marker + ">";
        }
    }

    /** One activity row: action, collection, item. */
    public record Activity(String action, String collection, Object item) {
    }

    /** One revision row: collection and item, and those of the revision its {@code parent} points at (or nulls). */
    public record Revision(String collection, Object item, String parentCollection, Object parentItem) {
    }

    /** What a write should do: be refused, or leave {@code rows} and log {@code activity} and {@code revisions}. */
    public record Outcome(Optional<String> refusal, NestedModel rows, List<Activity> activity, List<Revision> revisions) {
    }

    private final Map<String, Table> schema;
    /** table → key → column → value (text, a {@link Ref}, or null). */
    private final Map<String, Map<Object, Map<String, Object>>> tables;

    private NestedModel(Map<String, Table> schema, Map<String, Map<Object, Map<String, Object>>> tables) {
        this.schema = schema;
        this.tables = tables;
    }

    /** The rows as the database holds them now. */
    public static NestedModel read(Connection connection) throws SQLException {
        Map<String, Table> schema = NestedSchema.tables();
        Map<String, Map<Object, Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Table table : schema.values()) {
                Map<Object, Map<String, Object>> rows = new LinkedHashMap<>();
                try (ResultSet result = statement.executeQuery("SELECT " + String.join(", ", table.columns())
                    + " FROM " + table.name())) {
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (String column : table.columns()) {
                            Object value = result.getObject(column);
                            row.put(column, value == null ? null : text(value));
                        }
                        rows.put(row.get(table.key()), row);
                    }
                }
                tables.put(table.name(), rows);
            }
        }
        return new NestedModel(schema, tables);
    }

    /** Values as the fuzz compares them: as text (the fuzz writes uuids in lower case, as PostgreSQL prints them). */
    static String text(Object value) {
        return String.valueOf(value);
    }

    public Map<String, Table> schema() {
        return schema;
    }

    /** The rows of {@code table} by key (read-only view). */
    public Map<Object, Map<String, Object>> rows(String table) {
        return java.util.Collections.unmodifiableMap(tables.get(table));
    }

    /** One line per row, sorted, for comparing with the database. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        tables.forEach((name, rows) -> {
            lines.add("rows of " + name);
            Map<String, String> sorted = new TreeMap<>();
            rows.forEach((key, row) -> sorted.put(String.valueOf(key), row.toString()));
            lines.addAll(sorted.values());
        });
        return lines;
    }

    /**
     * The keys the database gave the rows this model knows only by {@link Ref}: for each, the row of its table whose
     * marker column holds the marker and whose key {@code known} did not have.
     */
    public Map<Ref, Object> keysOfNewRows(NestedModel database, NestedModel known) {
        Map<Ref, Object> keys = new LinkedHashMap<>();
        tables.forEach((name, rows) -> rows.keySet().stream().filter(Ref.class::isInstance).map(Ref.class::cast)
            .forEach(ref -> {
                String marker = schema.get(name).marker().orElseThrow();
                database.tables.get(name).forEach((key, row) -> {
                    if (!known.tables.get(name).containsKey(key) && ref.marker().equals(row.get(marker))) {
                        keys.put(ref, key);
                    }
                });
            }));
        return keys;
    }

    /** This model with each ref in {@code keys} replaced by its key, as key and as value. */
    public NestedModel withKeys(Map<Ref, Object> keys) {
        Map<String, Map<Object, Map<String, Object>>> resolved = new LinkedHashMap<>();
        tables.forEach((name, rows) -> {
            Map<Object, Map<String, Object>> copy = new LinkedHashMap<>();
            rows.forEach((key, row) -> {
                Map<String, Object> values = new LinkedHashMap<>();
                row.forEach((column, value) -> values.put(column, keys.getOrDefault(value, value)));
                copy.put(keys.getOrDefault(key, key), values);
            });
            resolved.put(name, copy);
        });
        return new NestedModel(schema, resolved);
    }

    /**
     * What {@code method} on {@code path} with {@code body} should do to these rows, when one request may write at
     * most {@code mutationLimit} rows (every created, updated and deleted row counts, nested ones included) and the
     * caller may not do what {@code forbidden} names ("action table").
     */
    public Outcome apply(String method, String path, Object body, long mutationLimit, Set<String> forbidden) {
        NestedSemantics write = new NestedSemantics(schema, copy(), forbidden);
        try {
            write.top(method, path, body);
            long mutations = write.mutations();
            if (mutations > mutationLimit) {
                throw new NestedSemantics.Refusal(400, mutations + " rows written, more than MAX_BATCH_MUTATION");
            }
        } catch (NestedSemantics.Refusal refusal) {
            return new Outcome(Optional.of((refusal.status == 0 ? "4xx" : refusal.status) + " " + refusal.getMessage()),
                this, List.of(), List.of());
        }
        return new Outcome(Optional.empty(), new NestedModel(schema, write.tables()), write.activity(), write.revisions());
    }

    /** The status the spec gives a refusal, 0 when it leaves the 4xx open. */
    public static int status(String refusal) {
        return refusal.startsWith("4xx") ? 0 : Integer.parseInt(refusal.substring(0, 3));
    }

    private Map<String, Map<Object, Map<String, Object>>> copy() {
        Map<String, Map<Object, Map<String, Object>>> copy = new LinkedHashMap<>();
        tables.forEach((name, rows) -> {
            Map<Object, Map<String, Object>> copied = new LinkedHashMap<>();
            rows.forEach((key, row) -> copied.put(key, new LinkedHashMap<>(row)));
            copy.put(name, copied);
        });
        return copy;
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.ValueCodec;
import dev.ordo.plugins.data.values.Vendor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The statements of the write path, on the transaction's connection: inserts, updates and deletes by key (keys in
 * batches of {@code RELATIONAL_BATCH_SIZE}), and the small reads nested writes decide by. A constraint the database
 * enforces on a write surfaces as its Directus error, naming the collection and the submitted value.
 */
final class RowStatements {

    private final SqlRunner runner;
    private final Sql sql;
    private final ValueCodec codec;
    private final KeyReturningInsert inserts;
    private final StatementErrors errors;
    private final int batchSize;

    RowStatements(SqlRunner runner, Sql sql, ValueCodec codec, StatementErrors errors, int batchSize) {
        this.runner = runner;
        this.sql = sql;
        this.codec = codec;
        this.inserts = new KeyReturningInsert(runner, sql, codec);
        this.errors = errors;
        this.batchSize = Math.max(batchSize, 1);
    }

    KeyReturningInsert inserts() {
        return inserts;
    }

    /** @param payload the values as submitted, for errors */
    Object insert(CollectionOverview collection, Map<String, Object> columns, Map<String, ?> payload) {
        try {
            return inserts.insert(collection, columns);
        } catch (SQLException e) {
            throw errors.translate(e, collection, columns, payload);
        }
    }

    void update(CollectionOverview collection, Map<String, Object> columns, List<Object> keys, Map<String, ?> payload) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        columns.forEach((name, value) -> values.put(DSL.field(DSL.name(name)), value));
        for (List<Object> batch : batches(keys)) {
            try {
                runner.execute(sql.dsl().update(table(collection)).set(values).where(keyIn(collection, batch)));
            } catch (SQLException e) {
                throw errors.translate(e, collection, columns, payload);
            }
        }
    }

    void delete(CollectionOverview collection, List<Object> keys) {
        for (List<Object> batch : batches(keys)) {
            try {
                runner.execute(sql.dsl().deleteFrom(table(collection)).where(keyIn(collection, batch)));
            } catch (SQLException e) {
                throw errors.translate(e, collection, Map.of(), Map.of());
            }
        }
    }

    /** Whether an item with this (checked) key exists. */
    boolean exists(CollectionOverview collection, Object key) throws SQLException {
        FieldOverview primaryKey = primaryKey(collection);
        return !runner.query(sql.dsl().select(column(primaryKey.name())).from(table(collection))
            .where(keyIn(collection, List.of(key))), row -> row.getObject(1)).isEmpty();
    }

    /**
     * For the items among {@code keys} that exist, the wire value of their column {@code field} (null for an item
     * linked to nothing), by the text of their key.
     */
    Map<String, Object> links(CollectionOverview collection, String field, Collection<Object> keys)
        throws SQLException {
        FieldOverview key = primaryKey(collection);
        FieldOverview linked = collection.field(field).orElseThrow();
        Map<String, Object> links = new LinkedHashMap<>();
        for (List<Object> batch : batches(keys)) {
            var statement = sql.dsl().select(column(key.name()), column(field)).from(table(collection))
                .where(keyIn(collection, batch));
            for (Link link : runner.query(statement, row -> new Link(codec.toWire(key, row.getObject(1)),
                codec.toWire(linked, row.getObject(2))))) {
                links.put(String.valueOf(link.key()), link.target());
            }
        }
        return links;
    }

    /** The keys of the items whose {@code field} holds {@code parentKey}, but for those in {@code kept}. */
    List<Object> linkedKeysExcept(CollectionOverview collection, String field, Object parentKey,
                                  Collection<Object> kept) throws SQLException {
        FieldOverview key = primaryKey(collection);
        return linkedKeys(collection, field, parentKey,
            kept.isEmpty() ? DSL.noCondition() : column(key.name()).notIn(bound(key, kept)));
    }

    /** The keys among {@code keys} of the items whose {@code field} holds {@code parentKey}. */
    List<Object> linkedKeysAmong(CollectionOverview collection, String field, Object parentKey,
                                 Collection<Object> keys) throws SQLException {
        FieldOverview key = primaryKey(collection);
        return keys.isEmpty() ? List.of()
            : linkedKeys(collection, field, parentKey, column(key.name()).in(bound(key, keys)));
    }

    private List<Object> linkedKeys(CollectionOverview collection, String field, Object parentKey, Condition also)
        throws SQLException {
        FieldOverview key = primaryKey(collection);
        Condition linked = column(field).eq(codec.toDatabase(collection.field(field).orElseThrow(), parentKey));
        return runner.query(sql.dsl().select(column(key.name())).from(table(collection)).where(linked.and(also))
            .orderBy(column(key.name())), row -> codec.toWire(key, row.getObject(1)));
    }

    /** The largest value of {@code sortField} among the items linked to {@code parentKey}; 0 when there is none. */
    long highestSort(CollectionOverview collection, String sortField, String field, Object parentKey)
        throws SQLException {
        Object parent = codec.toDatabase(collection.field(field).orElseThrow(), parentKey);
        List<Object> highest = runner.query(sql.dsl().select(DSL.max(column(sortField))).from(table(collection))
            .where(column(field).eq(parent)), row -> row.getObject(1));
        return highest.isEmpty() || highest.get(0) == null ? 0 : ((Number) highest.get(0)).longValue();
    }

    /**
     * Locks the rows of these (checked) keys, in key order, before a write that changes them one at a time in the
     * caller's order: two such writes over the same rows in opposite orders would each hold a row the other waits for
     * (a deadlock, which the database settles by failing one). SQLite needs no lock: its write transactions hold the
     * whole database from their start.
     */
    void lockInKeyOrder(CollectionOverview collection, Collection<Object> keys) throws SQLException {
        if (sql.vendor() == Vendor.SQLITE || keys.size() < 2) {
            return;
        }
        FieldOverview key = primaryKey(collection);
        for (List<Object> batch : batches(keys)) {
            runner.query(sql.dsl().select(column(key.name())).from(table(collection)).where(keyIn(collection, batch))
                .orderBy(column(key.name())).forUpdate(), row -> row.getObject(1));
        }
    }

    /** The key of the collection's first item, for singletons. */
    Optional<Object> firstKey(CollectionOverview collection) throws SQLException {
        FieldOverview key = primaryKey(collection);
        return runner.query(sql.dsl().select(column(key.name())).from(table(collection)).orderBy(column(key.name()))
            .limit(1), row -> codec.toWire(key, row.getObject(1))).stream().findFirst();
    }

    private Condition keyIn(CollectionOverview collection, List<Object> keys) {
        FieldOverview key = primaryKey(collection);
        return column(key.name()).in(bound(key, keys));
    }

    private List<Object> bound(FieldOverview key, Collection<Object> keys) {
        return keys.stream().map(value -> codec.toDatabase(key, value)).toList();
    }

    private List<List<Object>> batches(Collection<Object> keys) {
        List<Object> all = new ArrayList<>(keys);
        return IntStream.range(0, (all.size() + batchSize - 1) / batchSize)
            .mapToObj(i -> all.subList(i * batchSize, Math.min(all.size(), (i + 1) * batchSize))).toList();
    }

    private static FieldOverview primaryKey(CollectionOverview collection) {
        return collection.field(collection.primaryKey().orElseThrow()).orElseThrow();
    }

    /** Every item's key and the wire value of its column {@code field}, by the text of its key. */
    Map<String, Object> allLinks(CollectionOverview collection, String field) throws SQLException {
        FieldOverview key = primaryKey(collection);
        FieldOverview linked = collection.field(field).orElseThrow();
        Map<String, Object> links = new LinkedHashMap<>();
        for (Link link : runner.query(sql.dsl().select(column(key.name()), column(field)).from(table(collection)),
            row -> new Link(codec.toWire(key, row.getObject(1)), codec.toWire(linked, row.getObject(2))))) {
            links.put(String.valueOf(link.key()), link.target());
        }
        return links;
    }

    /** Sets {@code field}, a foreign key to this same collection, to null wherever it points at one of {@code keys}. */
    void clearReferences(CollectionOverview collection, String field, List<Object> keys) {
        FieldOverview key = primaryKey(collection);
        for (List<Object> batch : batches(keys)) {
            try {
                runner.execute(sql.dsl().update(table(collection)).set(column(field), (Object) null)
                    .where(column(field).in(bound(key, batch))));
            } catch (SQLException e) {
                throw errors.translate(e, collection, Map.of(), Map.of());
            }
        }
    }

    /**
     * Whether an item other than those of {@code except} (checked keys) holds {@code value} in the text column
     * {@code field}, compared without case.
     */
    boolean existsIgnoringCase(CollectionOverview collection, String field, String value, List<Object> except)
        throws SQLException {
        Condition same = DSL.lower(DSL.field(DSL.name(field), String.class)).eq(DSL.lower(DSL.val(value)));
        Condition others = except.isEmpty() ? same : same.and(keyIn(collection, except).not());
        return !runner.query(sql.dsl().selectOne().from(table(collection)).where(others).limit(1),
            row -> row.getObject(1)).isEmpty();
    }

    private static Table<Record> table(CollectionOverview collection) {
        return DSL.table(DSL.name(collection.name()));
    }

    private static Field<Object> column(String name) {
        return DSL.field(DSL.name(name));
    }

    /** An item's key and the key its foreign key holds. */
    private record Link(Object key, Object target) {
    }
}

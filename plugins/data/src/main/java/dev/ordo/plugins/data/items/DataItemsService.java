package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Query;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The items service of the data module: reads through {@link ItemReads}, writes through {@link ItemWrites}. Beside
 * the {@link ItemsService} contract it offers what only the data module's own routes use: imports and manual sorting.
 */
public final class DataItemsService implements ItemsService {

    private final ItemReads reads;
    private final ItemWrites writes;

    public DataItemsService(ItemsEngine engine, SchemaContexts schemas, ItemWrites writes) {
        this.reads = new ItemReads(engine, schemas);
        this.writes = writes;
    }

    @Override
    public ReadResult read(String collection, Query query, Accountability caller) {
        return reads.read(collection, query, caller);
    }

    @Override
    public List<Map<String, Object>> readMany(String collection, List<?> keys, Query query, Accountability caller) {
        return reads.readMany(collection, keys, query, caller);
    }

    @Override
    public Map<String, Object> readOne(String collection, Object key, Query query, Accountability caller) {
        return reads.readOne(collection, key, query, caller);
    }

    @Override
    public Map<String, Object> readSingleton(String collection, Query query, Accountability caller) {
        return reads.readSingleton(collection, query, caller);
    }

    /**
     * Refuses a query that no read of {@code collection} by {@code caller} could answer (an unknown function, a path
     * too deep, ...), without reading: a write checks the query of its read-back with it before writing anything.
     */
    public void checkReadable(String collection, Query query, Accountability caller) {
        reads.check(collection, query, caller);
    }

    @Override
    public Object createOne(String collection, Map<String, ?> item, Accountability caller) {
        return writes.createMany(collection, List.of(item), caller).get(0);
    }

    @Override
    public List<Object> createMany(String collection, List<? extends Map<String, ?>> items, Accountability caller) {
        return writes.createMany(collection, items, caller);
    }

    @Override
    public Object updateOne(String collection, Object key, Map<String, ?> changes, Accountability caller) {
        return writes.updateMany(collection, List.of(key), changes, caller).get(0);
    }

    @Override
    public List<Object> updateMany(String collection, List<?> keys, Map<String, ?> changes, Accountability caller) {
        return writes.updateMany(collection, keys, changes, caller);
    }

    @Override
    public List<Object> updateBatch(String collection, List<? extends Map<String, ?>> items, Accountability caller) {
        return writes.updateBatch(collection, items, caller);
    }

    @Override
    public List<Object> updateByQuery(String collection, Query query, Map<String, ?> changes, Accountability caller) {
        List<Object> keys = writes.keysMatching(collection, query, caller, this);
        return keys.isEmpty() ? keys : writes.updateMany(collection, keys, changes, caller);
    }

    @Override
    public Object upsertSingleton(String collection, Map<String, ?> item, Accountability caller) {
        return writes.upsertSingleton(collection, item, caller);
    }

    @Override
    public void deleteOne(String collection, Object key, Accountability caller) {
        writes.deleteMany(collection, List.of(key), caller);
    }

    @Override
    public void deleteMany(String collection, List<?> keys, Accountability caller) {
        writes.deleteMany(collection, keys, caller);
    }

    @Override
    public List<Object> deleteByQuery(String collection, Query query, Accountability caller) {
        List<Object> keys = writes.keysMatching(collection, query, caller, this);
        if (!keys.isEmpty()) {
            writes.deleteMany(collection, keys, caller);
        }
        return keys;
    }

    /** Upserts each item by primary key in one transaction (see {@link ItemWrites#upsertEach}). */
    public long upsertEach(String collection, Iterator<? extends Map<String, ?>> items, Accountability caller) {
        return writes.upsertEach(collection, items, caller);
    }

    /** Moves {@code item} to the place of {@code to} in the collection's manual order. */
    public void sort(String collection, Object item, Object to, Accountability caller) {
        writes.sort(collection, item, to, caller);
    }
}

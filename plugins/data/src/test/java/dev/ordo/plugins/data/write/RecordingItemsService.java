package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Query;
import java.util.List;
import java.util.Map;

/** An items service whose reads answer fixed items and remember how they were asked; it writes nothing. */
final class RecordingItemsService implements ItemsService {

    private final List<Map<String, Object>> items;
    Query lastQuery;
    Accountability lastCaller;

    RecordingItemsService(List<Map<String, Object>> items) {
        this.items = items;
    }

    @Override
    public ReadResult read(String collection, Query query, Accountability caller) {
        lastQuery = query;
        lastCaller = caller;
        return new ReadResult(items, Map.of());
    }

    @Override
    public List<Map<String, Object>> readMany(String collection, List<?> keys, Query query, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> readOne(String collection, Object key, Query query, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> readSingleton(String collection, Query query, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object createOne(String collection, Map<String, ?> item, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> createMany(String collection, List<? extends Map<String, ?>> items, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object updateOne(String collection, Object key, Map<String, ?> changes, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> updateMany(String collection, List<?> keys, Map<String, ?> changes, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> updateBatch(String collection, List<? extends Map<String, ?>> items, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> updateByQuery(String collection, Query query, Map<String, ?> changes, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object upsertSingleton(String collection, Map<String, ?> item, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteOne(String collection, Object key, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void deleteMany(String collection, List<?> keys, Accountability caller) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Object> deleteByQuery(String collection, Query query, Accountability caller) {
        throw new UnsupportedOperationException();
    }
}

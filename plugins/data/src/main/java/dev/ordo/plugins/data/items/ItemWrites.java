package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Query;
import java.util.List;
import java.util.Map;

/**
 * The write side of the items service. Every method runs in one transaction (nested relational writes, activity and
 * revisions included) and returns the primary keys of the items it wrote, in order.
 */
public interface ItemWrites {

    List<Object> createMany(String collection, List<? extends Map<String, ?>> items, Accountability caller);

    List<Object> updateMany(String collection, List<?> keys, Map<String, ?> changes, Accountability caller);

    List<Object> updateBatch(String collection, List<? extends Map<String, ?>> items, Accountability caller);

    Object upsertSingleton(String collection, Map<String, ?> item, Accountability caller);

    void deleteMany(String collection, List<?> keys, Accountability caller);

    /**
     * The keys of the items {@code query} matches, found without permission checks (the write that follows checks
     * each key, so a match the caller may not touch makes the whole write fail), as Directus does.
     */
    List<Object> keysMatching(String collection, Query query, Accountability caller, ItemsService items);
}

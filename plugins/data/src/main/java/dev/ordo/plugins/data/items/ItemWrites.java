package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Query;
import java.util.Iterator;
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
     * Upserts each item by its primary key, as an import does: an item whose key exists is updated, any other is
     * created (in a singleton, the one item is updated or created, and a second item is refused). All items are
     * written in one transaction, pulled from {@code items} one at a time; the first failure rolls every item back.
     * Returns how many items were written.
     */
    long upsertEach(String collection, Iterator<? extends Map<String, ?>> items, Accountability caller);

    /** Moves {@code item} to the place of {@code to} in the collection's manual order ({@code meta.sort_field}). */
    void sort(String collection, Object item, Object to, Accountability caller);

    /**
     * The keys of the items {@code query} matches, found without permission checks (the write that follows checks
     * each key, so a match the caller may not touch makes the whole write fail), as Directus does.
     */
    List<Object> keysMatching(String collection, Query query, Accountability caller, ItemsService items);
}

package dev.ordo.api.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Query;
import java.util.List;
import java.util.Map;

/**
 * The one path to the user's data. Every read and write of items, from REST, GraphQL, files, flows or any plugin,
 * goes through it, so the caller's permissions, hooks, validation, activity and revisions always apply. Provided by
 * the data module.
 *
 * <p>Keys are the primary key values as JSON gives them (a number or a string); items are JSON objects whose
 * relational fields may hold nested objects or arrays (created, updated or linked in the same transaction). Every
 * write runs in one transaction: when anything fails nothing is written. Failures are
 * {@link dev.ordo.api.error.OrdoException}s with Directus codes: 403 {@code FORBIDDEN} for collections, fields and
 * items that do not exist or may not be touched, 400 {@code INVALID_QUERY}, {@code INVALID_PAYLOAD},
 * {@code FAILED_VALIDATION}, {@code RECORD_NOT_UNIQUE} and the other constraint codes.
 */
public interface ItemsService {

    /** Items, or aggregate groups, matching {@code query}; with the meta counts it asks for. */
    ReadResult read(String collection, Query query, Accountability caller);

    /** The items with these keys that the caller may read, in the query's sort order. */
    List<Map<String, Object>> readMany(String collection, List<?> keys, Query query, Accountability caller);

    /** One item; 403 {@code FORBIDDEN} when it does not exist or may not be read. */
    Map<String, Object> readOne(String collection, Object key, Query query, Accountability caller);

    /** The item of a singleton collection, or its defaults when it has none yet. */
    Map<String, Object> readSingleton(String collection, Query query, Accountability caller);

    /** Creates an item (and its nested related items) and returns its key. */
    Object createOne(String collection, Map<String, ?> item, Accountability caller);

    /** Creates several items in one transaction and returns their keys in order. */
    List<Object> createMany(String collection, List<? extends Map<String, ?>> items, Accountability caller);

    /** Applies {@code changes} to one item and returns its key. */
    Object updateOne(String collection, Object key, Map<String, ?> changes, Accountability caller);

    /** Applies the same {@code changes} to every item with these keys. */
    List<Object> updateMany(String collection, List<?> keys, Map<String, ?> changes, Accountability caller);

    /** Applies to each item its own changes; every item carries its primary key. */
    List<Object> updateBatch(String collection, List<? extends Map<String, ?>> items, Accountability caller);

    /** Applies {@code changes} to every item the query matches; returns their keys. */
    List<Object> updateByQuery(String collection, Query query, Map<String, ?> changes, Accountability caller);

    /** Updates the singleton's item, creating it when there is none; returns its key. */
    Object upsertSingleton(String collection, Map<String, ?> item, Accountability caller);

    void deleteOne(String collection, Object key, Accountability caller);

    void deleteMany(String collection, List<?> keys, Accountability caller);

    /** Deletes every item the query matches; returns their keys. */
    List<Object> deleteByQuery(String collection, Query query, Accountability caller);
}

package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.query.QueryParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The request forms {@code /items} and the system collection routes share (DATA-API.md §2.1–2.2, §2.9): the SEARCH
 * body, create one or many, update one, many by keys, by query or as a batch, delete one, many or by query. Writes
 * answer the written items read back with the request's query, or 204 when the caller may not read them.
 */
final class ItemRequests {

    private final DataItemsService items;
    private final QueryParser queries;

    ItemRequests(DataItemsService items, QueryParser queries) {
        this.items = items;
        this.queries = queries;
    }

    QueryParser queries() {
        return queries;
    }

    /**
     * A SEARCH: the body's {@code query} (which replaces the query string, and is read before the body's shape is
     * checked, as Directus does) and the {@code keys} to read, when the body names them.
     */
    Search search(Request request) {
        Object body = request.jsonBody().orElse(Map.of());
        Optional<Query> bodyQuery = body instanceof Map<?, ?> map && map.get("query") instanceof Map<?, ?> query
            ? Optional.of(queries.fromJson(RequestBodies.stringKeys(query))) : Optional.empty();
        BatchBody batch = BatchBody.read(body);
        return new Search(bodyQuery.orElseGet(() -> queries.fromQueryString(request.queryString())), batch.keys());
    }

    record Search(Query query, Optional<List<?>> keys) {
    }

    Response create(String collection, Request request) {
        Object body = RequestBodies.required(request);
        Query query = readBackQuery(collection, request);
        if (body instanceof List<?> list) {
            List<Object> keys = items.createMany(collection, RequestBodies.objects(list), request.accountability());
            return readBack(() -> Response.data(items.readMany(collection, keys, query, request.accountability())));
        }
        Object key = items.createOne(collection, RequestBodies.object(body, "body"), request.accountability());
        return readBack(() -> Response.data(items.readOne(collection, key, query, request.accountability())));
    }

    /**
     * The body of a {@code PATCH} or {@code DELETE} without a key: a list (items with their keys, or keys), or a
     * {@link BatchBody}. Checked on its own so a route can check it where Directus's {@code validate-batch} runs.
     */
    record ManyBody(Optional<List<?>> list, Optional<BatchBody> batch) {

        static ManyBody update(Request request) {
            return of(request, BatchBody::update);
        }

        static ManyBody delete(Request request) {
            return of(request, BatchBody::delete);
        }

        private static ManyBody of(Request request, Function<Object, BatchBody> batch) {
            Object body = RequestBodies.required(request);
            return body instanceof List<?> list ? new ManyBody(Optional.of(list), Optional.empty())
                : new ManyBody(Optional.empty(), Optional.of(batch.apply(body)));
        }
    }

    /** {@code PATCH} without a key: a list of items with their keys, or {@code {keys|query, data}}. */
    Response updateMany(String collection, Request request) {
        return updateMany(collection, ManyBody.update(request), request);
    }

    Response updateMany(String collection, ManyBody body, Request request) {
        Query query = readBackQuery(collection, request);
        List<Object> keys;
        if (body.list().isPresent()) {
            keys = items.updateBatch(collection, RequestBodies.objects(body.list().get()), request.accountability());
        } else {
            BatchBody batch = body.batch().orElseThrow();
            Map<String, Object> data = batch.data().orElseThrow();
            keys = batch.keys().isPresent()
                ? items.updateMany(collection, batch.keys().get(), data, request.accountability())
                : items.updateByQuery(collection, queries.fromJson(batch.query().orElseThrow()), data,
                    request.accountability());
        }
        return readBack(() -> Response.data(items.readMany(collection, keys, query, request.accountability())));
    }

    Response updateOne(String collection, Object key, Request request) {
        Map<String, Object> changes = RequestBodies.object(RequestBodies.required(request), "body");
        Query query = readBackQuery(collection, request);
        Object updated = items.updateOne(collection, key, changes, request.accountability());
        return readBack(() -> Response.data(items.readOne(collection, updated, query, request.accountability())));
    }

    /** {@code DELETE} without a key: a list of keys, or {@code {keys}} or {@code {query}}. */
    Response deleteMany(String collection, Request request) {
        return deleteMany(collection, ManyBody.delete(request), request);
    }

    Response deleteMany(String collection, ManyBody body, Request request) {
        if (body.list().isPresent()) {
            items.deleteMany(collection, body.list().get(), request.accountability());
            return Response.noContent();
        }
        BatchBody batch = body.batch().orElseThrow();
        if (batch.keys().isPresent()) {
            items.deleteMany(collection, batch.keys().get(), request.accountability());
        } else {
            items.deleteByQuery(collection, queries.fromJson(batch.query().orElseThrow()), request.accountability());
        }
        return Response.noContent();
    }

    Response deleteOne(String collection, Object key, Request request) {
        items.deleteOne(collection, key, request.accountability());
        return Response.noContent();
    }

    /**
     * The query a write's answer is read with, checked before the write: a query the read-back would refuse must
     * refuse the write, not follow a committed one (Directus writes first, then fails the read). A read-back the
     * caller may not make is no reason to refuse: the write answers 204 instead.
     */
    Query readBackQuery(String collection, Request request) {
        Query query = queries.fromQueryString(request.queryString());
        try {
            items.checkReadable(collection, query, request.accountability());
        } catch (ForbiddenException e) {
            // answered by readBack
        }
        return query;
    }

    /** The written items read back, or 204 when the caller may not read them (the write itself succeeded). */
    static Response readBack(Supplier<Response> read) {
        try {
            return read.get();
        } catch (ForbiddenException e) {
            return Response.noContent();
        }
    }
}

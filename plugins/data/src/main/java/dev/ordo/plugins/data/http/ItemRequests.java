package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.query.QueryParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request forms {@code /items} and the system collection routes share (DATA-API.md §2.1–2.2, §2.9): the SEARCH
 * body, create one or many, update one, many by keys, by query or as a batch, delete one, many or by query. Writes
 * answer the written items read back with the request's query, or 204 when the caller may not read them.
 */
final class ItemRequests {

    private final ItemsService items;
    private final QueryParser queries;

    ItemRequests(ItemsService items, QueryParser queries) {
        this.items = items;
        this.queries = queries;
    }

    QueryParser queries() {
        return queries;
    }

    /** The query of a SEARCH: the body's {@code query} replaces the query string. */
    Query searchQuery(Request request, Map<String, Object> body) {
        return body.get("query") instanceof Map<?, ?> map ? queries.fromJson(RequestBodies.stringKeys(map))
            : queries.fromQueryString(request.queryString());
    }

    Response create(String collection, Request request) {
        Object body = RequestBodies.required(request);
        Query query = queries.fromQueryString(request.queryString());
        if (body instanceof List<?> list) {
            List<Object> keys = items.createMany(collection, RequestBodies.objects(list), request.accountability());
            return readBack(() -> Response.data(items.readMany(collection, keys, query, request.accountability())));
        }
        Object key = items.createOne(collection, RequestBodies.object(body, "body"), request.accountability());
        return readBack(() -> Response.data(items.readOne(collection, key, query, request.accountability())));
    }

    /** {@code PATCH} without a key: a list of items with their keys, or {@code {keys|query, data}}. */
    Response updateMany(String collection, Request request) {
        Object body = RequestBodies.required(request);
        Query query = queries.fromQueryString(request.queryString());
        List<Object> keys;
        if (body instanceof List<?> list) {
            keys = items.updateBatch(collection, RequestBodies.objects(list), request.accountability());
        } else {
            Map<String, Object> batch = RequestBodies.object(body, "body");
            Map<String, Object> data = RequestBodies.object(RequestBodies.requiredKey(batch, "data"), "data");
            BatchSelector selector = BatchSelector.of(batch);
            keys = selector.keys().isPresent()
                ? items.updateMany(collection, selector.keys().get(), data, request.accountability())
                : items.updateByQuery(collection, queries.fromJson(selector.query().get()), data,
                    request.accountability());
        }
        return readBack(() -> Response.data(items.readMany(collection, keys, query, request.accountability())));
    }

    Response updateOne(String collection, Object key, Request request) {
        Map<String, Object> changes = RequestBodies.object(RequestBodies.required(request), "body");
        Query query = queries.fromQueryString(request.queryString());
        Object updated = items.updateOne(collection, key, changes, request.accountability());
        return readBack(() -> Response.data(items.readOne(collection, updated, query, request.accountability())));
    }

    /** {@code DELETE} without a key: a list of keys, or {@code {keys}} or {@code {query}}. */
    Response deleteMany(String collection, Request request) {
        Object body = RequestBodies.required(request);
        if (body instanceof List<?> keys) {
            items.deleteMany(collection, keys, request.accountability());
            return Response.noContent();
        }
        BatchSelector selector = BatchSelector.of(RequestBodies.object(body, "body"));
        if (selector.keys().isPresent()) {
            items.deleteMany(collection, selector.keys().get(), request.accountability());
        } else {
            items.deleteByQuery(collection, queries.fromJson(selector.query().get()), request.accountability());
        }
        return Response.noContent();
    }

    Response deleteOne(String collection, Object key, Request request) {
        items.deleteOne(collection, key, request.accountability());
        return Response.noContent();
    }

    /** The written items read back, or 204 when the caller may not read them (the write itself succeeded). */
    static Response readBack(Supplier<Response> read) {
        try {
            return read.get();
        } catch (ForbiddenException e) {
            return Response.noContent();
        }
    }

    /** {@code {keys: [...]}} or {@code {query: {...}}}: exactly one of them. */
    private record BatchSelector(Optional<List<?>> keys, Optional<Map<String, Object>> query) {
        static BatchSelector of(Map<String, Object> body) {
            boolean hasKeys = body.containsKey("keys");
            boolean hasQuery = body.containsKey("query");
            if (hasKeys == hasQuery) {
                throw new InvalidPayloadException("\"value\" must contain exactly one of [keys, query]");
            }
            if (hasKeys) {
                return new BatchSelector(Optional.of(RequestBodies.list(body.get("keys"), "keys")), Optional.empty());
            }
            return new BatchSelector(Optional.empty(), Optional.of(RequestBodies.object(body.get("query"), "query")));
        }
    }
}

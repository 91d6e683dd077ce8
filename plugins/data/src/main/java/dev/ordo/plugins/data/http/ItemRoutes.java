package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.RouteNotFoundException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.query.QueryParser;
import dev.ordo.plugins.data.transfer.ExportFormat;
import dev.ordo.plugins.data.transfer.ExportResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /items/:collection} (DATA-API.md §2.1–2.2): every route, body form and answer, over the items service.
 * Unknown and system collections answer 403; writes answer the written items read back with the request's query,
 * or 204 when the caller may not read them.
 */
public final class ItemRoutes {

    private final ItemsService items;
    private final SchemaService schema;
    private final QueryParser queries;
    private final ResponseCache responses;
    private final Clock clock;

    public ItemRoutes(ItemsService items, SchemaService schema, QueryParser queries, ResponseCache responses,
                      Clock clock) {
        this.items = items;
        this.schema = schema;
        this.queries = queries;
        this.responses = responses;
        this.clock = clock;
    }

    public void register(Router router) {
        router.get("/items/:collection", request -> responses.read(request, () -> readList(request)));
        router.search("/items/:collection", this::search);
        router.get("/items/:collection/:key", request -> responses.read(request, () -> readOne(request)));
        router.post("/items/:collection", this::create);
        router.patch("/items/:collection", this::updateMany);
        router.patch("/items/:collection/:key", this::updateOne);
        router.delete("/items/:collection", this::deleteMany);
        router.delete("/items/:collection/:key", this::deleteOne);
    }

    private Response readList(Request request) {
        CollectionOverview collection = collection(request);
        Query query = queries.fromQueryString(request.queryString());
        if (collection.singleton()) {
            return single(collection, query, items.readSingleton(collection.name(), query, request.accountability()));
        }
        return list(collection, query, items.read(collection.name(), query, request.accountability()));
    }

    private Response search(Request request) {
        CollectionOverview collection = collection(request);
        Map<String, Object> body = RequestBodies.optionalObject(request);
        Query query = body.get("query") instanceof Map<?, ?> map ? queries.fromJson(RequestBodies.stringKeys(map))
            : queries.fromQueryString(request.queryString());
        if (body.containsKey("keys")) {
            List<?> keys = RequestBodies.list(body.get("keys"), "keys");
            List<Map<String, Object>> found = items.readMany(collection.name(), keys, query, request.accountability());
            return list(collection, query, new ReadResult(found, Map.of()));
        }
        return list(collection, query, items.read(collection.name(), query, request.accountability()));
    }

    private Response readOne(Request request) {
        CollectionOverview collection = collection(request);
        Query query = queries.fromQueryString(request.queryString());
        Map<String, Object> item = items.readOne(collection.name(), request.pathParam("key"), query,
            request.accountability());
        return single(collection, query, item);
    }

    private Response create(Request request) {
        CollectionOverview collection = collection(request);
        if (collection.singleton()) {
            throw new RouteNotFoundException(request.path());
        }
        Object body = RequestBodies.required(request);
        Query query = queries.fromQueryString(request.queryString());
        if (body instanceof List<?> list) {
            List<Object> keys = items.createMany(collection.name(), RequestBodies.objects(list), request.accountability());
            return readBack(() -> Response.data(items.readMany(collection.name(), keys, query, request.accountability())));
        }
        Object key = items.createOne(collection.name(), RequestBodies.object(body, "body"), request.accountability());
        return readBack(() -> Response.data(items.readOne(collection.name(), key, query, request.accountability())));
    }

    private Response updateMany(Request request) {
        CollectionOverview collection = collection(request);
        Object body = RequestBodies.required(request);
        Query query = queries.fromQueryString(request.queryString());
        if (collection.singleton()) {
            items.upsertSingleton(collection.name(), RequestBodies.object(body, "body"), request.accountability());
            return readBack(() -> Response.data(items.readSingleton(collection.name(), query, request.accountability())));
        }
        List<Object> keys;
        if (body instanceof List<?> list) {
            keys = items.updateBatch(collection.name(), RequestBodies.objects(list), request.accountability());
        } else {
            Map<String, Object> batch = RequestBodies.object(body, "body");
            Map<String, Object> data = RequestBodies.object(RequestBodies.requiredKey(batch, "data"), "data");
            BatchSelector selector = BatchSelector.of(batch);
            keys = selector.keys().isPresent()
                ? items.updateMany(collection.name(), selector.keys().get(), data, request.accountability())
                : items.updateByQuery(collection.name(), queries.fromJson(selector.query().get()), data,
                    request.accountability());
        }
        List<Object> updated = keys;
        return readBack(() -> Response.data(items.readMany(collection.name(), updated, query, request.accountability())));
    }

    private Response updateOne(Request request) {
        CollectionOverview collection = collection(request);
        if (collection.singleton()) {
            throw new RouteNotFoundException(request.path());
        }
        Map<String, Object> changes = RequestBodies.object(RequestBodies.required(request), "body");
        Query query = queries.fromQueryString(request.queryString());
        Object key = items.updateOne(collection.name(), request.pathParam("key"), changes, request.accountability());
        return readBack(() -> Response.data(items.readOne(collection.name(), key, query, request.accountability())));
    }

    private Response deleteMany(Request request) {
        CollectionOverview collection = collection(request);
        Object body = RequestBodies.required(request);
        if (body instanceof List<?> keys) {
            items.deleteMany(collection.name(), keys, request.accountability());
            return Response.noContent();
        }
        BatchSelector selector = BatchSelector.of(RequestBodies.object(body, "body"));
        if (selector.keys().isPresent()) {
            items.deleteMany(collection.name(), selector.keys().get(), request.accountability());
        } else {
            items.deleteByQuery(collection.name(), queries.fromJson(selector.query().get()), request.accountability());
        }
        return Response.noContent();
    }

    private Response deleteOne(Request request) {
        CollectionOverview collection = collection(request);
        items.deleteOne(collection.name(), request.pathParam("key"), request.accountability());
        return Response.noContent();
    }

    /** A list answer: {@code {data, meta?}}, or the export file when {@code export} is set. */
    private Response list(CollectionOverview collection, Query query, ReadResult result) {
        Optional<ExportFormat> export = query.export().flatMap(ExportFormat::of);
        if (export.isPresent()) {
            return ExportResponse.of(Optional.of(collection.name()), export.get(), result.data().iterator(), clock);
        }
        return query.meta().isEmpty() ? Response.data(result.data()) : Response.data(result.data(), result.meta());
    }

    private Response single(CollectionOverview collection, Query query, Map<String, Object> item) {
        Optional<ExportFormat> export = query.export().flatMap(ExportFormat::of);
        return export.isPresent() ? ExportResponse.ofOne(Optional.of(collection.name()), export.get(), item, clock)
            : Response.data(item);
    }

    /** The written items read back, or 204 when the caller may not read them (the write itself succeeded). */
    private static Response readBack(java.util.function.Supplier<Response> read) {
        try {
            return read.get();
        } catch (ForbiddenException e) {
            return Response.noContent();
        }
    }

    private CollectionOverview collection(Request request) {
        return SchemaLookups.itemsCollection(schema.overview(), request.pathParam("collection"));
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

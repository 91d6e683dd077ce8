package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
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
    private final ItemRequests requests;

    public ItemRoutes(ItemsService items, SchemaService schema, QueryParser queries, ResponseCache responses,
                      Clock clock) {
        this.items = items;
        this.schema = schema;
        this.queries = queries;
        this.responses = responses;
        this.clock = clock;
        this.requests = new ItemRequests(items, queries);
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
        Query query = requests.searchQuery(request, body);
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
        return requests.create(collection.name(), request);
    }

    private Response updateMany(Request request) {
        CollectionOverview collection = collection(request);
        if (!collection.singleton()) {
            return requests.updateMany(collection.name(), request);
        }
        Map<String, Object> item = RequestBodies.object(RequestBodies.required(request), "body");
        Query query = queries.fromQueryString(request.queryString());
        items.upsertSingleton(collection.name(), item, request.accountability());
        return ItemRequests.readBack(
            () -> Response.data(items.readSingleton(collection.name(), query, request.accountability())));
    }

    private Response updateOne(Request request) {
        CollectionOverview collection = collection(request);
        if (collection.singleton()) {
            throw new RouteNotFoundException(request.path());
        }
        return requests.updateOne(collection.name(), request.pathParam("key"), request);
    }

    private Response deleteMany(Request request) {
        return requests.deleteMany(collection(request).name(), request);
    }

    private Response deleteOne(Request request) {
        return requests.deleteOne(collection(request).name(), request.pathParam("key"), request);
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

    private CollectionOverview collection(Request request) {
        return SchemaLookups.itemsCollection(schema.overview(), request.pathParam("collection"));
    }
}

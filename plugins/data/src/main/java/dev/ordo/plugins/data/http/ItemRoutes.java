package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.RouteNotFoundException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.query.QueryParser;
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

    private final DataItemsService items;
    private final SchemaService schema;
    private final QueryParser queries;
    private final Clock clock;
    private final ItemRequests requests;

    public ItemRoutes(DataItemsService items, SchemaService schema, QueryParser queries, Clock clock) {
        this.items = items;
        this.schema = schema;
        this.queries = queries;
        this.clock = clock;
        this.requests = new ItemRequests(items, queries);
    }

    public void register(Router router) {
        router.get("/items/:collection", this::readList);
        router.search("/items/:collection", this::search);
        router.get("/items/:collection/:key", this::readOne);
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
            return single(collection, query, items.readSingleton(collection.name(), query, request.accountability()),
                request);
        }
        return list(collection, query, items.read(collection.name(), query, request.accountability()));
    }

    /** The body is checked before a system collection is refused, as Directus's validate-batch runs first. */
    private Response search(Request request) {
        CollectionOverview existing = existingCollection(request);
        ItemRequests.Search search = requests.search(request);
        CollectionOverview collection = SchemaLookups.userCollection(existing);
        Query query = search.query();
        if (collection.singleton()) {
            return single(collection, query, items.readSingleton(collection.name(), query, request.accountability()),
                request);
        }
        if (search.keys().isPresent()) {
            List<Map<String, Object>> found = items.readMany(collection.name(), search.keys().get(), query,
                request.accountability());
            return list(collection, query, new ReadResult(found, meta(collection, query, request)));
        }
        return list(collection, query, items.read(collection.name(), query, request.accountability()));
    }

    private Response readOne(Request request) {
        CollectionOverview collection = collection(request);
        Query query = queries.fromQueryString(request.queryString());
        Map<String, Object> item = items.readOne(collection.name(), request.pathParam("key"), query,
            request.accountability());
        return single(collection, query, item, request);
    }

    private Response create(Request request) {
        CollectionOverview collection = collection(request);
        if (collection.singleton()) {
            throw new RouteNotFoundException(request.path());
        }
        return requests.create(collection.name(), request);
    }

    /**
     * A batch body is checked before a system collection is refused, as Directus's validate-batch runs first; a
     * singleton's body is its item, not a batch.
     */
    private Response updateMany(Request request) {
        CollectionOverview existing = existingCollection(request);
        if (!existing.singleton()) {
            ItemRequests.ManyBody body = ItemRequests.ManyBody.update(request);
            return requests.updateMany(SchemaLookups.userCollection(existing).name(), body, request);
        }
        CollectionOverview collection = SchemaLookups.userCollection(existing);
        Map<String, Object> item = RequestBodies.object(RequestBodies.required(request), "body");
        Query query = requests.readBackQuery(collection.name(), request);
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

    /** As {@link #updateMany}: the body first, then the refusal of a system collection (but not a singleton's). */
    private Response deleteMany(Request request) {
        CollectionOverview existing = existingCollection(request);
        if (existing.singleton()) {
            return requests.deleteMany(SchemaLookups.userCollection(existing).name(), request);
        }
        ItemRequests.ManyBody body = ItemRequests.ManyBody.delete(request);
        return requests.deleteMany(SchemaLookups.userCollection(existing).name(), body, request);
    }

    private Response deleteOne(Request request) {
        return requests.deleteOne(collection(request).name(), request.pathParam("key"), request);
    }

    /** A list answer: {@code {data, meta?}}, or the export file when {@code export} is set. */
    private Response list(CollectionOverview collection, Query query, ReadResult result) {
        return ReadResponses.list(collection.name(), query, result, clock);
    }

    /** A one-item answer; a singleton's carries the meta counts it asks for, as a list's does. */
    private Response single(CollectionOverview collection, Query query, Map<String, Object> item, Request request) {
        return ReadResponses.exported(collection.name(), query, item, clock)
            .orElseGet(() -> collection.singleton() && !query.meta().isEmpty()
                ? Response.data(item, meta(collection, query, request)) : Response.data(item));
    }

    /** The meta counts of {@code query}, whatever items were read (Directus counts them apart from the read). */
    private Map<String, Object> meta(CollectionOverview collection, Query query, Request request) {
        if (query.meta().isEmpty()) {
            return Map.of();
        }
        return items.read(collection.name(), query.withLimit(Optional.of(0)), request.accountability()).meta();
    }

    private CollectionOverview collection(Request request) {
        return SchemaLookups.itemsCollection(schema.overview(), request.pathParam("collection"));
    }

    /** The collection the path names, system ones included, as Directus's collection-exists middleware finds it. */
    private CollectionOverview existingCollection(Request request) {
        return SchemaLookups.tableCollection(schema.overview(), request.pathParam("collection"));
    }
}

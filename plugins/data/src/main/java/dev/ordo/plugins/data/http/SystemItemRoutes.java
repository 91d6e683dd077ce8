package dev.ordo.plugins.data.http;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.query.QueryParser;
import java.time.Clock;
import java.util.Map;

/**
 * The routes of a system collection under its own path, with the semantics of {@code /items} (DATA-API.md §2.9):
 * read-only for {@code /activity} and {@code /revisions}, every read and write form for {@code /roles},
 * {@code /users} and the other collections of access control. Reads take {@code export} as {@code /items} does.
 */
public final class SystemItemRoutes {

    private final DataItemsService items;
    private final ItemRequests requests;
    private final Clock clock;

    /** @param clock dates the file names of exports */
    public SystemItemRoutes(DataItemsService items, QueryParser queries, Clock clock) {
        this.items = items;
        this.requests = new ItemRequests(items, queries);
        this.clock = clock;
    }

    /** Registers the read routes of {@code collection} under {@code path} (e.g. {@code /activity}). */
    public void registerReads(Router router, String path, String collection) {
        router.get(path, request -> list(collection, queries().fromQueryString(request.queryString()), request));
        router.search(path, request -> search(collection, request));
        router.get(path + "/:key", request -> readOne(collection, request));
    }

    /** Registers the read routes and every write route of {@code collection} under {@code path}. */
    public void registerAll(Router router, String path, String collection) {
        registerReads(router, path, collection);
        router.post(path, request -> requests.create(collection, request));
        router.patch(path, request -> requests.updateMany(collection, request));
        router.patch(path + "/:key", request -> requests.updateOne(collection, request.pathParam("key"), request));
        router.delete(path, request -> requests.deleteMany(collection, request));
        router.delete(path + "/:key", request -> requests.deleteOne(collection, request.pathParam("key"), request));
    }

    private QueryParser queries() {
        return requests.queries();
    }

    private Response search(String collection, Request request) {
        ItemRequests.Search search = requests.search(request);
        if (search.keys().isPresent()) {
            return Response.data(items.readMany(collection, search.keys().get(), search.query(),
                request.accountability()));
        }
        return list(collection, search.query(), request);
    }

    private Response readOne(String collection, Request request) {
        Query query = queries().fromQueryString(request.queryString());
        Map<String, Object> item = items.readOne(collection, request.pathParam("key"), query,
            request.accountability());
        return ReadResponses.exported(collection, query, item, clock).orElseGet(() -> Response.data(item));
    }

    private Response list(String collection, Query query, Request request) {
        return ReadResponses.list(collection, query, items.read(collection, query, request.accountability()), clock);
    }
}

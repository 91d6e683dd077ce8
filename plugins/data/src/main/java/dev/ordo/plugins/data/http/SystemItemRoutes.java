package dev.ordo.plugins.data.http;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.query.QueryParser;
import java.util.List;
import java.util.Map;

/**
 * The read routes of a system collection under its own path, with the semantics of {@code /items} (DATA-API.md §2.9):
 * {@code GET /activity}, {@code SEARCH /activity}, {@code GET /activity/:key}, and the same for revisions.
 */
public final class SystemItemRoutes {

    private final ItemsService items;
    private final QueryParser queries;

    public SystemItemRoutes(ItemsService items, QueryParser queries) {
        this.items = items;
        this.queries = queries;
    }

    /** Registers the read routes of {@code collection} under {@code path} (e.g. {@code /activity}). */
    public void registerReads(Router router, String path, String collection) {
        router.get(path, request -> list(collection, queries.fromQueryString(request.queryString()), request));
        router.search(path, request -> search(collection, request));
        router.get(path + "/:key", request -> Response.data(items.readOne(collection, request.pathParam("key"),
            queries.fromQueryString(request.queryString()), request.accountability())));
    }

    private Response search(String collection, Request request) {
        Map<String, Object> body = RequestBodies.optionalObject(request);
        Query query = body.get("query") instanceof Map<?, ?> map ? queries.fromJson(RequestBodies.stringKeys(map))
            : queries.fromQueryString(request.queryString());
        if (body.containsKey("keys")) {
            List<?> keys = RequestBodies.list(body.get("keys"), "keys");
            return Response.data(items.readMany(collection, keys, query, request.accountability()));
        }
        return list(collection, query, request);
    }

    private Response list(String collection, Query query, Request request) {
        ReadResult result = items.read(collection, query, request.accountability());
        return query.meta().isEmpty() ? Response.data(result.data()) : Response.data(result.data(), result.meta());
    }
}

package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.introspection.ItemAccessCheck;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.query.QueryParser;
import java.util.List;
import java.util.Map;

/**
 * {@code /comments} (DATA-API.md §2.9): {@code directus_comments} with every {@code /items} form, and the checks of
 * Directus's comments service. Comments are written by users only; a created comment needs its text, its collection
 * and its item, in that order (400 {@code INVALID_PAYLOAD} before any permission is looked at), and the caller must
 * be able to read the item commented on (an admin only needs its collection to exist).
 */
public final class CommentRoutes {

    private static final String PATH = "/comments";
    private static final String COLLECTION = "directus_comments";
    private static final List<String> REQUIRED = List.of("comment", "collection", "item");

    private final SchemaService schema;
    private final ItemRequests requests;
    private final ItemAccessCheck itemAccess;
    private final SystemItemRoutes system;

    /** @param system the read routes {@code /comments} shares with the other system collections */
    public CommentRoutes(DataItemsService items, SchemaService schema, QueryParser queries, AccessRules rules,
                         SystemItemRoutes system) {
        this.schema = schema;
        this.requests = new ItemRequests(items, queries);
        this.itemAccess = new ItemAccessCheck(rules, items);
        this.system = system;
    }

    public void register(Router router) {
        system.registerReads(router, PATH, COLLECTION);
        router.post(PATH, this::create);
        router.patch(PATH, request -> requests.updateMany(COLLECTION, request));
        router.patch(PATH + "/:key", request -> {
            requireUser(request.accountability());
            return requests.updateOne(COLLECTION, request.pathParam("key"), request);
        });
        router.delete(PATH, request -> requests.deleteMany(COLLECTION, request));
        router.delete(PATH + "/:key", request -> {
            requireUser(request.accountability());
            return requests.deleteOne(COLLECTION, request.pathParam("key"), request);
        });
    }

    /** Each comment of a batch is checked before any is written, so one refused refuses them all. */
    private Response create(Request request) {
        Accountability caller = request.accountability();
        Object body = RequestBodies.required(request);
        List<?> comments = body instanceof List<?> list ? list : List.of(body);
        SchemaOverview overview = schema.overview();
        for (Object comment : comments) {
            check(RequestBodies.object(comment, "body"), caller, overview);
        }
        return requests.create(COLLECTION, request);
    }

    private void check(Map<String, Object> comment, Accountability caller, SchemaOverview overview) {
        requireUser(caller);
        for (String field : REQUIRED) {
            if (RequestBodies.isFalsy(comment.get(field))) {
                throw new InvalidPayloadException("\"" + field + "\" is required");
            }
        }
        String collection = String.valueOf(comment.get("collection"));
        if (overview.collection(collection).isEmpty()) {
            throw new ForbiddenException("You don't have permission to \"read\" from collection \"" + collection
                + "\" or it does not exist.");
        }
        if (!itemAccess.allows(caller, overview, collection, String.valueOf(comment.get("item")), Action.READ)) {
            throw new ForbiddenException("You don't have permission to perform \"read\" for collection \""
                + collection + "\" or it does not exist.");
        }
    }

    private static void requireUser(Accountability caller) {
        if (caller.user().isEmpty()) {
            throw new ForbiddenException();
        }
    }
}

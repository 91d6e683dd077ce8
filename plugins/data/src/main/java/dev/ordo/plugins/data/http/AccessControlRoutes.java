package dev.ordo.plugins.data.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidCredentialsException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.introspection.CollectionAccess;
import dev.ordo.plugins.data.introspection.ItemAccessCheck;
import dev.ordo.plugins.data.introspection.PolicyGlobals;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.items.FilterVariables;
import dev.ordo.plugins.data.query.QueryParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collections of access control under their own paths (PLATFORM.md §2.7, DATA-API.md §2.9): {@code /roles},
 * {@code /policies}, {@code /access}, {@code /permissions} and {@code /users} with every {@code /items} form, and what
 * callers ask about themselves: {@code /permissions/me}, {@code /policies/me/globals}, {@code /roles/me},
 * {@code GET} and {@code PATCH /users/me} and {@code PATCH /users/me/track/page}.
 */
public final class AccessControlRoutes {

    private static final List<SystemPath> COLLECTIONS = List.of(
        new SystemPath("/roles", "directus_roles"),
        new SystemPath("/policies", "directus_policies"),
        new SystemPath("/access", "directus_access"),
        new SystemPath("/permissions", "directus_permissions"),
        new SystemPath("/users", "directus_users"));

    private final DataItemsService items;
    private final SchemaService schema;
    private final QueryParser queries;
    private final ItemRequests requests;
    private final CollectionAccess collectionAccess;
    private final ItemAccessCheck itemAccess;
    private final PolicyGlobals globals;
    private final SystemItemRoutes system;

    /** @param system the routes every access-control collection is served by under its own path */
    public AccessControlRoutes(DataItemsService items, SchemaService schema, QueryParser queries, AccessRules rules,
                               FilterVariables variables, SystemItemRoutes system) {
        this.items = items;
        this.schema = schema;
        this.queries = queries;
        this.requests = new ItemRequests(items, queries);
        this.collectionAccess = new CollectionAccess(rules, variables);
        this.itemAccess = new ItemAccessCheck(rules, items);
        this.globals = new PolicyGlobals(items);
        this.system = system;
    }

    public void register(Router router) {
        COLLECTIONS.forEach(route -> system.registerAll(router, route.path(), route.collection()));
        router.get("/permissions/me", this::permissions);
        router.get("/permissions/me/:collection", request -> itemPermissions(request, Optional.empty()));
        router.get("/permissions/me/:collection/:key",
            request -> itemPermissions(request, Optional.of(request.pathParam("key"))));
        router.get("/policies/me/globals", this::policyGlobals);
        router.get("/roles/me", this::roles);
        router.get("/users/me", this::readOwnUser);
        router.patch("/users/me", this::updateOwnUser);
        router.patch("/users/me/track/page", this::trackPage);
    }

    private Response permissions(Request request) {
        Accountability caller = identified(request);
        return Response.data(collectionAccess.of(caller, schema.overview()));
    }

    private Response itemPermissions(Request request, Optional<String> key) {
        Accountability caller = request.accountability();
        if (caller.user().isEmpty()) {
            throw new ForbiddenException();
        }
        return Response.data(itemAccess.of(caller, schema.overview(), request.pathParam("collection"), key));
    }

    /** Callers without a user or role have no globals to speak of. */
    private Response policyGlobals(Request request) {
        Accountability caller = request.accountability();
        boolean identified = caller.user().isPresent() || caller.role().isPresent();
        return Response.data(identified ? globals.of(caller) : PolicyGlobals.none());
    }

    /** The caller's role chain, or only its ids when they may not read the roles. */
    private Response roles(Request request) {
        Accountability caller = identified(request);
        Query query = queries.fromQueryString(request.queryString()).withLimit(Optional.of(-1));
        List<String> chain = caller.roles();
        try {
            return Response.data(chain.isEmpty() ? List.of()
                : items.readMany("directus_roles", chain, query, caller));
        } catch (ForbiddenException e) {
            return Response.data(chain.stream().map(id -> Map.of("id", id)).toList());
        }
    }

    /**
     * The caller's own user with the query's fields; a caller without a user is 401, and one who may not read the
     * users collection gets only its id, as in Directus.
     */
    private Response readOwnUser(Request request) {
        Accountability caller = request.accountability();
        String user = caller.user().orElseThrow(InvalidCredentialsException::new);
        Query query = queries.fromQueryString(request.queryString());
        try {
            return Response.data(items.readOne("directus_users", user, query, caller));
        } catch (ForbiddenException e) {
            return Response.data(Map.of("id", user));
        }
    }

    private Response updateOwnUser(Request request) {
        String user = request.accountability().user().orElseThrow(InvalidCredentialsException::new);
        return requests.updateOne("directus_users", user, request);
    }

    /**
     * The page of the app the caller was last on, kept on their own user. Every signed-in user may keep it, so it is
     * written without their permissions, as Directus writes it; the answer is empty.
     */
    private Response trackPage(Request request) {
        String user = request.accountability().user().orElseThrow(InvalidCredentialsException::new);
        Object page = request.jsonBody().filter(Map.class::isInstance).map(body -> ((Map<?, ?>) body).get("last_page"))
            .orElse(null);
        if (page == null || "".equals(page) || Boolean.FALSE.equals(page)
            || page instanceof Number number && number.doubleValue() == 0) {
            throw new InvalidPayloadException("\"last_page\" key is required");
        }
        if (!(page instanceof String || page instanceof Number || page instanceof Boolean)) {
            throw new InvalidPayloadException("\"last_page\" must be a string");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("last_page", String.valueOf(page));
        items.updateOne("directus_users", user, changes, Accountability.system());
        return Response.noContent();
    }

    private static Accountability identified(Request request) {
        Accountability caller = request.accountability();
        if (caller.user().isEmpty() && caller.role().isEmpty()) {
            throw new ForbiddenException();
        }
        return caller;
    }

    private record SystemPath(String path, String collection) {
    }
}

package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.schema.management.AdminOnly;
import dev.ordo.plugins.data.schema.management.RelationsService;
import dev.ordo.plugins.data.wire.RelationSerializer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /relations}: reading every relation, those whose many side is a collection, or one; and (admins only)
 * creating, changing and deleting relations, answered with the relation read back from the new overview.
 */
public final class RelationRoutes {

    private final SchemaService schema;
    private final SchemaReadAccess access;
    private final Optional<RelationsService> management;

    /** The read routes only. */
    public RelationRoutes(SchemaService schema, SchemaReadAccess access) {
        this(schema, access, Optional.empty());
    }

    public RelationRoutes(SchemaService schema, SchemaReadAccess access, RelationsService management) {
        this(schema, access, Optional.of(management));
    }

    private RelationRoutes(SchemaService schema, SchemaReadAccess access, Optional<RelationsService> management) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.access = Objects.requireNonNull(access, "access");
        this.management = management;
    }

    public void register(Router router) {
        router.get("/relations", this::all);
        router.get("/relations/:collection", this::ofCollection);
        router.get("/relations/:collection/:field", this::one);
        if (management.isPresent()) {
            router.post("/relations", AdminOnly.guard(this::create));
            router.patch("/relations/:collection/:field", AdminOnly.guard(this::update));
            router.delete("/relations/:collection/:field", AdminOnly.guard(this::delete));
        }
    }

    /** The relations the caller may read every side of; 403 without a read permission on directus_relations. */
    Response all(Request request) {
        return Response.data(readable(schema.overview().relations(), request));
    }

    Response ofCollection(Request request) {
        SchemaOverview overview = schema.overview();
        String collection = SchemaLookups.tableCollection(overview, request.pathParam("collection")).name();
        return Response.data(readable(overview.relationsOf(collection), request));
    }

    Response one(Request request) {
        SchemaOverview overview = schema.overview();
        String collection = SchemaLookups.tableCollection(overview, request.pathParam("collection")).name();
        String field = request.pathParam("field");
        ReadableSchema readable = access.of(request.accountability());
        readable.requireRelations();
        if (!readable.field(collection, field)) {
            throw new ForbiddenException();
        }
        Relation relation = SchemaLookups.relation(overview, collection, field);
        if (!readable.relation(relation)) {
            throw new ForbiddenException();
        }
        return Response.data(RelationSerializer.toJson(relation));
    }

    private List<Map<String, Object>> readable(List<Relation> relations, Request request) {
        ReadableSchema readable = access.of(request.accountability());
        readable.requireRelations();
        return relations.stream().filter(readable::relation).map(RelationSerializer::toJson).toList();
    }

    Response create(Request request) throws Exception {
        return readBack(management.orElseThrow().create(request.accountability(), request.jsonBody().orElse(Map.of())));
    }

    Response update(Request request) throws Exception {
        return readBack(management.orElseThrow().update(request.accountability(), request.pathParam("collection"),
            request.pathParam("field"), request.jsonBody().orElse(Map.of())));
    }

    Response delete(Request request) throws Exception {
        management.orElseThrow().delete(request.accountability(), request.pathParam("collection"),
            request.pathParam("field"));
        return Response.noContent();
    }

    private Response readBack(RelationsService.Key key) {
        return schema.overview().relation(key.collection(), key.field())
            .map(relation -> Response.data(RelationSerializer.toJson(relation)))
            .orElseGet(Response::noContent);
    }
}

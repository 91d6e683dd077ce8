package dev.ordo.plugins.data.http;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.wire.RelationSerializer;
import java.util.Objects;

/**
 * {@code GET /relations}, {@code GET /relations/:collection} (the relations whose many side is the collection)
 * and {@code GET /relations/:collection/:field}.
 */
public final class RelationRoutes {

    private final SchemaService schema;
    private final SchemaReadAccess access;

    public RelationRoutes(SchemaService schema, SchemaReadAccess access) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.access = Objects.requireNonNull(access, "access");
    }

    public void register(Router router) {
        router.get("/relations", access.guard(this::all));
        router.get("/relations/:collection", access.guard(this::ofCollection));
        router.get("/relations/:collection/:field", access.guard(this::one));
    }

    Response all(Request request) {
        return Response.data(schema.overview().relations().stream().map(RelationSerializer::toJson).toList());
    }

    Response ofCollection(Request request) {
        SchemaOverview overview = schema.overview();
        String collection = SchemaLookups.collection(overview, request.pathParam("collection")).name();
        return Response.data(overview.relationsOf(collection).stream().map(RelationSerializer::toJson).toList());
    }

    Response one(Request request) {
        SchemaOverview overview = schema.overview();
        String collection = SchemaLookups.collection(overview, request.pathParam("collection")).name();
        return Response.data(RelationSerializer.toJson(
            SchemaLookups.relation(overview, collection, request.pathParam("field"))));
    }
}

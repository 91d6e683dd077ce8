package dev.ordo.plugins.data.http;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.wire.FieldSerializer;
import java.util.Objects;

/** {@code GET /fields}, {@code GET /fields/:collection} and {@code GET /fields/:collection/:field}. */
public final class FieldRoutes {

    private final SchemaService schema;
    private final SchemaReadAccess access;

    public FieldRoutes(SchemaService schema, SchemaReadAccess access) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.access = Objects.requireNonNull(access, "access");
    }

    public void register(Router router) {
        router.get("/fields", access.guard(this::all));
        router.get("/fields/:collection", access.guard(this::ofCollection));
        router.get("/fields/:collection/:field", access.guard(this::one));
    }

    Response all(Request request) {
        return Response.data(schema.overview().collections().values().stream()
            .flatMap(collection -> collection.fields().values().stream())
            .map(FieldSerializer::toJson)
            .toList());
    }

    Response ofCollection(Request request) {
        CollectionOverview collection = SchemaLookups.collection(schema.overview(), request.pathParam("collection"));
        return Response.data(collection.fields().values().stream().map(FieldSerializer::toJson).toList());
    }

    Response one(Request request) {
        CollectionOverview collection = SchemaLookups.collection(schema.overview(), request.pathParam("collection"));
        return Response.data(FieldSerializer.toJson(SchemaLookups.field(collection, request.pathParam("field"))));
    }
}

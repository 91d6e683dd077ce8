package dev.ordo.plugins.data.http;

import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.wire.CollectionSerializer;
import java.util.Objects;

/** {@code GET /collections} and {@code GET /collections/:collection}: tables, system collections and folders. */
public final class CollectionRoutes {

    private final SchemaService schema;
    private final SchemaReadAccess access;

    public CollectionRoutes(SchemaService schema, SchemaReadAccess access) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.access = Objects.requireNonNull(access, "access");
    }

    public void register(Router router) {
        router.get("/collections", access.guard(this::list));
        router.get("/collections/:collection", access.guard(this::one));
    }

    Response list(Request request) {
        return Response.data(schema.overview().collections().values().stream().map(CollectionSerializer::toJson).toList());
    }

    Response one(Request request) {
        return Response.data(CollectionSerializer.toJson(
            SchemaLookups.collection(schema.overview(), request.pathParam("collection"))));
    }
}

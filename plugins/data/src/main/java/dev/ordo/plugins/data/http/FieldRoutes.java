package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.schema.management.AdminOnly;
import dev.ordo.plugins.data.schema.management.FieldsService;
import dev.ordo.plugins.data.wire.FieldSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /fields}: reading the fields of every collection, of one, or one field; and (admins only) creating,
 * changing and deleting fields, answered with the fields read back from the new overview.
 */
public final class FieldRoutes {

    private final SchemaService schema;
    private final SchemaReadAccess access;
    private final Optional<FieldsService> management;

    /** The read routes only. */
    public FieldRoutes(SchemaService schema, SchemaReadAccess access) {
        this(schema, access, Optional.empty());
    }

    public FieldRoutes(SchemaService schema, SchemaReadAccess access, FieldsService management) {
        this(schema, access, Optional.of(management));
    }

    private FieldRoutes(SchemaService schema, SchemaReadAccess access, Optional<FieldsService> management) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.access = Objects.requireNonNull(access, "access");
        this.management = management;
    }

    public void register(Router router) {
        router.get("/fields", this::all);
        router.get("/fields/:collection", this::ofCollection);
        router.get("/fields/:collection/:field", this::one);
        if (management.isPresent()) {
            router.post("/fields/:collection", AdminOnly.guard(this::create));
            router.patch("/fields/:collection", AdminOnly.guard(this::updateMany));
            router.patch("/fields/:collection/:field", AdminOnly.guard(this::update));
            router.delete("/fields/:collection/:field", AdminOnly.guard(this::delete));
        }
    }

    /** The fields the caller's read permissions list, of every collection. */
    Response all(Request request) {
        ReadableSchema readable = access.of(request.accountability());
        readable.requireFields();
        return Response.data(schema.overview().collections().values().stream()
            .flatMap(collection -> collection.fields().values().stream())
            .filter(field -> readable.field(field.collection(), field.name()))
            .map(FieldSerializer::toJson)
            .toList());
    }

    /**
     * The fields of one collection the caller's read permissions list; 403 without a read permission on it or on
     * directus_fields.
     */
    Response ofCollection(Request request) {
        CollectionOverview collection = SchemaLookups.tableCollection(schema.overview(), request.pathParam("collection"));
        ReadableSchema readable = access.of(request.accountability());
        readable.requireFields();
        if (!readable.collection(collection.name())) {
            throw new ForbiddenException();
        }
        return Response.data(collection.fields().values().stream()
            .filter(field -> readable.field(collection.name(), field.name()))
            .map(FieldSerializer::toJson)
            .toList());
    }

    Response one(Request request) {
        CollectionOverview collection = SchemaLookups.tableCollection(schema.overview(), request.pathParam("collection"));
        String field = request.pathParam("field");
        ReadableSchema readable = access.of(request.accountability());
        readable.requireCollection(collection.name());
        if (!readable.field(collection.name(), field)) {
            throw new ForbiddenException();
        }
        return Response.data(FieldSerializer.toJson(SchemaLookups.field(collection, field)));
    }

    Response create(Request request) throws Exception {
        String collection = request.pathParam("collection");
        String field = management.orElseThrow().create(request.accountability(), collection,
            request.jsonBody().orElse(Map.of()));
        return readBackOne(collection, field);
    }

    Response updateMany(Request request) throws Exception {
        String collection = request.pathParam("collection");
        List<String> fields = management.orElseThrow().updateMany(request.accountability(), collection,
            request.jsonBody().orElse(null));
        SchemaOverview overview = schema.overview();
        List<Map<String, Object>> data = new ArrayList<>();
        for (String field : fields) {
            overview.collection(collection).flatMap(found -> found.field(field)).map(FieldSerializer::toJson)
                .ifPresent(data::add);
        }
        return Response.data(data);
    }

    Response update(Request request) throws Exception {
        String collection = request.pathParam("collection");
        String field = management.orElseThrow().update(request.accountability(), collection,
            request.pathParam("field"), request.jsonBody().orElse(Map.of()));
        return readBackOne(collection, field);
    }

    Response delete(Request request) throws Exception {
        management.orElseThrow().delete(request.accountability(), request.pathParam("collection"),
            request.pathParam("field"));
        return Response.noContent();
    }

    private Response readBackOne(String collection, String field) {
        return schema.overview().collection(collection).flatMap(found -> found.field(field))
            .map(found -> Response.data(FieldSerializer.toJson(found)))
            .orElseGet(Response::noContent);
    }
}

package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.schema.management.AdminOnly;
import dev.ordo.plugins.data.schema.management.CollectionsService;
import dev.ordo.plugins.data.wire.CollectionSerializer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /collections}: reading tables, system collections and folders, and (admins only) creating, changing and
 * deleting them. Writes answer with the collections read back from the new overview, in the shape reads have.
 */
public final class CollectionRoutes {

    private final SchemaService schema;
    private final SchemaReadAccess access;
    private final Optional<CollectionsService> management;

    /** The read routes only. */
    public CollectionRoutes(SchemaService schema, SchemaReadAccess access) {
        this(schema, access, Optional.empty());
    }

    public CollectionRoutes(SchemaService schema, SchemaReadAccess access, CollectionsService management) {
        this(schema, access, Optional.of(management));
    }

    private CollectionRoutes(SchemaService schema, SchemaReadAccess access, Optional<CollectionsService> management) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.access = Objects.requireNonNull(access, "access");
        this.management = management;
    }

    public void register(Router router) {
        router.get("/collections", this::list);
        router.search("/collections", this::search);
        router.get("/collections/:collection", this::one);
        if (management.isPresent()) {
            router.post("/collections", AdminOnly.guard(this::create));
            router.patch("/collections", AdminOnly.guard(this::updateBatch));
            router.patch("/collections/:collection", AdminOnly.guard(this::update));
            router.delete("/collections/:collection", AdminOnly.guard(this::delete));
        }
    }

    /** The collections the caller may read, and the folders they sit in. */
    Response list(Request request) {
        return Response.data(access.of(request.accountability()).listed(schema.overview()).stream()
            .map(CollectionSerializer::toJson).toList());
    }

    /**
     * {@code SEARCH /collections}: what a list shows, or only those {@code keys} names; a name the caller may not read
     * is 403 (for admins, unknown names are left out).
     */
    Response search(Request request) {
        Optional<List<?>> keys = BatchBody.read(request.jsonBody().orElse(Map.of())).keys();
        ReadableSchema readable = access.of(request.accountability());
        keys.ifPresent(names -> names.forEach(name -> readable.requireCollection(String.valueOf(name))));
        return Response.data(readable.listed(schema.overview()).stream()
            .filter(collection -> keys.map(names -> names.contains(collection.name())).orElse(true))
            .map(CollectionSerializer::toJson)
            .toList());
    }

    Response one(Request request) {
        String name = request.pathParam("collection");
        access.of(request.accountability()).requireCollection(name);
        return Response.data(CollectionSerializer.toJson(SchemaLookups.collection(schema.overview(), name)));
    }

    /** One collection ({@code {data: Collection}}) or an array of them ({@code {data: Collection[]}}). */
    Response create(Request request) throws Exception {
        Object body = request.jsonBody().orElse(Map.of());
        if (body instanceof List<?> list) {
            List<Map<String, Object>> payloads = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                payloads.add(object(list.get(i), "[" + i + "]"));
            }
            return Response.data(readBack(management.orElseThrow().create(request.accountability(), payloads)));
        }
        List<String> created = management.orElseThrow().create(request.accountability(), List.of(object(body, "value")));
        return readBackOne(created.get(0));
    }

    /** An array of {@code {collection, meta}}, or {@code {keys, data}}. */
    Response updateBatch(Request request) throws Exception {
        Object body = request.jsonBody().orElse(null);
        CollectionsService service = management.orElseThrow();
        if (body instanceof List<?> list) {
            List<Map<String, Object>> payloads = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                payloads.add(object(list.get(i), "[" + i + "]"));
            }
            return Response.data(readBack(service.updateBatch(request.accountability(), payloads)));
        }
        if (body instanceof Map<?, ?> map && map.get("keys") instanceof List<?> keys) {
            List<String> collections = new ArrayList<>();
            for (Object key : keys) {
                if (!(key instanceof String collection)) {
                    throw new InvalidPayloadException("\"keys\" must be an array of strings");
                }
                collections.add(collection);
            }
            return Response.data(readBack(service.updateMany(request.accountability(), collections,
                object(map.get("data"), "data"))));
        }
        throw new InvalidPayloadException("Input should be an array of collection changes");
    }

    Response update(Request request) throws Exception {
        String updated = management.orElseThrow().update(request.accountability(), request.pathParam("collection"),
            object(request.jsonBody().orElse(Map.of()), "value"));
        return readBackOne(updated);
    }

    Response delete(Request request) throws Exception {
        management.orElseThrow().delete(request.accountability(), request.pathParam("collection"));
        return Response.noContent();
    }

    private List<Map<String, Object>> readBack(List<String> collections) {
        SchemaOverview overview = schema.overview();
        List<Map<String, Object>> data = new ArrayList<>();
        for (String collection : collections) {
            overview.collection(collection).map(CollectionSerializer::toJson).ifPresent(data::add);
        }
        return data;
    }

    /** A collection that a create left without table and row does not exist: reading it back is forbidden. */
    private Response readBackOne(String collection) {
        return schema.overview().collection(collection)
            .map(found -> Response.data(CollectionSerializer.toJson(found)))
            .orElseThrow(ForbiddenException::new);
    }

    private static Map<String, Object> object(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"" + name + "\" must be of type object");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, entry) -> copy.put(String.valueOf(key), entry));
        return copy;
    }
}

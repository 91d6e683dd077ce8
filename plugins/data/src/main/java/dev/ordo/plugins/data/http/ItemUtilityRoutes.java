package dev.ordo.plugins.data.http;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.error.UnsupportedMediaTypeException;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.Router;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.items.ItemFileImport;
import dev.ordo.plugins.data.query.QueryParser;
import dev.ordo.plugins.data.transfer.ExportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code /utils} endpoints that work on items (DATA-API.md §2.6): {@code POST /utils/revert/:revision},
 * {@code POST /utils/sort/:collection}, {@code POST /utils/import/:collection} and
 * {@code POST /utils/export/:collection}. Every write goes through the items service under the caller's permissions.
 */
public final class ItemUtilityRoutes {

    private static final String REVISIONS = "directus_revisions";
    private static final List<String> SORT_KEYS = List.of("item", "to");

    private final DataItemsService items;
    private final SchemaService schema;
    private final QueryParser queries;
    private final ItemFileImport imports;

    public ItemUtilityRoutes(DataItemsService items, SchemaService schema, QueryParser queries) {
        this.items = Objects.requireNonNull(items, "items");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.imports = new ItemFileImport(items);
    }

    public void register(Router router) {
        router.post("/utils/revert/:revision", this::revert);
        router.post("/utils/sort/:collection", this::sort);
        router.post("/utils/import/:collection", this::importFile);
        router.post("/utils/export/:collection", this::export);
    }

    /**
     * Applies a revision's {@code data} to its item with a normal update, so the revert is itself logged. A revision
     * the caller may not read, or that does not exist, is 403; one without data is 400, as in Directus.
     */
    Response revert(Request request) {
        Map<String, Object> revision = items.readOne(REVISIONS, request.pathParam("revision"),
            Query.fields(List.of("collection", "item", "data")), request.accountability());
        if (!(revision.get("data") instanceof Map<?, ?> data)) {
            throw new InvalidPayloadException("Revision doesn't contain data to revert to");
        }
        Object collection = revision.get("collection");
        if (!(collection instanceof String name)) {
            throw new ForbiddenException();
        }
        items.updateOne(name, revision.get("item"), RequestBodies.stringKeys(data), request.accountability());
        return Response.noContent();
    }

    /** {@code {item, to}}: moves {@code item} to the place of {@code to}; 200 with an empty body, as Directus answers. */
    Response sort(Request request) {
        CollectionOverview collection = collection(request);
        Map<String, Object> body = sortBody(request.jsonBody());
        items.sort(collection.name(), body.get("item"), body.get("to"), request.accountability());
        return emptyOk();
    }

    /**
     * Imports every file part of a {@code multipart/form-data} body, each in its own transaction; 200 with an empty
     * body. Anything but a multipart body is 415, as is a file of a type that cannot be imported.
     */
    Response importFile(Request request) {
        // Any collection with a table, as Directus's collection-exists middleware has it.
        CollectionOverview collection = SchemaLookups.tableCollection(schema.overview(), request.pathParam("collection"));
        Optional<String> contentType = request.header("Content-Type");
        if (!request.contentType().map("multipart/form-data"::equals).orElse(false)) {
            throw unsupportedContentType(contentType);
        }
        // Directus's ImportService: system collections are for admins only.
        if (SystemSchema.isSystemName(collection.name()) && !request.accountability().admin()) {
            throw new ForbiddenException();
        }
        MultipartBody body = MultipartBody.of(request.bodyStream(), contentType.orElseThrow());
        boolean imported = false;
        try {
            for (Optional<MultipartBody.FilePart> file = body.nextFile(); file.isPresent(); file = body.nextFile()) {
                imports.importFile(collection.name(), file.get().mediaType(), file.get().content(),
                    request.accountability());
                imported = true;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidPayloadException("The uploaded file could not be read");
        }
        if (!imported) {
            throw new InvalidPayloadException("No file to import");
        }
        return emptyOk();
    }

    /**
     * Directus writes the export to a new file of its files module, in the background. Ordo has no files module yet,
     * so a valid request is answered 503 rather than accepted and lost.
     */
    Response export(Request request) {
        collection(request);
        Map<String, Object> body = RequestBodies.optionalObject(request);
        if (RequestBodies.isFalsy(body.get("query"))) {
            throw new InvalidPayloadException("\"query\" is required");
        }
        if (RequestBodies.isFalsy(body.get("format"))) {
            throw new InvalidPayloadException("\"format\" is required");
        }
        queries.fromJson(RequestBodies.object(body.get("query"), "query"));
        if (!(body.get("format") instanceof String format) || ExportFormat.of(format).isEmpty()) {
            throw new InvalidPayloadException("\"format\" must be one of [csv, csv_utf8, json, xml, yaml]");
        }
        throw new ServiceUnavailableException("files",
            "The files module is not installed, so the export cannot be stored as a file");
    }

    private CollectionOverview collection(Request request) {
        return SchemaLookups.itemsCollection(schema.overview(), request.pathParam("collection"));
    }

    /** Joi's {@code {item: string|number (required), to: string|number (required)}}, with its messages. */
    private static Map<String, Object> sortBody(Optional<Object> json) {
        Object value = json.orElse(Map.of());
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"value\" must be of type object");
        }
        Map<String, Object> body = RequestBodies.stringKeys(map);
        for (String key : SORT_KEYS) {
            if (!body.containsKey(key)) {
                throw new InvalidPayloadException("\"" + key + "\" is required");
            }
            Object given = body.get(key);
            if ("".equals(given)) {
                throw new InvalidPayloadException("\"" + key + "\" is not allowed to be empty");
            }
            if (!(given instanceof String) && !(given instanceof Number)) {
                throw new InvalidPayloadException("\"" + key + "\" must be one of [string, number]");
            }
        }
        for (String key : body.keySet()) {
            if (!SORT_KEYS.contains(key)) {
                throw new InvalidPayloadException("\"" + key + "\" is not allowed");
            }
        }
        return body;
    }

    /** Directus's 415 for a body that is not multipart; without a Content-Type it names the type "undefined". */
    private static OrdoException unsupportedContentType(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return new OrdoException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type \"undefined\" in Content-Type header.", Map.of("where", "Content-Type header"));
        }
        return new UnsupportedMediaTypeException(contentType.get(), "Content-Type header");
    }

    /** Directus answers {@code res.status(200).end()}: Response's empty body is written as nothing, whatever the status. */
    private static Response emptyOk() {
        return Response.noContent().withStatus(200);
    }
}

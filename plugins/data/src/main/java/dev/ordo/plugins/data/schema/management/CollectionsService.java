package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.TableDefinition;
import dev.ordo.api.schema.TableSchema;
import dev.ordo.plugins.data.http.SchemaLookups;
import dev.ordo.plugins.data.schema.metadata.MetadataTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates, updates and deletes collections (DATA-API.md §2.3): the table with its fields, or metadata only for a
 * folder or a table that exists already, in one transaction per request.
 */
public final class CollectionsService {

    /** What Directus injects when a new table has no primary key: a hidden, read-only auto-increment id. */
    private static final Map<String, Object> INJECTED_ID = Map.of(
        "field", "id",
        "type", "integer",
        "meta", Map.of("hidden", true, "interface", "numeric", "readonly", true),
        "schema", Map.of("is_primary_key", true, "has_auto_increment", true));

    private final SchemaChanges changes;

    public CollectionsService(SchemaChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** Creates each collection, all or none; answers their names in order. */
    public List<String> create(Accountability caller, List<Map<String, Object>> payloads) throws SQLException {
        AdminOnly.require(caller);
        return changes.run(transaction -> {
            List<String> created = new ArrayList<>();
            List<String> createdTables = new ArrayList<>();
            try {
                for (int i = 0; i < payloads.size(); i++) {
                    created.add(createOne(transaction, payloads.get(i), created, createdTables));
                }
            } catch (SQLException | RuntimeException failure) {
                // MySQL has committed each CREATE TABLE already: take the new tables away again.
                if (!transaction.transactionalDdl()) {
                    dropQuietly(transaction, createdTables, failure);
                }
                throw failure;
            }
            return created;
        });
    }

    /** Applies {@code meta} to the collection, creating its metadata row when the table had none. */
    public String update(Accountability caller, String collection, Map<String, Object> payload) throws SQLException {
        AdminOnly.require(caller);
        return updateAll(List.of(Map.entry(collection, payload))).get(0);
    }

    /** {@code PATCH /collections}: an array of {@code {collection, meta}}, all in one transaction. */
    public List<String> updateBatch(Accountability caller, List<Map<String, Object>> payloads) throws SQLException {
        AdminOnly.require(caller);
        List<Map.Entry<String, Map<String, Object>>> updates = new ArrayList<>();
        for (Map<String, Object> payload : payloads) {
            if (!(payload.get("collection") instanceof String collection) || collection.isEmpty()) {
                throw new InvalidPayloadException("Collection in update misses collection key");
            }
            updates.add(Map.entry(collection, payload));
        }
        return updateAll(updates);
    }

    /** {@code PATCH /collections} with {@code {keys, data}}: the same change to each collection. */
    public List<String> updateMany(Accountability caller, List<String> collections, Map<String, Object> data)
        throws SQLException {
        AdminOnly.require(caller);
        return updateAll(collections.stream().map(collection -> Map.entry(collection, data)).toList());
    }

    /**
     * Drops the table and cleans up what refers to the collection: its fields, relations, presets, revisions,
     * activity and permissions, the reverse alias fields of its relations, the many-to-one fields of other
     * collections that point at it, its place in other collections' groups and in the allowed collections of
     * many-to-any relations.
     */
    public void delete(Accountability caller, String collection) throws SQLException {
        AdminOnly.require(caller);
        CollectionOverview existing = SchemaLookups.collection(changes.overview(), collection);
        if (existing.system()) {
            throw new ForbiddenException();
        }
        changes.run(transaction -> {
            deleteOne(transaction, existing);
            return null;
        });
    }

    private List<String> updateAll(List<Map.Entry<String, Map<String, Object>>> updates) throws SQLException {
        SchemaOverview overview = changes.overview();
        for (Map.Entry<String, Map<String, Object>> update : updates) {
            if (SchemaLookups.collection(overview, update.getKey()).system()) {
                throw new ForbiddenException();
            }
            Object meta = update.getValue().get("meta");
            if (meta != null && !(meta instanceof Map<?, ?>)) {
                throw new InvalidPayloadException("\"meta\" must be of type object");
            }
        }
        return changes.run(transaction -> {
            List<String> updated = new ArrayList<>();
            for (Map.Entry<String, Map<String, Object>> update : updates) {
                if (update.getValue().get("meta") instanceof Map<?, ?> meta) {
                    MetadataRowsWriter.writeCollection(transaction, update.getKey(), stringKeys(meta));
                }
                updated.add(update.getKey());
            }
            return updated;
        });
    }

    private String createOne(SchemaTransaction transaction, Map<String, Object> payload, List<String> earlier,
                             List<String> createdTables) throws SQLException {
        String collection = name(payload.get("collection"));
        Object schema = payload.get("schema");
        if (schema != null && !(schema instanceof Map<?, ?>)) {
            throw new InvalidPayloadException("\"schema\" must be of type object");
        }
        Object meta = payload.get("meta");
        if (meta != null && !(meta instanceof Map<?, ?>)) {
            throw new InvalidPayloadException("\"meta\" must be of type object");
        }
        List<FieldPayload> fields = fields(payload.get("fields"));
        boolean tableExists = transaction.hasTable(collection);
        boolean described = earlier.contains(collection) || MetadataRowsWriter.collectionRowExists(transaction, collection);
        if (described || (schema != null && tableExists)) {
            throw new InvalidPayloadException("Collection \"" + collection + "\" already exists");
        }
        if (schema == null && meta == null) {
            // Neither a table nor a row: Directus creates nothing, and reading the collection back is forbidden.
            return collection;
        }

        Map<String, Map<String, Object>> fieldMetas = new LinkedHashMap<>();
        if (schema != null) {
            fields = withPrimaryKey(fields);
            List<ColumnDefinition> columns = new ArrayList<>();
            for (FieldPayload field : fields) {
                if (!field.isAlias()) {
                    columns.add(ColumnDefinitions.forNew(field.field(), field.type().orElseThrow(),
                        field.schema().orElse(Map.of())));
                }
            }
            transaction.createTable(table(collection, columns), payload);
            createdTables.add(collection);
            fieldMetas.putAll(fieldMetas(transaction, collection, fields));
        } else if (tableExists) {
            // An existing table gets metadata; its columns are left as they are.
            TableSchema table = transaction.tables().table(collection).orElseThrow();
            if (table.view() || table.singlePrimaryKey().isEmpty()) {
                // It could not be served, so the collection would not exist to read back: refuse before writing.
                throw new InvalidPayloadException("Table \"" + collection + "\" cannot be a collection: "
                    + (table.view() ? "it is a view" : "it has no single-column primary key"));
            }
            for (FieldPayload field : fields) {
                if (!field.isAlias() && table.column(field.field()).isEmpty()) {
                    throw new InvalidPayloadException("Field \"" + field.field() + "\" doesn't exist in collection \""
                        + collection + "\"");
                }
            }
            fieldMetas.putAll(fieldMetas(transaction, collection, fields));
        } else {
            for (FieldPayload field : fields) {
                if (!field.isAlias()) {
                    throw new InvalidPayloadException("Field \"" + field.field() + "\" needs a table, and collection \""
                        + collection + "\" is created without a schema");
                }
            }
            fieldMetas.putAll(fieldMetas(transaction, collection, fields));
        }

        // Directus writes the collection's row only when meta is given; the fields' rows do not need it.
        if (meta != null) {
            MetadataRowsWriter.writeCollection(transaction, collection, stringKeys((Map<?, ?>) meta));
        }
        for (Map.Entry<String, Map<String, Object>> field : sorted(fieldMetas).entrySet()) {
            MetadataRowsWriter.writeField(transaction, collection, field.getKey(), field.getValue());
        }
        return collection;
    }

    private static String name(Object value) {
        if (value == null || "".equals(value)) {
            throw new InvalidPayloadException("\"collection\" is required");
        }
        if (!(value instanceof String collection)) {
            throw new InvalidPayloadException("\"collection\" must be a string");
        }
        if (collection.startsWith("directus_")) {
            throw new InvalidPayloadException("Collections can't start with \"directus_\"");
        }
        if (collection.contains("/")) {
            throw new InvalidPayloadException("\"collection\" can't contain \"/\"");
        }
        return collection;
    }

    private static List<FieldPayload> fields(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidPayloadException("\"fields\" must be an array");
        }
        List<FieldPayload> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            fields.add(FieldPayload.parse(list.get(i), "fields[" + i + "]", Optional.empty()));
        }
        return fields;
    }

    /** Directus serves a table only through a single-column primary key, so a table without one gets {@code id}. */
    private static List<FieldPayload> withPrimaryKey(List<FieldPayload> fields) {
        boolean hasKey = fields.stream()
            .anyMatch(field -> field.flagged("is_primary_key") || field.flagged("has_auto_increment"));
        if (hasKey) {
            return fields;
        }
        if (fields.stream().anyMatch(field -> field.field().equals("id"))) {
            throw new InvalidPayloadException("Field \"id\" must be the primary key when no other field is");
        }
        List<FieldPayload> withId = new ArrayList<>();
        withId.add(FieldPayload.parse(INJECTED_ID, "", Optional.empty()));
        withId.addAll(fields);
        return withId;
    }

    private static TableDefinition table(String collection, List<ColumnDefinition> columns) {
        try {
            return new TableDefinition(collection, columns);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidPayloadException(invalid.getMessage());
        }
    }

    /** The rows the fields need, with the flags their types need once their columns exist. */
    private static Map<String, Map<String, Object>> fieldMetas(SchemaTransaction transaction, String collection,
                                                               List<FieldPayload> fields) throws SQLException {
        Optional<TableSchema> table = transaction.tables().table(collection);
        Map<String, Map<String, Object>> metas = new LinkedHashMap<>();
        for (FieldPayload field : fields) {
            if (metas.containsKey(field.field())) {
                throw new InvalidPayloadException("Field \"" + field.field() + "\" appears twice");
            }
            Optional<ColumnSchema> column = table.flatMap(t -> t.column(field.field()));
            NewFieldMeta.of(field, field.isAlias() ? Optional.empty() : column)
                .ifPresent(meta -> metas.put(field.field(), meta));
        }
        return metas;
    }

    /**
     * Sequential {@code sort} values in submitted order, restarting at 1 inside each group; a submitted sort wins.
     */
    private static Map<String, Map<String, Object>> sorted(Map<String, Map<String, Object>> metas) {
        Map<Object, Integer> positions = new HashMap<>();
        Map<String, Map<String, Object>> sorted = new LinkedHashMap<>();
        metas.forEach((field, meta) -> {
            Object group = meta.get("group");
            int position = positions.merge(group == null ? "" : group, 1, Integer::sum);
            Map<String, Object> withSort = new LinkedHashMap<>(meta);
            if (withSort.get("sort") == null) {
                withSort.put("sort", position);
            }
            sorted.put(field, withSort);
        });
        return sorted;
    }

    private void deleteOne(SchemaTransaction transaction, CollectionOverview collection) throws SQLException {
        String name = collection.name();
        SchemaOverview overview = transaction.overview();
        List<Relation> pointingHere = overview.relations().stream()
            .filter(relation -> relation.relatedCollection().map(name::equals).orElse(false))
            .filter(relation -> !relation.collection().equals(name))
            .toList();

        // DDL first (on MySQL it commits at once): the many-to-one columns of other tables pointing here (each with
        // its foreign key), then the table. Directus deletes those fields with the collection.
        if (!collection.isFolder()) {
            for (Relation relation : pointingHere) {
                boolean hasColumn = overview.collection(relation.collection())
                    .flatMap(other -> other.field(relation.field())).map(field -> !field.isAlias()).orElse(false);
                if (hasColumn) {
                    transaction.dropColumn(relation.collection(), relation.field());
                }
            }
            transaction.dropTable(name);
        }

        MetadataWriter writer = transaction.metadata();
        String collectionColumn = writer.quote("collection");
        writer.execute("UPDATE " + writer.quote("directus_collections") + " SET " + writer.quote("group")
            + " = NULL WHERE " + writer.quote("group") + " = ?", name);
        deleteWhereCollection(transaction, "directus_fields", name);
        deleteWhereCollection(transaction, "directus_presets", name);
        if (transaction.hasTable("directus_revisions")) {
            String revisions = writer.quote("directus_revisions");
            writer.execute("UPDATE " + revisions + " SET " + writer.quote("parent") + " = NULL WHERE "
                + writer.quote("parent") + " IN (SELECT " + writer.quote("id") + " FROM (SELECT " + writer.quote("id")
                + " FROM " + revisions + " WHERE " + collectionColumn + " = ?) AS deleted)", name);
            deleteWhereCollection(transaction, "directus_revisions", name);
        }
        deleteWhereCollection(transaction, "directus_activity", name);
        deleteWhereCollection(transaction, "directus_permissions", name);
        // On PostgreSQL and MySQL these follow the collection's row by ON DELETE CASCADE; SQLite changes schemas
        // with foreign keys unenforced, so they are deleted here for every flavour alike.
        deleteWhereCollection(transaction, "directus_shares", name);
        deleteWhereCollection(transaction, "directus_versions", name);

        String relations = writer.quote("directus_relations");
        for (Relation relation : overview.relationsOf(name)) {
            Optional<RelationMeta> meta = relation.meta().filter(row -> !row.system());
            if (meta.isPresent() && meta.get().oneField().isPresent() && relation.relatedCollection().isPresent()
                && !relation.relatedCollection().get().equals(name)) {
                writer.execute("DELETE FROM " + writer.quote("directus_fields") + " WHERE " + collectionColumn
                    + " = ? AND " + writer.quote("field") + " = ?", relation.relatedCollection().get(),
                    meta.get().oneField().get());
            }
        }
        writer.execute("DELETE FROM " + relations + " WHERE " + writer.quote("many_collection") + " = ? OR "
            + writer.quote("one_collection") + " = ?", name, name);
        for (Relation relation : overview.relations()) {
            Optional<RelationMeta> meta = relation.meta().filter(row -> row.id().isPresent());
            if (meta.isPresent() && meta.get().oneAllowedCollections().contains(name)
                && !relation.collection().equals(name)) {
                List<String> allowed = meta.get().oneAllowedCollections().stream()
                    .filter(other -> !other.equals(name)).toList();
                writer.update(MetadataTable.RELATIONS, Map.of("one_allowed_collections",
                        allowed.isEmpty() ? "" : String.join(",", allowed)),
                    writer.quote("id") + " = ?", meta.get().id().get());
            }
        }
        writer.execute("DELETE FROM " + writer.quote("directus_collections") + " WHERE " + collectionColumn + " = ?",
            name);
        for (Relation relation : pointingHere) {
            FieldsService.forget(transaction, relation.collection(), relation.field());
        }
    }

    private static void deleteWhereCollection(SchemaTransaction transaction, String table, String collection)
        throws SQLException {
        if (transaction.hasTable(table)) {
            MetadataWriter writer = transaction.metadata();
            writer.execute("DELETE FROM " + writer.quote(table) + " WHERE " + writer.quote("collection") + " = ?",
                collection);
        }
    }

    /**
     * Rolls the metadata writes back first: MySQL's DROP TABLE would commit them along with itself. Then the
     * tables this request created (each already committed) are dropped again.
     */
    static void dropQuietly(SchemaTransaction transaction, List<String> tables, Throwable failure) {
        try {
            transaction.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
        for (String table : tables) {
            try {
                transaction.dropTable(table);
            } catch (SQLException | RuntimeException dropFailure) {
                failure.addSuppressed(dropFailure);
            }
        }
    }

    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}

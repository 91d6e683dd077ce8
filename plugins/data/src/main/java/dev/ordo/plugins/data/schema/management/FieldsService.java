package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.http.SchemaLookups;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Creates, changes and deletes fields (DATA-API.md §2.4): the column and its {@code directus_fields} row. */
public final class FieldsService {

    /** Flags that decide a field's type (FieldTypeResolver); a type change drops those the new type does not want. */
    private static final Set<String> TYPE_SPECIALS =
        Set.of("cast-json", "hash", "cast-csv", "uuid", "cast-timestamp", "cast-datetime");
    private static final Set<String> SYSTEM_FIELD_KEYS = Set.of("field", "collection", "type", "schema");

    private final SchemaChanges changes;

    public FieldsService(SchemaChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** Adds the field: its column (unless it is an alias) and its metadata row. */
    public String create(Accountability caller, String collection, Object body) throws SQLException {
        AdminOnly.require(caller);
        CollectionOverview target = SchemaLookups.tableCollection(changes.overview(), collection);
        FieldPayload field = FieldPayload.parse(body, "", Optional.empty());
        if (target.field(field.field()).isPresent()) {
            throw alreadyExists(collection, field.field());
        }
        if (!field.isAlias() && (field.flagged("is_primary_key") || field.flagged("has_auto_increment"))) {
            throw new InvalidPayloadException("Collection \"" + collection + "\" already has a primary key");
        }
        return changes.run(transaction -> createOne(transaction, collection, field));
    }

    /** Changes one field; the path names it, whatever the body says. */
    public String update(Accountability caller, String collection, String field, Object body) throws SQLException {
        AdminOnly.require(caller);
        if (!(body instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"value\" must be of type object");
        }
        Map<String, Object> withName = CollectionsService.stringKeys(map);
        withName.put("field", field);
        return updateAll(collection, List.of(withName)).get(0);
    }

    /** {@code PATCH /fields/:collection}: an array of partial fields, each naming its field, in one transaction. */
    public List<String> updateMany(Accountability caller, String collection, Object body) throws SQLException {
        AdminOnly.require(caller);
        if (!(body instanceof List<?> list)) {
            throw new InvalidPayloadException("Submitted body has to be an array");
        }
        return updateAll(collection, list);
    }

    /**
     * Deletes the field: its column (with the foreign keys on it), its relation and the reverse alias field of
     * that relation, and its metadata; other collections' relations that list it as their alias lose it.
     */
    public void delete(Accountability caller, String collection, String field) throws SQLException {
        AdminOnly.require(caller);
        CollectionOverview target = SchemaLookups.tableCollection(changes.overview(), collection);
        FieldOverview existing = SchemaLookups.field(target, field);
        if (isSystemField(target, existing)) {
            throw new ForbiddenException();
        }
        // A table without columns: MariaDB refuses it, PostgreSQL keeps one that is no collection any more.
        if (!existing.isAlias() && target.table().map(table -> table.columns().size() <= 1).orElse(false)) {
            throw new InvalidPayloadException("Field \"" + field + "\" is the last column of collection \""
                + collection + "\": delete the collection instead");
        }
        changes.run(transaction -> {
            deleteOne(transaction, target, existing);
            return null;
        });
    }

    private List<String> updateAll(String collection, List<?> bodies) throws SQLException {
        CollectionOverview target = SchemaLookups.tableCollection(changes.overview(), collection);
        List<FieldPayload> payloads = new ArrayList<>();
        List<FieldOverview> fields = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Object body = bodies.get(i);
            requireFieldKey(body, i);
            String name = (String) ((Map<?, ?>) body).get("field");
            FieldOverview existing = SchemaLookups.field(target, name);
            if (isSystemField(target, existing)) {
                requireSystemFieldChange((Map<?, ?>) body, existing);
            }
            payloads.add(FieldPayload.parse(body, "", Optional.empty()));
            fields.add(existing);
        }
        return changes.run(transaction -> {
            List<String> updated = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                updateOne(transaction, target, fields.get(i), payloads.get(i));
                updated.add(fields.get(i).name());
            }
            return updated;
        });
    }

    private String createOne(SchemaTransaction transaction, String collection, FieldPayload field) throws SQLException {
        if (MetadataRowsWriter.fieldRowExists(transaction, collection, field.field())) {
            throw alreadyExists(collection, field.field());
        }
        Optional<ColumnSchema> column = Optional.empty();
        if (!field.isAlias()) {
            ColumnDefinition definition = ColumnDefinitions.forNew(field.field(), field.type().orElseThrow(),
                field.schema().orElse(Map.of()));
            transaction.addColumn(collection, definition, field.body());
            column = transaction.tables().table(collection).flatMap(table -> table.column(field.field()));
        }
        try {
            Optional<Map<String, Object>> meta = NewFieldMeta.of(field, column);
            if (meta.isPresent()) {
                Map<String, Object> row = new LinkedHashMap<>(meta.get());
                if (row.get("sort") == null) {
                    Optional<String> group = row.get("group") instanceof String name ? Optional.of(name) : Optional.empty();
                    row.put("sort", MetadataRowsWriter.nextSort(transaction, collection, group));
                }
                MetadataRowsWriter.writeField(transaction, collection, field.field(), row);
            }
        } catch (SQLException | RuntimeException failure) {
            // MySQL committed the new column already: take it away again.
            if (column.isPresent() && !transaction.transactionalDdl()) {
                transaction.rollback();
                try {
                    transaction.dropColumn(collection, field.field());
                } catch (SQLException | RuntimeException dropFailure) {
                    failure.addSuppressed(dropFailure);
                }
            }
            throw failure;
        }
        return field.field();
    }

    private void updateOne(SchemaTransaction transaction, CollectionOverview collection, FieldOverview existing,
                           FieldPayload payload) throws SQLException {
        Optional<FieldType> requested = payload.type();
        if (requested.isPresent() && (requested.get() == FieldType.ALIAS || existing.isAlias())
            && requested.get() != existing.type()) {
            throw new InvalidPayloadException("Alias type cannot be changed");
        }
        Optional<FieldType> newType = requested.filter(type -> type != existing.type());
        List<String> special = new ArrayList<>(payload.meta().filter(meta -> meta.containsKey("special"))
            .map(meta -> AutoSpecials.parse(meta.get("special"))).orElse(existing.special()));
        boolean specialChanged = false;

        // As in Directus, only a schema object alters the column: a type alone changes nothing.
        if (!existing.isAlias() && payload.schema().isPresent()) {
            Map<String, Object> patch = payload.schema().orElse(Map.of());
            if (ColumnDefinitions.changes(existing, newType, patch)) {
                transaction.alterColumn(collection.name(), ColumnDefinitions.changed(existing, newType, patch),
                    payload.body());
            }
            if (newType.isPresent()) {
                ColumnSchema readBack = transaction.tables().table(collection.name())
                    .flatMap(table -> table.column(existing.name())).orElseThrow();
                List<String> wanted = AutoSpecials.forColumn(newType.get(), readBack);
                boolean explicit = payload.meta().map(meta -> meta.containsKey("special")).orElse(false);
                List<String> adjusted = new ArrayList<>(special);
                if (!explicit) {
                    adjusted.removeIf(flag -> TYPE_SPECIALS.contains(flag) && !wanted.contains(flag));
                }
                adjusted = AutoSpecials.merge(adjusted, wanted);
                specialChanged = !adjusted.equals(special);
                special = adjusted;
            }
        }

        if (payload.meta().isPresent() || specialChanged) {
            Map<String, Object> meta = new LinkedHashMap<>(payload.meta().orElse(Map.of()));
            if (specialChanged) {
                // The flags Ordo took away leave no flag at all (null), not the empty list a caller may send.
                meta.put("special", special.isEmpty() ? null : special);
            }
            MetadataRowsWriter.writeField(transaction, collection.name(), existing.name(), meta);
        }
    }

    private void deleteOne(SchemaTransaction transaction, CollectionOverview collection, FieldOverview field)
        throws SQLException {
        // DDL first (on MySQL it commits at once); the column takes its foreign key along.
        if (!field.isAlias()) {
            transaction.dropColumn(collection.name(), field.name());
        }
        forget(transaction, collection.name(), field.name());
    }

    /**
     * Deletes the metadata of a field whose column (if it had one) is gone: its relation and the reverse alias field
     * of that relation, its row, and the references to it in other relations, its collection's settings and groups.
     */
    static void forget(SchemaTransaction transaction, String collection, String field) throws SQLException {
        SchemaOverview overview = transaction.overview();
        MetadataWriter writer = transaction.metadata();
        String relations = writer.quote("directus_relations");
        Optional<Relation> manyToOne = overview.relation(collection, field);
        Optional<RelationMeta> manyToOneMeta = manyToOne.flatMap(Relation::meta).filter(meta -> meta.id().isPresent());
        if (manyToOneMeta.isPresent()) {
            writer.execute("DELETE FROM " + relations + " WHERE " + writer.quote("many_collection") + " = ? AND "
                + writer.quote("many_field") + " = ?", collection, field);
            RelationMeta meta = manyToOneMeta.get();
            if (meta.oneCollection().isPresent() && meta.oneField().isPresent()
                && !(meta.oneCollection().get().equals(collection) && meta.oneField().get().equals(field))) {
                deleteFieldRow(writer, meta.oneCollection().get(), meta.oneField().get());
            }
        }
        for (Relation relation : overview.relations()) {
            Optional<RelationMeta> meta = relation.meta().filter(row -> row.id().isPresent());
            if (meta.isPresent() && relation.relatedCollection().map(collection::equals).orElse(false)
                && meta.get().oneField().map(field::equals).orElse(false)) {
                writer.execute("UPDATE " + relations + " SET " + writer.quote("one_field") + " = NULL WHERE "
                    + writer.quote("id") + " = ?", meta.get().id().get());
            }
        }
        for (String setting : List.of("archive_field", "sort_field")) {
            writer.execute("UPDATE " + writer.quote("directus_collections") + " SET " + writer.quote(setting)
                + " = NULL WHERE " + writer.quote("collection") + " = ? AND " + writer.quote(setting) + " = ?",
                collection, field);
        }
        writer.execute("UPDATE " + writer.quote("directus_fields") + " SET " + writer.quote("group") + " = NULL WHERE "
            + writer.quote("collection") + " = ? AND " + writer.quote("group") + " = ?", collection, field);
        deleteFieldRow(writer, collection, field);
    }

    private static void deleteFieldRow(MetadataWriter writer, String collection, String field) throws SQLException {
        writer.execute("DELETE FROM " + writer.quote("directus_fields") + " WHERE " + writer.quote("collection")
            + " = ? AND " + writer.quote("field") + " = ?", collection, field);
    }

    /** A field a system collection defines itself: only whether it is indexed may change. */
    static boolean isSystemField(CollectionOverview collection, FieldOverview field) {
        return collection.system()
            && field.meta().map(meta -> Boolean.TRUE.equals(meta.get("system"))).orElse(false);
    }

    private static void requireSystemFieldChange(Map<?, ?> body, FieldOverview existing) {
        boolean allowed = body.keySet().stream().allMatch(SYSTEM_FIELD_KEYS::contains)
            && (body.get("type") == null || existing.type().id().equals(body.get("type")))
            && (body.get("schema") == null || body.get("schema") instanceof Map<?, ?> schema
                && schema.keySet().stream().allMatch("is_indexed"::equals));
        if (!allowed) {
            throw new InvalidPayloadException("Only \"schema.is_indexed\" may be modified for system fields");
        }
    }

    private static void requireFieldKey(Object body, int index) {
        if (!(body instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"[" + index + "]\" must be of type object");
        }
        if (!(map.get("field") instanceof String)) {
            throw new InvalidPayloadException("\"[" + index + "].field\" is required");
        }
    }

    private static InvalidPayloadException alreadyExists(String collection, String field) {
        return new InvalidPayloadException("Field \"" + field + "\" already exists in collection \"" + collection + "\"");
    }
}

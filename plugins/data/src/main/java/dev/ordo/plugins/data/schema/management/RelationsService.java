package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.http.SchemaLookups;
import dev.ordo.plugins.data.schema.metadata.MetadataTable;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, changes and deletes relations (DATA-API.md §2.5, §6): the {@code directus_relations} row and, when the
 * relation points at one collection, the foreign key constraint {@code <collection>_<field>_foreign}, after the
 * field's column has taken the type of the key it points at. A many-to-any relation ({@code related_collection}
 * null) has no constraint.
 */
public final class RelationsService {

    /** The many side of a relation: the collection and field it is read back by. */
    public record Key(String collection, String field) {
    }

    private static final Set<String> META_KEYS_SET_BY_ORDO = Set.of("id", "many_collection", "many_field",
        "one_collection");

    /** The actions in the order Directus's payload check lists them when it refuses one. */
    private static final String ACTIONS_AS_LISTED = "NO ACTION, SET NULL, SET DEFAULT, CASCADE, RESTRICT";

    private final SchemaChanges changes;

    public RelationsService(SchemaChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    public Key create(Accountability caller, Object body) throws SQLException {
        AdminOnly.require(caller);
        Map<String, Object> payload = object(body, "value");
        String collection = requiredName(payload, "collection");
        String fieldName = requiredName(payload, "field");
        // The body's shape is checked before the schema is looked at, as Directus validates it first.
        Map<String, Object> schema = optionalObject(payload, "schema");
        Map<String, Object> meta = optionalObject(payload, "meta");
        ReferentialAction onUpdate = action(schema, "on_update").orElse(ReferentialAction.NO_ACTION);
        ReferentialAction onDelete = action(schema, "on_delete").orElse(ReferentialAction.NO_ACTION);
        SchemaOverview overview = changes.overview();
        CollectionOverview many = overview.collection(collection).filter(found -> !found.isFolder())
            .orElseThrow(() -> new InvalidPayloadException("Collection \"" + collection + "\" doesn't exist"));
        FieldOverview field = many.field(fieldName).orElseThrow(() -> new InvalidPayloadException(
            "Field \"" + fieldName + "\" doesn't exist in collection \"" + collection + "\""));
        if (many.primaryKey().map(fieldName::equals).orElse(false)) {
            throw new InvalidPayloadException("Field \"" + fieldName + "\" in collection \"" + collection
                + "\" is a primary key");
        }
        Optional<CollectionOverview> one = relatedCollection(overview, payload.get("related_collection"));
        if (overview.relation(collection, fieldName).isPresent()) {
            throw new InvalidPayloadException("Field \"" + fieldName + "\" in collection \"" + collection
                + "\" already has an associated relationship");
        }
        if (one.isPresent() && field.isAlias()) {
            throw new InvalidPayloadException("Field \"" + fieldName + "\" in collection \"" + collection
                + "\" is an alias and cannot hold a foreign key");
        }
        Map<String, Object> row = new LinkedHashMap<>(metaColumns(meta));
        row.put("many_collection", collection);
        row.put("many_field", fieldName);
        row.put("one_collection", one.map(CollectionOverview::name).orElse(null));

        return changes.run(transaction -> {
            if (one.isPresent()) {
                constrain(transaction, many, field, one.get(), onUpdate, onDelete);
            }
            try {
                transaction.metadata().insert(MetadataTable.RELATIONS, row);
            } catch (SQLException | RuntimeException failure) {
                // MySQL committed the constraint already: take it away again.
                if (one.isPresent() && !transaction.transactionalDdl()) {
                    transaction.rollback();
                    try {
                        transaction.dropForeignKey(collection, fieldName);
                    } catch (SQLException | RuntimeException dropFailure) {
                        failure.addSuppressed(dropFailure);
                    }
                }
                throw failure;
            }
            return new Key(collection, fieldName);
        });
    }

    /**
     * Changes the constraint's actions when {@code schema} is given (the related collection cannot change) and
     * the metadata row when {@code meta} is, creating it for a foreign key that had none.
     */
    public Key update(Accountability caller, String collection, String fieldName, Object body) throws SQLException {
        AdminOnly.require(caller);
        Relation relation = existing(collection, fieldName);
        Map<String, Object> payload = object(body, "value");
        Map<String, Object> schema = optionalObject(payload, "schema");
        boolean schemaGiven = payload.get("schema") instanceof Map<?, ?>;
        Map<String, Object> meta = optionalObject(payload, "meta");
        boolean metaGiven = payload.get("meta") instanceof Map<?, ?>;
        Optional<ForeignKeySchema> current = relation.schema();
        ReferentialAction onUpdate = action(schema, "on_update")
            .orElse(current.map(ForeignKeySchema::onUpdate).orElse(ReferentialAction.NO_ACTION));
        ReferentialAction onDelete = action(schema, "on_delete")
            .orElse(current.map(ForeignKeySchema::onDelete).orElse(ReferentialAction.NO_ACTION));
        Map<String, Object> metaValues = metaColumns(meta);
        SchemaOverview overview = changes.overview();
        CollectionOverview many = SchemaLookups.tableCollection(overview, collection);
        Optional<CollectionOverview> one = relation.relatedCollection().flatMap(overview::collection);

        return changes.run(transaction -> {
            if (schemaGiven && one.isPresent() && !one.get().isFolder()) {
                constrain(transaction, many, many.field(fieldName).orElseThrow(), one.get(), onUpdate, onDelete);
            }
            if (metaGiven) {
                MetadataWriter writer = transaction.metadata();
                Optional<Integer> id = relation.meta().flatMap(row -> row.id());
                if (id.isPresent()) {
                    writer.update(MetadataTable.RELATIONS, metaValues, writer.quote("id") + " = ?", id.get());
                } else {
                    Map<String, Object> row = new LinkedHashMap<>(metaValues);
                    row.put("many_collection", collection);
                    row.put("many_field", fieldName);
                    row.put("one_collection", relation.relatedCollection().orElse(null));
                    writer.insert(MetadataTable.RELATIONS, row);
                }
            }
            return new Key(collection, fieldName);
        });
    }

    /** Drops the foreign key constraint (the column stays) and the metadata row. */
    public void delete(Accountability caller, String collection, String fieldName) throws SQLException {
        AdminOnly.require(caller);
        Relation relation = existing(collection, fieldName);
        changes.run(transaction -> {
            if (relation.schema().isPresent()) {
                transaction.dropForeignKey(collection, fieldName);
            }
            if (relation.meta().flatMap(row -> row.id()).isPresent()) {
                MetadataWriter writer = transaction.metadata();
                writer.execute("DELETE FROM " + writer.quote("directus_relations") + " WHERE "
                    + writer.quote("many_collection") + " = ? AND " + writer.quote("many_field") + " = ?",
                    collection, fieldName);
            }
            return null;
        });
    }

    /**
     * The relation a path names. An unknown collection is 403 (Directus's collection-exists middleware); an unknown
     * field, or one without a relation, is 400 with the reasons of Directus's relations service. The built-in
     * relations of Directus are 403.
     */
    private Relation existing(String collection, String fieldName) {
        SchemaOverview overview = changes.overview();
        CollectionOverview many = SchemaLookups.tableCollection(overview, collection);
        if (many.field(fieldName).isEmpty()) {
            throw new InvalidPayloadException("Field \"" + fieldName + "\" doesn't exist in collection \""
                + collection + "\"");
        }
        Relation relation = overview.relation(collection, fieldName).orElseThrow(() -> new InvalidPayloadException(
            "Field \"" + fieldName + "\" in collection \"" + collection + "\" doesn't have a relationship."));
        if (relation.meta().map(meta -> meta.system()).orElse(false)) {
            throw new ForbiddenException();
        }
        return relation;
    }

    /**
     * Gives the field's column the type of the key it will point at when they differ (a foreign key needs
     * matching types), then adds the constraint, replacing any the column had.
     */
    private static void constrain(SchemaTransaction transaction, CollectionOverview many, FieldOverview field,
                                  CollectionOverview one, ReferentialAction onUpdate, ReferentialAction onDelete)
        throws SQLException {
        String key = one.primaryKey().orElseThrow(() -> new InvalidPayloadException(
            "Collection \"" + one.name() + "\" doesn't exist"));
        FieldOverview target = one.field(key).orElseThrow();
        if (target.type() != field.type() && field.column().isPresent()) {
            // MySQL refuses to change the type of a column while a foreign key uses it.
            if (field.column().get().foreignKeyTable().isPresent()) {
                transaction.dropForeignKey(many.name(), field.name());
            }
            Map<String, Object> shape = new LinkedHashMap<>();
            ColumnSchema targetColumn = target.column().orElseThrow();
            if (target.type() == FieldType.STRING) {
                targetColumn.maxLength().ifPresent(length -> shape.put("max_length", length));
            }
            if (target.type() == FieldType.DECIMAL) {
                targetColumn.numericPrecision().ifPresent(precision -> shape.put("numeric_precision", precision));
                targetColumn.numericScale().ifPresent(scale -> shape.put("numeric_scale", scale));
            }
            transaction.alterColumn(many.name(),
                ColumnDefinitions.changed(field, Optional.of(target.type()), shape), Map.of());
        }
        transaction.addForeignKey(many.name(), field.name(),
            new ForeignKeyDefinition(one.name(), key, onUpdate, onDelete));
    }

    private static Optional<CollectionOverview> relatedCollection(SchemaOverview overview, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String name)) {
            throw new InvalidPayloadException("\"related_collection\" must be a string");
        }
        return Optional.of(overview.collection(name).filter(found -> !found.isFolder())
            .orElseThrow(() -> new InvalidPayloadException("Collection \"" + name + "\" doesn't exist")));
    }

    private static Map<String, Object> metaColumns(Map<String, Object> meta) {
        Map<String, Object> values = MetaValues.columns(MetadataTable.RELATIONS, meta, META_KEYS_SET_BY_ORDO, "meta");
        // NOT NULL with a default: a null means the default.
        if (values.containsKey("one_deselect_action") && values.get("one_deselect_action") == null) {
            values.remove("one_deselect_action");
        }
        return values;
    }

    private static Optional<ReferentialAction> action(Map<String, Object> schema, String key) {
        Object value = schema.get(key);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(ReferentialAction.fromSql(value.toString()).orElseThrow(() -> new InvalidPayloadException(
            "\"schema." + key + "\" must be one of [" + ACTIONS_AS_LISTED + "]")));
    }

    private static String requiredName(Map<String, Object> payload, String key) {
        Object value = payload.get(key);
        if (value == null || "".equals(value)) {
            throw new InvalidPayloadException("\"" + key + "\" is required");
        }
        if (!(value instanceof String name)) {
            throw new InvalidPayloadException("\"" + key + "\" must be a string");
        }
        return name;
    }

    private static Map<String, Object> object(Object body, String name) {
        if (!(body instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"" + name + "\" must be of type object");
        }
        return CollectionsService.stringKeys(map);
    }

    private static Map<String, Object> optionalObject(Map<String, Object> payload, String key) {
        Object value = payload.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"" + key + "\" must be of type object");
        }
        return CollectionsService.stringKeys(map);
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.activity.TrackedWrite;
import dev.ordo.plugins.data.relation.RelationField;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first step of a nested write (DATA-API.md §6.4): every many-to-one or any-to-one field given an object is
 * written before the item itself, and replaced by the key of what it points at. An object whose key exists updates
 * that item (unless the key is all it has); any other object creates one (with its key when it gives one). Keys and
 * nulls are left as they are. A collection named for an any-to-one field must be one of the relation's allowed ones.
 */
final class ManyToOneWrites {

    private final WriteSession session;

    ManyToOneWrites(WriteSession session) {
        this.session = session;
    }

    /** {@code payload} with each nested many-to-one object replaced by its key. */
    Map<String, Object> link(CollectionOverview collection, Map<String, Object> payload, TrackedWrite parent)
        throws SQLException {
        checkNamedCollections(collection, payload);
        Map<String, Object> linked = Payloads.copy(payload);
        for (Map.Entry<String, Object> entry : payload.entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> item)) {
                continue;
            }
            Optional<RelationField> relation = session.schema().relations().field(collection.name(), entry.getKey());
            if (relation.isPresent() && relation.get() instanceof RelationField.ManyToOne m2o) {
                linked.put(entry.getKey(), write(m2o.relatedCollection(), item, parent));
            } else if (relation.isPresent() && relation.get() instanceof RelationField.AnyToOne a2o) {
                linked.put(entry.getKey(), write(target(a2o, payload), item, parent));
            }
        }
        return linked;
    }

    private Object write(String related, Map<?, ?> item, TrackedWrite parent) throws SQLException {
        CollectionOverview target = session.schema().collection(related);
        FieldOverview key = target.field(session.schema().primaryKey(related)).orElseThrow();
        Object given = item.get(key.name());
        if (given != null) {
            Object checked = ItemKeys.coerce(key, given);
            if (session.rows().exists(target, checked)) {
                Map<String, Object> changes = Payloads.without(item, key.name());
                if (!changes.isEmpty()) {
                    session.update(related, List.of(checked), changes, Optional.of(parent));
                }
                return checked;
            }
        }
        return session.create(related, Payloads.copy(item), Optional.of(parent));
    }

    /**
     * Whether an any-to-one field gets an object or a key, the collection the payload names for it must be an allowed
     * one: any other would leave the item pointing into a collection the relation does not know.
     */
    private void checkNamedCollections(CollectionOverview collection, Map<String, Object> payload) {
        for (RelationField relation : session.schema().relations().fieldsOf(collection.name()).values()) {
            if (relation instanceof RelationField.AnyToOne a2o && payload.get(a2o.collectionField()) != null) {
                checkAllowed(a2o, payload.get(a2o.collectionField()));
            }
        }
    }

    /** The collection an any-to-one object belongs to: named by the sibling field, one of the allowed ones. */
    private static String target(RelationField.AnyToOne relation, Map<String, Object> payload) {
        String field = relation.collection() + "." + relation.field();
        if (!(payload.get(relation.collectionField()) instanceof String collection) || collection.isEmpty()) {
            throw new InvalidPayloadException("Can't update nested record \"" + field + "\" without field \""
                + relation.collection() + "." + relation.collectionField() + "\" being set");
        }
        checkAllowed(relation, collection);
        return collection;
    }

    private static void checkAllowed(RelationField.AnyToOne relation, Object collection) {
        if (!relation.allowedCollections().contains(collection)) {
            throw new InvalidPayloadException("\"" + relation.collection() + "." + relation.field()
                + "\" can't be linked to collection \"" + collection + "\"");
        }
    }
}

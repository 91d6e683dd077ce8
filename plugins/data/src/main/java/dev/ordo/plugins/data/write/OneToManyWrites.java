package dev.ordo.plugins.data.write;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.activity.TrackedWrite;
import dev.ordo.plugins.data.relation.RelationField;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last step of a nested write (DATA-API.md §6.4): the one-to-many fields of an item, written once the item's key
 * is known. Many-to-many, many-to-any and translations are one-to-many fields to a junction collection, whose items
 * point on with a many-to-one (or any-to-one) that their own write links first.
 *
 * <p>An array is the complete new set of children: a key links an existing child (403 if there is none), an object
 * with an existing key updates and links it, any other object creates a linked child; children not in the array are
 * unlinked (their foreign key nulled) or deleted, per the relation's {@code one_deselect_action}. {@code null} unlinks
 * them all. The detailed form changes only what it names (see {@link OneToManyChanges}).
 */
final class OneToManyWrites {

    private final WriteSession session;

    OneToManyWrites(WriteSession session) {
        this.session = session;
    }

    /** Writes every one-to-many field of {@code payload} for the item {@code parentKey} of {@code collection}. */
    void apply(CollectionOverview collection, Map<String, Object> payload, Object parentKey, TrackedWrite parent)
        throws SQLException {
        for (Map.Entry<String, Object> entry : payload.entrySet()) {
            Optional<RelationField> relation = session.schema().relations().field(collection.name(), entry.getKey());
            if (relation.isPresent() && relation.get() instanceof RelationField.OneToMany o2m) {
                Children children = new Children(o2m, parentKey, parent);
                Object value = entry.getValue();
                if (value == null) {
                    children.replace(List.of());
                } else if (value instanceof List<?> list) {
                    children.replace(list);
                } else if (value instanceof Map<?, ?> changes) {
                    children.change(OneToManyChanges.parse(changes));
                } else {
                    throw OneToManyChanges.invalid("\"value\" must be of type object");
                }
            }
        }
    }

    /** The children of one parent item through one relation. */
    private final class Children {

        private final RelationField.OneToMany relation;
        private final CollectionOverview collection;
        private final FieldOverview key;
        private final String link;
        private final Object parentKey;
        private final Optional<TrackedWrite> parent;

        Children(RelationField.OneToMany relation, Object parentKey, TrackedWrite parent) {
            this.relation = relation;
            this.collection = session.schema().collection(relation.childCollection());
            this.key = collection.field(session.schema().primaryKey(collection.name())).orElseThrow();
            this.link = relation.childField();
            this.parentKey = parentKey;
            this.parent = Optional.of(parent);
        }

        void replace(List<?> children) throws SQLException {
            Map<String, Object> links = session.rows().links(collection, link, mentionedKeys(children));
            List<Object> kept = new ArrayList<>();
            int index = 0;
            for (Object child : children) {
                if (ItemKeys.isKey(child)) {
                    Object checked = ItemKeys.coerce(key, child);
                    if (!links.containsKey(String.valueOf(checked))) {
                        throw new ForbiddenException();
                    }
                    kept.add(linkKey(checked, links));
                } else if (child instanceof Map<?, ?> item) {
                    Object given = item.get(key.name());
                    Object checked = given == null ? null : ItemKeys.coerce(key, given);
                    kept.add(checked != null && links.containsKey(String.valueOf(checked))
                        ? updateExisting(checked, Payloads.without(item, key.name()))
                        : session.create(collection.name(), Payloads.with(item, link, parentKey), parent));
                } else {
                    throw new InvalidPayloadException("Invalid value for field \"" + relation.field() + "\": item "
                        + index + " is neither a key nor an object");
                }
                index++;
            }
            deselect(session.rows().linkedKeysExcept(collection, link, parentKey, kept));
        }

        void change(OneToManyChanges changes) throws SQLException {
            long highestSort = relation.sortField().isPresent() && !changes.create().isEmpty()
                ? session.rows().highestSort(collection, relation.sortField().get(), link, parentKey) : 0;
            for (int i = 0; i < changes.create().size(); i++) {
                Map<String, Object> item = Payloads.with(changes.create().get(i), link, parentKey);
                if (relation.sortField().isPresent() && item.get(relation.sortField().get()) == null) {
                    item.put(relation.sortField().get(), highestSort + i + 1);
                }
                session.create(collection.name(), item, parent);
            }
            for (Map<String, Object> item : changes.update()) {
                if (item.get(key.name()) == null) {
                    // Directus looks the missing key up as it looks up any unknown item: 403.
                    throw new ForbiddenException();
                }
                Object checked = ItemKeys.coerce(key, item.get(key.name()));
                session.update(collection.name(), List.of(checked),
                    Payloads.with(Payloads.without(item, key.name()), link, parentKey), parent);
            }
            if (!changes.delete().isEmpty()) {
                List<Object> keys = ItemKeys.coerceAll(key, changes.delete());
                deselect(session.rows().linkedKeysAmong(collection, link, parentKey, keys));
            }
        }

        /**
         * Links an existing child given by its bare key. One already linked is left alone: listing its key is how a
         * client says "keep it" (Directus skips it too).
         */
        private Object linkKey(Object childKey, Map<String, Object> links) throws SQLException {
            boolean linked = String.valueOf(parentKey).equals(String.valueOf(links.get(String.valueOf(childKey))));
            if (!linked) {
                session.update(collection.name(), List.of(childKey), Payloads.with(Map.of(), link, parentKey), parent);
            }
            return childKey;
        }

        /**
         * An existing child given as an object: always an update of its fields and its link, as Directus upserts it,
         * even when nothing else changes (which records the update in activity and revisions).
         */
        private Object updateExisting(Object childKey, Map<String, Object> changes) throws SQLException {
            session.update(collection.name(), List.of(childKey), Payloads.with(changes, link, parentKey), parent);
            return childKey;
        }

        private void deselect(List<Object> keys) throws SQLException {
            if (keys.isEmpty()) {
                return;
            }
            if (relation.deselectAction().equals("delete")) {
                session.delete(collection.name(), keys, parent);
            } else {
                Map<String, Object> unlink = new HashMap<>();
                unlink.put(link, null);
                session.update(collection.name(), keys, unlink, parent);
            }
        }

        private List<Object> mentionedKeys(List<?> children) {
            List<Object> keys = new ArrayList<>();
            for (Object child : children) {
                Object given = child instanceof Map<?, ?> item ? item.get(key.name()) : child;
                if (ItemKeys.isKey(given)) {
                    keys.add(ItemKeys.coerce(key, given));
                }
            }
            return keys;
        }
    }
}

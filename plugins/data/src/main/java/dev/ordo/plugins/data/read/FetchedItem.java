package dev.ordo.plugins.data.read;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One item as read, before its relations are filled in: the output object (keys in selection order), its primary
 * key, and the keys its relational selections point at (kept even when not part of the output). Selections are
 * looked up by identity: each belongs to one plan, and hashing a selection would walk its whole subtree. The maps
 * are made on first use: a read of thousands of items without relations makes none.
 */
final class FetchedItem {

    final OutputRow output;
    Object primaryKey;
    /** For items of a one-to-many: the parent item's key, normalised ({@link Keys}) as every use compares it. */
    Object parentKey;
    private Map<Selection, Object> links;
    private Map<Selection, String> linkedCollections;
    /** The one-to-many selections this item's permissions do not show (null in the output). */
    private Set<Selection> hidden;

    FetchedItem(OutputLayout layout) {
        this.output = new OutputRow(layout);
    }

    /** The key a relational selection points at; null when it points nowhere. */
    Object link(Selection selection) {
        return links == null ? null : links.get(selection);
    }

    void link(Selection selection, Object key) {
        if (links == null) {
            links = new IdentityHashMap<>(4);
        }
        links.put(selection, key);
    }

    /** The collection a many-to-any selection points into. */
    String linkedCollection(Selection selection) {
        return linkedCollections == null ? null : linkedCollections.get(selection);
    }

    void linkedCollection(Selection selection, String collection) {
        if (linkedCollections == null) {
            linkedCollections = new IdentityHashMap<>(4);
        }
        linkedCollections.put(selection, collection);
    }

    boolean isHidden(Selection selection) {
        return hidden != null && hidden.contains(selection);
    }

    void hide(Selection selection) {
        if (hidden == null) {
            hidden = Collections.newSetFromMap(new IdentityHashMap<>(4));
        }
        hidden.add(selection);
    }
}

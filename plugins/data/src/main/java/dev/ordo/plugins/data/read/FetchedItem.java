package dev.ordo.plugins.data.read;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One item as read, before its relations are filled in: the output object (keys in selection order), its primary
 * key, and the keys its relational selections point at (kept even when not part of the output). Selections are
 * looked up by identity: each belongs to one plan, and hashing a selection would walk its whole subtree.
 */
final class FetchedItem {

    final OutputRow output;
    final Map<Selection, Object> links = new IdentityHashMap<>();
    final Map<Selection, String> linkedCollections = new IdentityHashMap<>();
    /** The one-to-many selections this item's permissions do not show (null in the output). */
    final Set<Selection> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
    Object primaryKey;
    /** For items of a one-to-many: the parent item's key. */
    Object parentKey;

    FetchedItem(OutputLayout layout) {
        this.output = new OutputRow(layout);
    }
}

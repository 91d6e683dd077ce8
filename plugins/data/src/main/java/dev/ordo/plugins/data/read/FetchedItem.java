package dev.ordo.plugins.data.read;

import java.util.HashMap;
import java.util.Map;

/**
 * One item as read, before its relations are filled in: the output object (keys in selection order), its primary
 * key, and the keys its relational selections point at (kept even when not part of the output).
 */
final class FetchedItem {

    final OutputRow output;
    final Map<Selection, Object> links = new HashMap<>();
    final Map<Selection, String> linkedCollections = new HashMap<>();
    Object primaryKey;
    /** For items of a one-to-many: the parent item's key. */
    Object parentKey;

    FetchedItem(OutputLayout layout) {
        this.output = new OutputRow(layout);
    }
}

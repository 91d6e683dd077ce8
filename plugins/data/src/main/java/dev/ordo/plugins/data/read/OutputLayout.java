package dev.ordo.plugins.data.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of one level's output objects, in selection order, shared by every item the level reads. Items then hold
 * only an array of values ({@link OutputRow}) instead of a hash map of their own.
 */
final class OutputLayout {

    private final String[] keys;
    private final Map<String, Integer> positions;

    private OutputLayout(List<String> keys) {
        this.keys = keys.toArray(String[]::new);
        this.positions = new HashMap<>(keys.size() * 4 / 3 + 1);
        for (int i = 0; i < this.keys.length; i++) {
            positions.put(this.keys[i], i);
        }
    }

    /** The output keys of {@code selections}; a key selected twice keeps its first place, as in a map. */
    static OutputLayout of(List<Selection> selections) {
        List<String> keys = new ArrayList<>(selections.size());
        for (Selection selection : selections) {
            if (!keys.contains(selection.outputKey())) {
                keys.add(selection.outputKey());
            }
        }
        return new OutputLayout(keys);
    }

    int size() {
        return keys.length;
    }

    String key(int position) {
        return keys[position];
    }

    /** The place of {@code key}, or -1 when the layout does not have it. */
    int position(Object key) {
        Integer position = positions.get(key);
        return position == null ? -1 : position;
    }
}

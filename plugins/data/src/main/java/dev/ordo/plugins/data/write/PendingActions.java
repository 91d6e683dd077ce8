package dev.ordo.plugins.data.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The action hooks a transaction owes, in Directus's order: a write's own event before those of the writes nested in
 * it. A write reserves its place when it begins and fills it when it is done, since its nested many-to-one writes
 * finish before it does.
 */
final class PendingActions {

    private final List<ActionEvent> slots = new ArrayList<>();

    int reserve() {
        slots.add(null);
        return slots.size() - 1;
    }

    void fill(int slot, ActionEvent event) {
        slots.set(slot, Objects.requireNonNull(event, "event"));
    }

    List<ActionEvent> events() {
        return slots.stream().filter(Objects::nonNull).toList();
    }
}

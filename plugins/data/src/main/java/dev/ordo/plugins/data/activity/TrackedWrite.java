package dev.ordo.plugins.data.activity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One create, update or delete of a transaction, as the activity log will record it. It is begun before the write
 * (so nested writes can name it as their parent) and completed once the keys are known.
 */
public final class TrackedWrite {

    private final ActivityAction action;
    private final String collection;
    private final Optional<TrackedWrite> parent;
    private List<Object> keys = List.of();
    private Map<String, Object> delta = Map.of();

    TrackedWrite(ActivityAction action, String collection, Optional<TrackedWrite> parent) {
        this.action = Objects.requireNonNull(action, "action");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.parent = Objects.requireNonNull(parent, "parent");
    }

    /**
     * @param keys  the items written, in order
     * @param delta the values written to their columns, as the caller gave them (empty for deletes)
     */
    public void complete(List<Object> keys, Map<String, Object> delta) {
        this.keys = List.copyOf(keys);
        this.delta = Collections.unmodifiableMap(new LinkedHashMap<>(delta));
    }

    public ActivityAction action() {
        return action;
    }

    public String collection() {
        return collection;
    }

    /** The write whose payload contained this one. */
    public Optional<TrackedWrite> parent() {
        return parent;
    }

    public List<Object> keys() {
        return keys;
    }

    public Map<String, Object> delta() {
        return delta;
    }
}

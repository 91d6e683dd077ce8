package dev.ordo.plugins.data.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The writes of one transaction in the order they were begun: a parent always comes before the writes nested in
 * it, so its revision exists by the time theirs point at it.
 */
public final class ActivityJournal {

    private final List<TrackedWrite> writes = new ArrayList<>();

    public TrackedWrite begin(ActivityAction action, String collection, Optional<TrackedWrite> parent) {
        TrackedWrite write = new TrackedWrite(action, collection, parent);
        writes.add(write);
        return write;
    }

    public List<TrackedWrite> writes() {
        return Collections.unmodifiableList(writes);
    }
}

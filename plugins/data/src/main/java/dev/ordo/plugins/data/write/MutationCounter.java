package dev.ordo.plugins.data.write;

import dev.ordo.api.error.InvalidPayloadException;

/** Counts the rows one request mutates, nested writes included, against {@link MutationLimit}. */
final class MutationCounter {

    private final MutationLimit limit;
    private long count;

    MutationCounter(MutationLimit limit) {
        this.limit = limit;
    }

    /** Counts {@code rows} more; over the limit, the request fails before they are written. */
    void add(int rows) {
        count += rows;
        if (limit.maximum().isPresent() && count > limit.maximum().getAsLong()) {
            throw new InvalidPayloadException("Exceeded max batch mutation limit of " + limit.maximum().getAsLong());
        }
    }
}

package dev.ordo.plugins.data.access;

import dev.ordo.api.auth.Accountability;
import java.util.Optional;

/**
 * The seam where permissions enter the data path: for a caller, a collection and an action, the rules that apply,
 * or nothing when the caller may not act on the collection at all. The items service asks it on every call and
 * applies the answer to fields, filters, validation and presets.
 */
public interface AccessRules {

    Optional<CollectionRules> rules(Accountability caller, String collection, Action action);

    /**
     * A number that changes whenever the rules may have changed, so whatever was built from older rules (a cached
     * read plan) is not used again. Rules that never change keep {@code 0}.
     */
    default long version() {
        return 0;
    }

    /** Forgets the rules read so far, so that the next call reads them again (rules kept by nothing: nothing to do). */
    default void purge() {
    }
}

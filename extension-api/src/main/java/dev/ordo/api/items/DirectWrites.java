package dev.ordo.api.items;

/**
 * Told about rows a plugin changed with SQL of its own, beside the {@link ItemsService} (whose writes announce
 * themselves through their hooks), so that what keeps answers built from those rows drops them: the response cache
 * purges as after any write to the collection ({@code CACHE_AUTO_PURGE} and its ignore list). Provided by the data
 * module; call it once the change has committed.
 *
 * @since 1.5.0
 */
@FunctionalInterface
public interface DirectWrites {

    /** Rows of {@code collection} (for example {@code directus_users}) were created, changed or deleted. */
    void changed(String collection);
}

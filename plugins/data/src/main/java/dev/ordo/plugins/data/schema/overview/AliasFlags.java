package dev.ordo.plugins.data.schema.overview;

import java.util.List;
import java.util.Set;

/**
 * Tells alias fields (relational lists, groups and presentation fields, which have no column) from stale
 * {@code directus_fields} rows whose column was dropped.
 */
public final class AliasFlags {

    private static final Set<String> ALIAS_SPECIALS =
        Set.of("alias", "o2m", "m2m", "m2a", "o2a", "files", "translations", "group", "no-data");

    private AliasFlags() {
    }

    public static boolean marksAlias(List<String> special) {
        return special.stream().anyMatch(ALIAS_SPECIALS::contains);
    }
}

package dev.ordo.plugins.data.query;

/**
 * Looks up the record fields behind {@code $CURRENT_USER.<path>}, {@code $CURRENT_ROLE.<path>},
 * {@code $CURRENT_ROLES.<path>} and {@code $CURRENT_POLICIES.<path>} for one caller. The items service implements it
 * over the caller's user, role and policy rows, loading them on first use.
 */
@FunctionalInterface
public interface VariableSource {

    /** A source that knows no record fields: every path resolves to {@code null}. */
    VariableSource NONE = (variable, path) -> null;

    /**
     * @param variable {@code $CURRENT_USER}, {@code $CURRENT_ROLE}, {@code $CURRENT_ROLES} or {@code $CURRENT_POLICIES}
     * @param path     the dot path after the variable ({@code avatar.filesize}); relational paths are allowed
     * @return the value ({@code List} of values for {@code $CURRENT_ROLES}/{@code $CURRENT_POLICIES}), or {@code null}
     */
    Object lookup(String variable, String path);
}

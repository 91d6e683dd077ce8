package dev.ordo.plugins.data.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement rendered once, as SQL text with {@code ?} placeholders and its bind values, so that it can run many times
 * without building and rendering it again (rendering costs more than running a simple read). A statement built with
 * {@link Sql#inKeySlot} leaves one slot for a list of keys, filled per run by {@link #withKeys}.
 *
 * @param binds the values in placeholder order; may hold nulls
 */
public record CompiledStatement(String sql, List<Object> binds) {

    public CompiledStatement {
        binds = Collections.unmodifiableList(new ArrayList<>(binds));
    }

    /** Renders {@code query} with the placeholders and bind values of {@code sql}'s flavour. */
    public static CompiledStatement of(Sql sql, org.jooq.Query query) {
        return new CompiledStatement(sql.dsl().render(query), sql.dsl().extractBindValues(query));
    }

    /** Whether this statement has a key slot to fill. */
    public boolean hasKeySlot() {
        return sql.contains(KeySlot.MARKER);
    }

    /** The statement with its key slot filled by {@code keys}: one placeholder per key, bound in order. */
    public CompiledStatement withKeys(List<?> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a key slot needs at least one key");
        }
        int at = sql.indexOf(KeySlot.MARKER);
        if (at < 0) {
            throw new IllegalStateException("this statement has no key slot: " + sql);
        }
        StringBuilder text = new StringBuilder(sql.length() + keys.size() * 3);
        text.append(sql, 0, at).append('?');
        for (int i = 1; i < keys.size(); i++) {
            text.append(", ?");
        }
        text.append(sql, at + KeySlot.MARKER.length(), sql.length());
        List<Object> filled = new ArrayList<>(binds.size());
        for (Object bind : binds) {
            filled.add(bind instanceof KeySlot.Marker ? new BoundList.Values(List.copyOf(keys)) : bind);
        }
        return new CompiledStatement(text.toString(), filled);
    }
}

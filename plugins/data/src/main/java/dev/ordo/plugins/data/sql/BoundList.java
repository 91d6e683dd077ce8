package dev.ordo.plugins.data.sql;

import java.util.List;
import org.jooq.BindContext;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.RenderContext;
import org.jooq.impl.CustomCondition;
import org.jooq.impl.DSL;

/**
 * {@code column IN (?, ?, …)} for long lists of keys, such as the parent keys of a relation level (up to
 * {@code RELATIONAL_BATCH_SIZE} of them). jOOQ renders and collects every element of its own {@code IN} list as a
 * separate bind value, which for ten thousand keys costs more than running the query. This writes the placeholders in
 * one go and hands the list to {@link SqlRunner} as a single bind value, which it spreads over the placeholders.
 */
final class BoundList extends CustomCondition {

    /** The values behind the placeholders, bound by {@link SqlRunner} one after the other. */
    record Values(List<Object> values) {
    }

    private final Field<?> column;
    private final Values values;
    private final boolean negated;

    /** @param negated {@code NOT IN} rather than {@code IN} */
    BoundList(Field<?> column, List<?> values, boolean negated) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a bound list needs at least one value");
        }
        this.column = column;
        this.values = new Values(List.copyOf(values));
        this.negated = negated;
    }

    @Override
    public void accept(Context<?> ctx) {
        ctx.visit(column).sql(negated ? " not in (" : " in (");
        if (ctx instanceof RenderContext) {
            StringBuilder placeholders = new StringBuilder(values.values().size() * 3);
            for (int i = 0; i < values.values().size(); i++) {
                placeholders.append(i == 0 ? "?" : ", ?");
            }
            ctx.sql(placeholders.toString());
        } else if (ctx instanceof BindContext) {
            ctx.visit(DSL.val(values));
        }
        ctx.sql(")");
    }
}

package dev.ordo.plugins.data.sql;

import org.jooq.BindContext;
import org.jooq.Context;
import org.jooq.Field;
import org.jooq.RenderContext;
import org.jooq.impl.CustomCondition;
import org.jooq.impl.DSL;

/**
 * {@code column IN (…)} whose list is left open: rendered as one marked placeholder and bound as a marker, so a
 * {@link CompiledStatement} can be rendered once and run for any batch of keys (see {@link CompiledStatement#withKeys}).
 */
final class KeySlot extends CustomCondition {

    /** The placeholder of the slot in rendered SQL; the comment keeps it apart from every other {@code ?}. */
    static final String MARKER = "/*ordo:keys*/?";

    /** The bind value standing for the keys until they are known. */
    record Marker() {
    }

    private final Field<?> column;

    KeySlot(Field<?> column) {
        this.column = column;
    }

    @Override
    public void accept(Context<?> ctx) {
        ctx.visit(column).sql(" in (");
        if (ctx instanceof RenderContext) {
            ctx.sql(MARKER);
        } else if (ctx instanceof BindContext) {
            ctx.visit(DSL.val(new Marker()));
        }
        ctx.sql(")");
    }
}

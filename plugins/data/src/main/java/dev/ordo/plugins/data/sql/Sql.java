package dev.ordo.plugins.data.sql;

import dev.ordo.plugins.data.values.Vendor;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ as Ordo uses it: a SQL builder for one flavour. Identifiers always come from the schema and are always quoted;
 * values are always bound ({@code ?}). Queries are run by {@link SqlRunner} over plain JDBC.
 */
public final class Sql {

    private final Vendor vendor;
    private final DSLContext dsl;

    public Sql(Vendor vendor) {
        this.vendor = vendor;
        Settings settings = new Settings()
            .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
            .withParamType(ParamType.INDEXED)
            .withRenderSchema(false);
        this.dsl = DSL.using(vendor.dialect(), settings);
    }

    public Vendor vendor() {
        return vendor;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The table of a collection under an alias. */
    public static Table<?> table(String collection, String alias) {
        return DSL.table(DSL.name(collection)).as(DSL.name(alias));
    }

    /** {@code column IN (values)} for a non-empty list, cheap to build however long the list (see {@link BoundList}). */
    public static Condition in(Field<?> column, List<?> values) {
        return new BoundList(column, values);
    }

    /** A column of an aliased table. */
    public static Field<Object> column(String alias, String column) {
        return DSL.field(DSL.name(alias, column));
    }
}

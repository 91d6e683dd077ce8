package dev.ordo.plugins.data.sql;

import dev.ordo.api.schema.FieldType;
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
        return new BoundList(column, values, false);
    }

    /** {@code column NOT IN (values)} for a non-empty list without nulls. */
    public static Condition notIn(Field<?> column, List<?> values) {
        return new BoundList(column, values, true);
    }

    /** {@code column IN (keys)} with the keys left open, to be given per run (see {@link CompiledStatement#withKeys}). */
    public static Condition inKeySlot(Field<?> column) {
        return new KeySlot(column);
    }

    /** A column of an aliased table. */
    public static Field<Object> column(String alias, String column) {
        return DSL.field(DSL.name(alias, column));
    }

    /**
     * A primary key as the text a many-to-any junction stores it as, for comparing with that column. On MySQL and
     * MariaDB it is a binary string: a text cast would take the connection's collation, which may clash with the
     * junction column's ("Illegal mix of collations"), while a binary string compares byte for byte with any column.
     */
    public static Field<?> keyAsText(Vendor vendor, Field<Object> key) {
        return vendor.isMysqlFamily() ? DSL.field("CAST({0} AS BINARY)", key)
            : key.cast(org.jooq.impl.SQLDataType.VARCHAR(255));
    }

    /**
     * A column as it can be sorted and grouped: PostgreSQL has neither order nor equality for {@code json} values, so
     * there they sort and group as their text, as SQLite and MySQL do anyway.
     */
    public static Field<?> comparable(Vendor vendor, Field<Object> column, FieldType type) {
        return vendor == Vendor.POSTGRES && type == FieldType.JSON
            ? column.cast(org.jooq.impl.SQLDataType.CLOB) : column;
    }
}

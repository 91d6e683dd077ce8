package dev.ordo.plugins.data.read;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What the sort keys through one first one-to-many read on an item: the values of the first row of its related items
 * in the order of those keys, each a correlated sub-query. Directus LEFT JOINs every relation a sort key walks,
 * numbers each item's joined rows in the order of all the sort keys (ROW_NUMBER partitioned by the item's key), keeps
 * the first and sorts by its values (§3.5); keys of the item itself or through other relations are alike on all of
 * one item's rows, so only the keys through this one-to-many choose the row, and they all read the same row. Through
 * further one-to-manys the rows are those of the related items LEFT JOINed to theirs: a related item without any
 * makes one row, null there. Nulls fall where the database puts them, as in Directus's window. An item without
 * related items sorts as null.
 */
final class FirstRelatedItem {

    private final List<SortTerm> terms;
    private final List<Field<?>> values;
    private final Table<?> from;
    private final Condition related;
    private final List<SortField<?>> order = new ArrayList<>();

    /**
     * @param terms   the keys through the one-to-many, in their order in the sort
     * @param values  each key's value on a related item, in the same order
     * @param from    the related items' table, joined to what the values read
     * @param related which rows of {@code from} are an item's related items (and count)
     */
    FirstRelatedItem(List<SortTerm> terms, List<Field<?>> values, Table<?> from, Condition related) {
        this.terms = List.copyOf(terms);
        this.values = List.copyOf(values);
        this.from = from;
        this.related = related;
        for (int i = 0; i < terms.size(); i++) {
            order.add(terms.get(i).descending() ? values.get(i).desc() : values.get(i).asc());
        }
    }

    /** The value {@code term} (one of the keys) sorts an item by. */
    Field<?> value(SortTerm term) {
        return first(values.get(terms.indexOf(term)));
    }

    private <T> Field<T> first(Field<T> value) {
        return DSL.field(DSL.select(value).from(from).where(related).orderBy(order).limit(1));
    }
}

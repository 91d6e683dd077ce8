package dev.ordo.plugins.data.read;

import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.FunctionSql;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.TableAliases;
import dev.ordo.plugins.data.values.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The FROM clause and ORDER BY of one level: the collection's table, LEFT JOINed to the many-to-one chains its sort
 * keys walk through, and a correlated sub-query per key through one-to-manys ({@link FirstRelatedItem}), so each
 * item still comes once.
 */
final class LevelSource {

    /** Compiles a filter on a collection whose table has the given alias in the level's statement. */
    @FunctionalInterface
    interface Filters {
        Condition compile(Filter filter, CollectionOverview collection, String alias);
    }

    private final Table<?> from;
    private final List<SortField<?>> order;
    private final boolean firstKeyNeverNull;

    private LevelSource(Table<?> from, List<SortField<?>> order, boolean firstKeyNeverNull) {
        this.from = from;
        this.order = order;
        this.firstKeyNeverNull = firstKeyNeverNull;
    }

    /**
     * @param filters compiles the filters that hide values: a key sorts as null on the items where the caller does not
     *                see it ({@link SortTerm#shown()}), and on the related items where it does not see the rest of the
     *                path ({@link SortTerm.ToMany#shown()}), so the order never reveals a hidden value
     */
    static LevelSource of(ReadNode node, String alias, SchemaContext schema, TableAliases aliases, Vendor vendor,
                          Filters filters) {
        SortJoins joins = new SortJoins(schema, aliases, vendor, node.collection(), alias);
        List<SortTerm> terms = node.query().sort();
        Map<List<String>, List<SortTerm>> throughMany = new LinkedHashMap<>();
        terms.forEach(term -> term.toManyPath()
            .ifPresent(path -> throughMany.computeIfAbsent(path, p -> new ArrayList<>()).add(term)));
        Map<List<String>, FirstRelatedItem> firstItems = new HashMap<>();
        List<SortField<?>> order = new ArrayList<>();
        for (SortTerm term : terms) {
            Field<?> field;
            Optional<List<String>> toManyPath = term.toManyPath();
            if (toManyPath.isPresent()) {
                field = firstItems.computeIfAbsent(toManyPath.get(), path -> firstRelatedItem(throughMany.get(path),
                    joins, schema, aliases, vendor, filters)).value(term);
            } else {
                field = value(term, joins.walk(term.path().subList(0, term.path().size() - 1)), schema, aliases,
                    vendor);
            }
            if (term.shown().isPresent()) {
                field = DSL.when(filters.compile(term.shown().get(), node.collection(), alias), field);
            }
            order.add(term.descending() ? field.desc() : field.asc());
        }
        return new LevelSource(joins.from(), order, !terms.isEmpty() && isNeverNull(terms.get(0), node.collection()));
    }

    /**
     * The keys through one first one-to-many, read on the rows of the related items the caller may read (joined to
     * their own related items of any further one-to-many, those the caller may read), in their own sub-query.
     */
    private static FirstRelatedItem firstRelatedItem(List<SortTerm> terms, SortJoins joins, SchemaContext schema,
                                                     TableAliases aliases, Vendor vendor, Filters filters) {
        SortTerm.ToMany first = terms.get(0).toMany().get(0);
        List<String> path = terms.get(0).path();
        SortJoins.End owner = joins.walk(path.subList(0, first.step()));
        RelationField.OneToMany o2m = (RelationField.OneToMany) schema.relations()
            .field(owner.collection().name(), path.get(first.step())).orElseThrow();
        CollectionOverview child = schema.collection(o2m.childCollection());
        String childAlias = aliases.next();
        SortJoins related = new SortJoins(schema, aliases, vendor, child, childAlias);
        List<Field<?>> values = new ArrayList<>();
        int base = first.step() + 1;
        for (SortTerm term : terms) {
            List<String> rest = term.path().subList(base, term.path().size());
            // Further one-to-manys join only the related items the caller may read, in the ON clause so that an item
            // left without any still makes a row.
            List<SortTerm.ToMany> further = term.toMany().subList(1, term.toMany().size());
            SortJoins.Counted counted = (index, collection, alias) -> further.stream()
                .filter(step -> step.step() == base + index).findFirst().flatMap(SortTerm.ToMany::counted)
                .map(filter -> filters.compile(filter, collection, alias));
            Field<?> value = value(term, related.walk(rest.subList(0, rest.size() - 1), counted), schema, aliases,
                vendor);
            List<Condition> shown = new ArrayList<>();
            term.toMany().get(0).shown().ifPresent(filter -> shown.add(filters.compile(filter, child, childAlias)));
            for (SortTerm.ToMany step : further) {
                SortJoins.End end = related.walk(rest.subList(0, step.step() - base + 1), counted);
                step.shown().ifPresent(filter -> shown.add(filters.compile(filter, end.collection(), end.alias())));
            }
            values.add(shown.isEmpty() ? value : DSL.when(DSL.and(shown), value));
        }
        Condition condition = Sql.column(childAlias, o2m.childField())
            .eq(Sql.column(owner.alias(), owner.collection().primaryKey().orElseThrow()));
        if (first.counted().isPresent()) {
            condition = condition.and(filters.compile(first.counted().get(), child, childAlias));
        }
        return new FirstRelatedItem(terms, values, related.from(), condition);
    }

    /** A key's value on the item of {@code end}'s table: its field, or the function of it. */
    private static Field<?> value(SortTerm term, SortJoins.End end, SchemaContext schema, TableAliases aliases,
                                  Vendor vendor) {
        if (term.function().isEmpty()) {
            return Sql.comparable(vendor, Sql.column(end.alias(), term.field()),
                end.collection().field(term.field()).orElseThrow().type());
        }
        return new FunctionSql(vendor, schema, aliases).sortKey(term.function(), term.jsonPath(), end.collection(),
            end.alias(), end.collection().field(term.field()).orElseThrow());
    }

    /** A NOT NULL column of the level's own table (its key, usually), read as it is. */
    private static boolean isNeverNull(SortTerm term, CollectionOverview collection) {
        return term.path().size() == 1 && term.function().isEmpty() && term.shown().isEmpty()
            && collection.field(term.field()).flatMap(FieldOverview::column).filter(c -> !c.nullable()).isPresent();
    }

    Table<?> from() {
        return from;
    }

    List<SortField<?>> order() {
        return order;
    }

    /**
     * The order of a one-to-many's children: the same, but with nulls last on the first key whatever the database's
     * default (§3.5: Directus sorts each parent's list again in memory on that key, nulls last).
     */
    List<SortField<?>> listOrder() {
        // NULLS LAST is no clause on MySQL and MariaDB but an extra CASE key, which keeps an index from ordering.
        if (order.isEmpty() || firstKeyNeverNull) {
            return order;
        }
        List<SortField<?>> list = new ArrayList<>(order);
        list.set(0, order.get(0).nullsLast());
        return list;
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The FROM clause and ORDER BY of one level: the collection's table, joined to the many-to-one chains its sort keys
 * walk through (LEFT JOINs: an item without a related item still sorts, with NULL).
 */
final class LevelSource {

    private final Table<?> from;
    private final List<SortField<?>> order;
    private final boolean firstKeyNeverNull;

    private LevelSource(Table<?> from, List<SortField<?>> order, boolean firstKeyNeverNull) {
        this.from = from;
        this.order = order;
        this.firstKeyNeverNull = firstKeyNeverNull;
    }

    /**
     * @param onThisLevel compiles a filter on this level's table: a key sorts as null on the items where the caller
     *                    does not see it ({@link SortTerm#shown()}), so the order never reveals a hidden value
     */
    static LevelSource of(ReadNode node, String alias, SchemaContext schema, TableAliases aliases, Vendor vendor,
                          Function<Filter, Condition> onThisLevel) {
        Table<?> from = Sql.table(node.name(), alias);
        Map<String, String> joined = new HashMap<>();
        List<SortField<?>> order = new ArrayList<>();
        List<SortTerm> terms = node.query().sort();
        for (SortTerm term : terms) {
            String owner = alias;
            CollectionOverview collection = node.collection();
            StringBuilder chain = new StringBuilder();
            for (String step : term.path().subList(0, term.path().size() - 1)) {
                RelationField.ManyToOne m2o = (RelationField.ManyToOne) schema.relations()
                    .field(collection.name(), step).orElseThrow();
                chain.append('.').append(step);
                CollectionOverview target = schema.collection(m2o.relatedCollection());
                String previous = owner;
                String joinAlias = joined.get(chain.toString());
                if (joinAlias == null) {
                    joinAlias = aliases.next();
                    joined.put(chain.toString(), joinAlias);
                    from = from.leftJoin(Sql.table(target.name(), joinAlias))
                        .on(Sql.column(joinAlias, target.primaryKey().orElseThrow()).eq(Sql.column(previous, step)));
                }
                owner = joinAlias;
                collection = target;
            }
            Field<?> field = Sql.column(owner, term.field());
            if (!term.function().isEmpty()) {
                field = new FunctionSql(vendor, schema, aliases).sortKey(term.function(), term.jsonPath(), collection,
                    owner, collection.field(term.field()).orElseThrow());
            }
            if (term.shown().isPresent()) {
                field = DSL.when(onThisLevel.apply(term.shown().get()), field);
            }
            order.add(term.descending() ? field.desc() : field.asc());
        }
        return new LevelSource(from, order, !terms.isEmpty() && isNeverNull(terms.get(0), node.collection()));
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

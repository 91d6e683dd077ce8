package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.TableAliases;
import dev.ordo.plugins.data.values.Vendor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A table LEFT JOINed to the relation chains sort keys walk from it (an item without a related item still sorts,
 * with NULL), each chain joined once however many keys walk it. A chain walks many-to-ones and many-to-any scopes
 * and, inside the sub-query of a key through a one-to-many, further one-to-manys.
 */
final class SortJoins {

    /** Which related items of a one-to-many on a chain count: a condition on their table, or none for every one. */
    @FunctionalInterface
    interface Counted {
        Optional<Condition> on(int index, CollectionOverview child, String alias);
    }

    private final SchemaContext schema;
    private final TableAliases aliases;
    private final Vendor vendor;
    private final String alias;
    private final CollectionOverview collection;
    private final Map<List<String>, String> joined = new HashMap<>();
    private Table<?> from;

    SortJoins(SchemaContext schema, TableAliases aliases, Vendor vendor, CollectionOverview collection, String alias) {
        this.schema = schema;
        this.aliases = aliases;
        this.vendor = vendor;
        this.collection = collection;
        this.alias = alias;
        this.from = Sql.table(collection.name(), alias);
    }

    /** Where a chain ends: the collection reached and the alias of its table. */
    record End(CollectionOverview collection, String alias) {
    }

    /** Joins {@code chain} (many-to-one fields, from this table on) unless it is already, and tells where it ends. */
    End walk(List<String> chain) {
        return walk(chain, (index, child, childAlias) -> Optional.empty());
    }

    /**
     * Joins {@code chain} (from this table on) unless it is already, and tells where it ends. A one-to-many field on
     * it joins the related items {@code counted} lets count, so a related item with none of them still makes a row.
     * The first walk of a chain sets its joins; a later walk of the same chain reuses them.
     */
    End walk(List<String> chain, Counted counted) {
        String owner = alias;
        CollectionOverview current = collection;
        for (int i = 0; i < chain.size(); i++) {
            String step = chain.get(i);
            String field = RelationSteps.field(step);
            RelationField relation = schema.relations().field(current.name(), field).orElseThrow();
            CollectionOverview target = RelationSteps.target(schema, current, step).orElseThrow();
            CollectionOverview ownerCollection = current;
            String previous = owner;
            int index = i;
            owner = joined.computeIfAbsent(List.copyOf(chain.subList(0, i + 1)), c -> {
                String joinAlias = aliases.next();
                Condition on;
                if (relation instanceof RelationField.OneToMany o2m) {
                    on = Sql.column(joinAlias, o2m.childField())
                        .eq(Sql.column(previous, ownerCollection.primaryKey().orElseThrow()));
                    Optional<Condition> counts = counted.on(index, target, joinAlias);
                    on = counts.isPresent() ? on.and(counts.get()) : on;
                } else if (relation instanceof RelationField.AnyToOne a2o) {
                    // The junction row's item when it is one of the scope's collection: its key stored as text.
                    @SuppressWarnings("unchecked")
                    Field<Object> keyText = (Field<Object>) Sql.keyAsText(vendor,
                        Sql.column(joinAlias, target.primaryKey().orElseThrow()));
                    on = Sql.column(previous, a2o.collectionField()).eq(DSL.val(target.name()))
                        .and(Sql.column(previous, field).eq(keyText));
                } else {
                    on = Sql.column(joinAlias, target.primaryKey().orElseThrow()).eq(Sql.column(previous, field));
                }
                from = from.leftJoin(Sql.table(target.name(), joinAlias)).on(on);
                return joinAlias;
            });
            current = target;
        }
        return new End(current, owner);
    }

    /** The table with every chain walked so far. */
    Table<?> from() {
        return from;
    }
}

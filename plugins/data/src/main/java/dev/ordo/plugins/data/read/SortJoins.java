package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.TableAliases;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Table;

/**
 * A table LEFT JOINed to the many-to-one chains sort keys walk from it (an item without a related item still sorts,
 * with NULL), each chain joined once however many keys walk it.
 */
final class SortJoins {

    private final SchemaContext schema;
    private final TableAliases aliases;
    private final String alias;
    private final CollectionOverview collection;
    private final Map<List<String>, String> joined = new HashMap<>();
    private Table<?> from;

    SortJoins(SchemaContext schema, TableAliases aliases, CollectionOverview collection, String alias) {
        this.schema = schema;
        this.aliases = aliases;
        this.collection = collection;
        this.alias = alias;
        this.from = Sql.table(collection.name(), alias);
    }

    /** Where a chain of many-to-ones ends: the collection reached and the alias of its table. */
    record End(CollectionOverview collection, String alias) {
    }

    /** Joins {@code chain} (many-to-one fields, from this table on) unless it is already, and tells where it ends. */
    End walk(List<String> chain) {
        String owner = alias;
        CollectionOverview current = collection;
        for (int i = 0; i < chain.size(); i++) {
            String step = chain.get(i);
            RelationField.ManyToOne m2o = (RelationField.ManyToOne) schema.relations().field(current.name(), step)
                .orElseThrow();
            CollectionOverview target = schema.collection(m2o.relatedCollection());
            String previous = owner;
            owner = joined.computeIfAbsent(List.copyOf(chain.subList(0, i + 1)), c -> {
                String joinAlias = aliases.next();
                from = from.leftJoin(Sql.table(target.name(), joinAlias))
                    .on(Sql.column(joinAlias, target.primaryKey().orElseThrow()).eq(Sql.column(previous, step)));
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

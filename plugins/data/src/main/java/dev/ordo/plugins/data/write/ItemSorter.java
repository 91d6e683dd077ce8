package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.items.ItemsEngine;
import dev.ordo.plugins.data.items.PrimaryKeys;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.SqlRunner;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * {@code POST /utils/sort/:collection}: moves one item to the place of another in the collection's manual order
 * ({@code meta.sort_field}), as Directus's {@code UtilsService.sort} does, in one transaction. Items without a sort
 * value are first put after the others, and duplicate values renumbered {@code 1..n}, so that the move is well
 * defined; then the moved item takes the target's value and the items in between shift by one towards its old place.
 * Like Directus, it writes the column directly: no hooks on the items, no activity.
 */
final class ItemSorter {

    private static final Set<FieldType> NUMERIC =
        Set.of(FieldType.INTEGER, FieldType.BIG_INTEGER, FieldType.FLOAT, FieldType.DECIMAL);

    private final ItemsEngine engine;

    ItemSorter(ItemsEngine engine) {
        this.engine = engine;
    }

    /** Moves {@code item} to the place of {@code to}; 403 when either does not exist. */
    void sort(SchemaContext schema, String collection, Object item, Object to, Accountability caller) {
        CollectionOverview overview = schema.collection(collection);
        FieldOverview sortField = overview.sortField().flatMap(overview::field)
            .orElseThrow(() -> new InvalidPayloadException("Collection \"" + collection + "\" doesn't have a sort field"));
        if (!NUMERIC.contains(sortField.type())) {
            throw new InvalidPayloadException("The sort field \"" + sortField.name() + "\" of collection \""
                + collection + "\" is not a number");
        }
        boolean mayUpdateSort = engine.access().rules(caller, collection, Action.UPDATE)
            .map(rules -> rules.allowsField(sortField.name())).orElse(false);
        if (!mayUpdateSort) {
            throw new ForbiddenException();
        }
        FieldOverview primaryKey = overview.field(overview.primaryKey().orElseThrow()).orElseThrow();
        Object itemKey = PrimaryKeys.coerce(primaryKey, item);
        Object toKey = PrimaryKeys.coerce(primaryKey, to);
        engine.write(runner -> {
            new Move(runner, overview, primaryKey, sortField).run(itemKey, toKey);
            return null;
        });
    }

    /** The statements of one move, on the transaction's connection. */
    private final class Move {

        private final SqlRunner runner;
        private final Table<Record> table;
        private final FieldOverview primaryKey;
        private final FieldOverview sortField;
        private final Field<Object> key;
        private final Field<Object> sort;

        Move(SqlRunner runner, CollectionOverview collection, FieldOverview primaryKey, FieldOverview sortField) {
            this.runner = runner;
            this.table = DSL.table(DSL.name(collection.name()));
            this.primaryKey = primaryKey;
            this.sortField = sortField;
            this.key = DSL.field(DSL.name(primaryKey.name()));
            this.sort = DSL.field(DSL.name(sortField.name()));
        }

        void run(Object item, Object to) throws SQLException {
            giveEveryItemASortValue();
            renumberIfDuplicated();
            BigDecimal target = sortValueOf(to);
            BigDecimal source = sortValueOf(item);
            Condition others = key.ne(bound(item));
            runner.execute(engine.sql().dsl().update(table).set(sort, sortValue(target)).where(key.eq(bound(item))));
            if (source.compareTo(target) < 0) {
                runner.execute(engine.sql().dsl().update(table).set(Map.of(sort, sort.minus(DSL.inline(1))))
                    .where(sort.gt(sortValue(source)), sort.le(sortValue(target)), others));
            } else {
                runner.execute(engine.sql().dsl().update(table).set(Map.of(sort, sort.plus(DSL.inline(1))))
                    .where(sort.ge(sortValue(target)), sort.le(sortValue(source)), others));
            }
        }

        /** Items without a value go after the highest one, in key order. */
        private void giveEveryItemASortValue() throws SQLException {
            List<Object> unsorted = runner.query(engine.sql().dsl().select(key).from(table).where(sort.isNull())
                .orderBy(key), row -> row.getObject(1));
            if (unsorted.isEmpty()) {
                return;
            }
            List<BigDecimal> highest = runner.query(engine.sql().dsl().select(DSL.max(sort)).from(table),
                row -> decimal(row.getObject(1)));
            BigDecimal last = highest.isEmpty() || highest.get(0) == null ? BigDecimal.ZERO : highest.get(0);
            for (Object unsortedKey : unsorted) {
                last = last.add(BigDecimal.ONE);
                runner.execute(engine.sql().dsl().update(table).set(sort, sortValue(last)).where(key.eq(unsortedKey)));
            }
        }

        /** With two items on one value the move would be ambiguous: every item is numbered afresh, in order. */
        private void renumberIfDuplicated() throws SQLException {
            List<Object> duplicated = runner.query(engine.sql().dsl().select(sort).from(table).groupBy(sort)
                .having(DSL.count(sort).gt(1)).limit(1), row -> row.getObject(1));
            if (duplicated.isEmpty()) {
                return;
            }
            List<Object> ordered = runner.query(engine.sql().dsl().select(key).from(table).orderBy(sort, key),
                row -> row.getObject(1));
            for (int i = 0; i < ordered.size(); i++) {
                runner.execute(engine.sql().dsl().update(table).set(sort, sortValue(BigDecimal.valueOf(i + 1L)))
                    .where(key.eq(ordered.get(i))));
            }
        }

        private BigDecimal sortValueOf(Object itemKey) throws SQLException {
            List<BigDecimal> values = runner.query(engine.sql().dsl().select(sort).from(table)
                .where(key.eq(bound(itemKey))), row -> decimal(row.getObject(1)));
            if (values.isEmpty()) {
                throw new ForbiddenException();
            }
            return values.get(0);
        }

        private Object bound(Object itemKey) {
            return engine.codec().toDatabase(primaryKey, itemKey);
        }

        private Object sortValue(BigDecimal value) {
            return engine.codec().toDatabase(sortField, value);
        }

        private static BigDecimal decimal(Object value) {
            return value == null ? null : new BigDecimal(value.toString());
        }
    }
}

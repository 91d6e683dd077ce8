package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.FilterCompiler;
import dev.ordo.plugins.data.sql.OperatorCheck;
import dev.ordo.plugins.data.sql.SearchCompiler;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.sql.TableAliases;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Runs a read plan: one statement for the root level, then one per relation per level, batched over every parent
 * item (never one per row; {@code RELATIONAL_BATCH_SIZE} keys per statement at most). One-to-many levels are cut per
 * parent with {@code ROW_NUMBER() OVER (PARTITION BY ...)}, so limits and offsets apply to each parent's list.
 */
public final class ReadExecutor {

    private static final String PARENT = "__parent";
    private static final String ROW = "__row";

    private final SchemaContext schema;
    private final Sql sql;
    private final ValueCodec codec;
    private final OperatorCheck operators;
    private final int batchSize;

    public ReadExecutor(SchemaContext schema, Sql sql, ValueCodec codec, OperatorCheck operators, int batchSize) {
        this.schema = schema;
        this.sql = sql;
        this.codec = codec;
        this.operators = operators;
        this.batchSize = batchSize;
    }

    /** The items of the root level, with every relation filled in. */
    public List<Map<String, Object>> read(ReadNode root, SqlRunner runner) throws SQLException {
        TableAliases aliases = new TableAliases();
        String alias = aliases.next();
        FilterCompiler filters = new FilterCompiler(schema, codec, operators, aliases);
        LevelColumns columns = LevelColumns.of(root, alias, filters, codec);
        LevelSource source = LevelSource.of(root, alias, schema, aliases, codec.vendor());
        var select = sql.dsl().select(columns.fields()).from(source.from())
            .where(where(root, alias, filters, true)).orderBy(source.order());
        Select<?> statement = root.query().unlimited()
            ? (root.query().offset() > 0 ? select.offset(root.query().offset()) : select)
            : select.limit(root.query().limit()).offset(root.query().offset());
        List<FetchedItem> items = runner.query(statement, row -> columns.read(row, 1, codec));
        resolve(root, items, runner);
        return outputs(items);
    }

    /** {@code COUNT(*)} of the root level: with the caller's filter and search, or with permissions only. */
    public long count(ReadNode root, boolean withFilter, SqlRunner runner) throws SQLException {
        TableAliases aliases = new TableAliases();
        String alias = aliases.next();
        FilterCompiler filters = new FilterCompiler(schema, codec, operators, aliases);
        Condition condition = withFilter ? where(root, alias, filters, true) : DSL.and(root.rules().itemFilter()
            .map(f -> filters.compile(f, root.collection(), alias, "")).orElse(DSL.noCondition()));
        var statement = sql.dsl().selectCount().from(Sql.table(root.name(), alias)).where(condition);
        return runner.query(statement, row -> row.getLong(1)).get(0);
    }

    private Condition where(ReadNode node, String alias, FilterCompiler filters, boolean withSearch) {
        List<Condition> conditions = new ArrayList<>();
        node.query().filter().ifPresent(f -> conditions.add(filters.compile(f, node.collection(), alias, node.path())));
        if (withSearch) {
            node.query().search().filter(s -> !s.isBlank())
                .ifPresent(s -> conditions.add(SearchCompiler.compile(s, node.collection(), node.rules(), alias)));
        }
        return DSL.and(conditions);
    }

    /** Fills in every relational selection of {@code items}, one statement per relation (per batch of keys). */
    private void resolve(ReadNode node, List<FetchedItem> items, SqlRunner runner) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        for (Selection selection : node.selections()) {
            if (selection instanceof Selection.ManyToOne m2o) {
                manyToOne(m2o, items, runner);
            } else if (selection instanceof Selection.OneToMany o2m) {
                oneToMany(o2m, items, runner);
            } else if (selection instanceof Selection.AnyToOne a2o) {
                anyToOne(a2o, items, runner);
            }
        }
    }

    private void manyToOne(Selection.ManyToOne selection, List<FetchedItem> items, SqlRunner runner) throws SQLException {
        Set<Object> keys = new LinkedHashSet<>();
        items.forEach(item -> addKey(keys, item.links.get(selection)));
        Map<Object, FetchedItem> related = byKey(selection.nested(), keys, runner);
        for (FetchedItem item : items) {
            FetchedItem target = related.get(Keys.normalize(item.links.get(selection)));
            item.output.put(selection.outputKey(), target == null ? null : target.output);
        }
    }

    private void anyToOne(Selection.AnyToOne selection, List<FetchedItem> items, SqlRunner runner) throws SQLException {
        Map<String, Map<Object, FetchedItem>> found = new LinkedHashMap<>();
        for (Map.Entry<String, ReadNode> target : selection.nested().entrySet()) {
            FieldOverview key = target.getValue().collection().field(target.getValue().primaryKey()).orElseThrow();
            Set<Object> keys = new LinkedHashSet<>();
            for (FetchedItem item : items) {
                if (target.getKey().equals(item.linkedCollections.get(selection))) {
                    addKey(keys, asKeyOf(key, item.links.get(selection)));
                }
            }
            found.put(target.getKey(), byKey(target.getValue(), keys, runner));
        }
        for (FetchedItem item : items) {
            Map<Object, FetchedItem> inCollection = found.get(item.linkedCollections.get(selection));
            Object link = item.links.get(selection);
            if (inCollection == null) {
                item.output.put(selection.outputKey(), link);
                continue;
            }
            FieldOverview key = selection.nested().get(item.linkedCollections.get(selection)).collection()
                .field(selection.nested().get(item.linkedCollections.get(selection)).primaryKey()).orElseThrow();
            FetchedItem target = inCollection.get(Keys.normalize(asKeyOf(key, link)));
            item.output.put(selection.outputKey(), target == null ? null : target.output);
        }
    }

    private void oneToMany(Selection.OneToMany selection, List<FetchedItem> items, SqlRunner runner) throws SQLException {
        Set<Object> parentKeys = new LinkedHashSet<>();
        items.forEach(item -> addKey(parentKeys, item.primaryKey));
        Map<Object, List<FetchedItem>> children = new LinkedHashMap<>();
        List<FetchedItem> all = new ArrayList<>();
        for (List<Object> batch : batches(parentKeys)) {
            for (FetchedItem child : children(selection, batch, runner)) {
                children.computeIfAbsent(Keys.normalize(child.parentKey), k -> new ArrayList<>()).add(child);
                all.add(child);
            }
        }
        resolve(selection.nested(), all, runner);
        for (FetchedItem item : items) {
            List<FetchedItem> list = children.getOrDefault(Keys.normalize(item.primaryKey), List.of());
            List<Object> value = new ArrayList<>(list.size());
            list.forEach(child -> value.add(selection.keysOnly() ? child.primaryKey : child.output));
            item.output.put(selection.outputKey(), value);
        }
    }

    /** The children of a batch of parents, in each parent's order, cut to the level's limit and offset per parent. */
    private List<FetchedItem> children(Selection.OneToMany selection, List<Object> parentKeys, SqlRunner runner)
        throws SQLException {
        ReadNode node = selection.nested();
        TableAliases aliases = new TableAliases();
        String alias = aliases.next();
        FilterCompiler filters = new FilterCompiler(schema, codec, operators, aliases);
        LevelColumns columns = LevelColumns.of(node, alias, filters, codec);
        LevelSource source = LevelSource.of(node, alias, schema, aliases, codec.vendor());
        Field<Object> parent = Sql.column(alias, selection.relation().childField());
        Condition condition = Sql.in(parent, parentKeys).and(where(node, alias, filters, true));
        List<Field<?>> fields = new ArrayList<>(columns.fields());
        fields.add(parent.as(PARENT));
        LevelQuery query = node.query();
        if (query.unlimited() && query.offset() == 0) {
            var statement = sql.dsl().select(fields).from(source.from()).where(condition).orderBy(source.order());
            return runner.query(statement, row -> child(columns, row));
        }
        fields.add(DSL.rowNumber().over().partitionBy(parent).orderBy(source.order()).as(ROW));
        Table<?> ranked = sql.dsl().select(fields).from(source.from()).where(condition).asTable("ranked");
        Field<Integer> row = DSL.field(DSL.name("ranked", ROW), Integer.class);
        SelectConditionStep<?> window = sql.dsl().select(ranked.fields()).from(ranked).where(row.gt(query.offset()));
        if (!query.unlimited()) {
            window = window.and(row.le(query.offset() + query.limit()));
        }
        return runner.query(window.orderBy(DSL.field(DSL.name("ranked", PARENT)), row), r -> child(columns, r));
    }

    private FetchedItem child(LevelColumns columns, java.sql.ResultSet row) throws SQLException {
        FetchedItem child = columns.read(row, 1, codec);
        child.parentKey = row.getObject(columns.size() + 1);
        return child;
    }

    /** The items of a level with the given keys, by normalised key. */
    private Map<Object, FetchedItem> byKey(ReadNode node, Set<Object> keys, SqlRunner runner) throws SQLException {
        Map<Object, FetchedItem> found = new LinkedHashMap<>();
        for (List<Object> batch : batches(keys)) {
            TableAliases aliases = new TableAliases();
            String alias = aliases.next();
            FilterCompiler filters = new FilterCompiler(schema, codec, operators, aliases);
            LevelColumns columns = LevelColumns.of(node, alias, filters, codec);
            Condition condition = Sql.in(Sql.column(alias, node.primaryKey()), batch).and(where(node, alias, filters, false));
            var statement = sql.dsl().select(columns.fields()).from(Sql.table(node.name(), alias)).where(condition);
            List<FetchedItem> items = runner.query(statement, row -> columns.read(row, 1, codec));
            resolve(node, items, runner);
            items.forEach(item -> found.put(Keys.normalize(item.primaryKey), item));
        }
        return found;
    }

    private List<List<Object>> batches(Set<Object> keys) {
        List<List<Object>> batches = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object key : keys) {
            current.add(key);
            if (current.size() == batchSize) {
                batches.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** A key as the target's primary key type expects it (many-to-any junctions store keys as text). */
    private Object asKeyOf(FieldOverview key, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return codec.toDatabase(key, value);
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }

    private static void addKey(Set<Object> keys, Object key) {
        if (key != null) {
            keys.add(key);
        }
    }

    private static List<Map<String, Object>> outputs(List<FetchedItem> items) {
        List<Map<String, Object>> outputs = new ArrayList<>(items.size());
        items.forEach(item -> outputs.add(item.output));
        return outputs;
    }
}

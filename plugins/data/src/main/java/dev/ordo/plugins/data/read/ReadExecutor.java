package dev.ordo.plugins.data.read;

import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.sql.CompiledStatement;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Runs a compiled read plan: one statement for the root level, then one per relation per level, batched over every
 * parent item (never one per row; {@code RELATIONAL_BATCH_SIZE} keys per statement at most). A one-to-many whose
 * children outnumber what its per-parent limit lets through takes a second statement (see {@link #children}).
 */
public final class ReadExecutor {

    /**
     * From this many parents of a root level that reads every item of its table, their children are read whole rather
     * than by binding every parent's key.
     */
    private static final int MANY_PARENTS = 1000;

    private final ValueCodec codec;
    private final int batchSize;

    public ReadExecutor(ValueCodec codec, int batchSize) {
        this.codec = codec;
        this.batchSize = batchSize;
    }

    /** The items of the root level, with every relation filled in. */
    public List<Map<String, Object>> read(CompiledLevels levels, SqlRunner runner) throws SQLException {
        LevelStatement root = levels.rootStatement();
        List<FetchedItem> items = runner.query(root.statement(), row -> root.columns().read(row, 1, codec));
        resolve(levels.root(), levels, items, runner, true);
        return outputs(items);
    }

    /** Runs a {@code COUNT(*)} statement. */
    public long count(CompiledStatement count, SqlRunner runner) throws SQLException {
        return runner.query(count, row -> row.getLong(1)).get(0);
    }

    /** Fills in every relational selection of {@code items}, one statement per relation (per batch of keys). */
    private void resolve(ReadNode node, CompiledLevels levels, List<FetchedItem> items, SqlRunner runner)
        throws SQLException {
        resolve(node, levels, items, runner, false);
    }

    /** @param wholeRoot {@code items} are what the root level read (see {@link CompiledLevels#underWholeRoot}) */
    private void resolve(ReadNode node, CompiledLevels levels, List<FetchedItem> items, SqlRunner runner,
                         boolean wholeRoot) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        for (Selection selection : node.selections()) {
            if (selection instanceof Selection.ManyToOne m2o) {
                manyToOne(m2o, levels, items, runner);
            } else if (selection instanceof Selection.OneToMany o2m) {
                oneToMany(o2m, levels, items, runner, wholeRoot);
            } else if (selection instanceof Selection.AnyToOne a2o) {
                anyToOne(a2o, levels, items, runner);
            }
        }
    }

    private void manyToOne(Selection.ManyToOne selection, CompiledLevels levels, List<FetchedItem> items,
                           SqlRunner runner) throws SQLException {
        Set<Object> keys = new LinkedHashSet<>();
        items.forEach(item -> addKey(keys, item.link(selection)));
        Map<Object, FetchedItem> related = byKey(selection.nested(), levels, keys, runner);
        for (FetchedItem item : items) {
            FetchedItem target = related.get(Keys.normalize(item.link(selection)));
            item.output.put(selection.outputKey(), target == null ? null : target.output);
        }
    }

    private void anyToOne(Selection.AnyToOne selection, CompiledLevels levels, List<FetchedItem> items,
                          SqlRunner runner) throws SQLException {
        Map<String, Map<Object, FetchedItem>> found = new LinkedHashMap<>();
        for (Map.Entry<String, ReadNode> target : selection.nested().entrySet()) {
            FieldOverview key = target.getValue().collection().field(target.getValue().primaryKey()).orElseThrow();
            Set<Object> keys = new LinkedHashSet<>();
            for (FetchedItem item : items) {
                if (target.getKey().equals(item.linkedCollection(selection))) {
                    addKey(keys, asKeyOf(key, item.link(selection)));
                }
            }
            found.put(target.getKey(), byKey(target.getValue(), levels, keys, runner));
        }
        for (FetchedItem item : items) {
            Map<Object, FetchedItem> inCollection = found.get(item.linkedCollection(selection));
            Object link = item.link(selection);
            if (inCollection == null) {
                item.output.put(selection.outputKey(), link);
                continue;
            }
            FieldOverview key = selection.nested().get(item.linkedCollection(selection)).collection()
                .field(selection.nested().get(item.linkedCollection(selection)).primaryKey()).orElseThrow();
            FetchedItem target = inCollection.get(Keys.normalize(asKeyOf(key, link)));
            item.output.put(selection.outputKey(), target == null ? null : target.output);
        }
    }

    private void oneToMany(Selection.OneToMany selection, CompiledLevels levels, List<FetchedItem> items,
                           SqlRunner runner, boolean wholeRoot) throws SQLException {
        Set<Object> parentKeys = new LinkedHashSet<>();
        items.stream().filter(item -> !item.isHidden(selection)).forEach(item -> addKey(parentKeys, item.primaryKey));
        LevelQuery query = selection.nested().query();
        Map<Object, List<FetchedItem>> children = new LinkedHashMap<>();
        List<FetchedItem> all = new ArrayList<>();
        Optional<LevelStatement> everyChild = wholeRoot && parentKeys.size() >= MANY_PARENTS
            ? levels.underWholeRoot(selection.nested()) : Optional.empty();
        if (everyChild.isPresent()) {
            // Children of parents whose list the caller may not see, or that came in after the root was read, are
            // read too but never attached: only the parents read (and shown) get their lists.
            Set<Object> shown = new HashSet<>();
            parentKeys.forEach(key -> shown.add(Keys.normalize(key)));
            List<FetchedItem> found = children(everyChild.get(), statement -> statement, items.size(), query, runner);
            found.removeIf(child -> !shown.contains(child.parentKey));
            attach(found, children, all);
        } else {
            LevelStatement statement = levels.of(selection.nested());
            for (List<Object> batch : batches(parentKeys)) {
                attach(children(statement, keyed -> keyed.withKeys(batch), batch.size(), query, runner), children, all);
            }
        }
        resolve(selection.nested(), levels, all, runner);
        for (FetchedItem item : items) {
            if (item.isHidden(selection)) {
                item.output.put(selection.outputKey(), null);
                continue;
            }
            List<FetchedItem> list = children.getOrDefault(Keys.normalize(item.primaryKey), List.of());
            List<Object> value = new ArrayList<>(list.size());
            list.forEach(child -> value.add(selection.keysOnly() ? child.primaryKey : child.output));
            item.output.put(selection.outputKey(), value);
        }
    }

    /**
     * The children of {@code parents} parent items, cut to each parent's offset and limit. When they are no more than
     * the largest answer could hold (every parent's list full), they are read whole and cut here: one plain statement,
     * the database reading at most one row more than that to tell. Past it, the statement that cuts per parent in the
     * database runs instead, so a parent with a million children costs at most the answer's size read once more.
     *
     * @param forParents fills a statement's parent keys
     */
    private List<FetchedItem> children(LevelStatement statement, UnaryOperator<CompiledStatement> forParents,
                                       int parents, LevelQuery query, SqlRunner runner) throws SQLException {
        SqlRunner.RowMapper<FetchedItem> mapper = row -> child(statement.columns(), row);
        CompiledStatement every = forParents.apply(statement.statement());
        if (query.unlimited()) {
            return cut(runner.query(every, mapper), query);
        }
        long most = (long) parents * (query.offset() + query.limit());
        if (most < Integer.MAX_VALUE) {
            List<FetchedItem> found = runner.query(every, mapper, (int) most + 1);
            if (found.size() <= most) {
                return cut(found, query);
            }
        }
        return runner.query(forParents.apply(statement.cutPerParent().orElseThrow()), mapper);
    }

    /** Each parent's children from its offset on, at most its limit of them, in the order read. */
    private static List<FetchedItem> cut(List<FetchedItem> children, LevelQuery query) {
        if (query.offset() == 0 && query.unlimited()) {
            return children;
        }
        Map<Object, Integer> counted = new HashMap<>();
        List<FetchedItem> kept = new ArrayList<>(children.size());
        for (FetchedItem child : children) {
            int position = counted.merge(child.parentKey, 1, Integer::sum);
            if (position > query.offset() && (query.unlimited() || position <= query.offset() + query.limit())) {
                kept.add(child);
            }
        }
        return kept;
    }

    /** Files each child under its parent's key, in the order read. */
    private static void attach(List<FetchedItem> found, Map<Object, List<FetchedItem>> children,
                               List<FetchedItem> all) {
        for (FetchedItem child : found) {
            children.computeIfAbsent(child.parentKey, k -> new ArrayList<>()).add(child);
            all.add(child);
        }
    }

    private FetchedItem child(LevelColumns columns, java.sql.ResultSet row) throws SQLException {
        FetchedItem child = columns.read(row, 1, codec);
        child.parentKey = Keys.normalize(row.getObject(columns.size() + 1));
        return child;
    }

    /** The items of a level with the given keys, by normalised key. */
    private Map<Object, FetchedItem> byKey(ReadNode node, CompiledLevels levels, Set<Object> keys, SqlRunner runner)
        throws SQLException {
        Map<Object, FetchedItem> found = new LinkedHashMap<>();
        LevelStatement statement = levels.of(node);
        for (List<Object> batch : batches(keys)) {
            List<FetchedItem> items = runner.query(statement.statement().withKeys(batch),
                row -> statement.columns().read(row, 1, codec));
            resolve(node, levels, items, runner);
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

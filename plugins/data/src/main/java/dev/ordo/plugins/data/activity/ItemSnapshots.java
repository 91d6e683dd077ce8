package dev.ordo.plugins.data.activity;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.items.ItemsEngine;
import dev.ordo.plugins.data.read.QueryLimits;
import dev.ordo.plugins.data.read.CompiledLevels;
import dev.ordo.plugins.data.read.ReadExecutor;
import dev.ordo.plugins.data.read.ReadPlanner;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.SqlRunner;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Reads items back, inside the writing transaction, as a revision's {@code data}: what {@code fields=*} reads for an
 * admin, whoever the caller is (column fields in their wire form, concealed values masked, and the keys of the
 * related items of one-to-many, many-to-many and many-to-any fields, as Directus's snapshot holds them, so that a
 * revert restores those links too), one read per batch of keys.
 */
public final class ItemSnapshots {

    private static final AccessRules EVERYTHING =
        (caller, collection, action) -> Optional.of(CollectionRules.EVERYTHING);
    private static final QueryLimits UNLIMITED = new QueryLimits(-1, -1);

    private final SchemaContext schema;
    private final ItemsEngine engine;

    public ItemSnapshots(SchemaContext schema, ItemsEngine engine) {
        this.schema = schema;
        this.engine = engine;
    }

    /** The items of {@code collection} with these keys, by the text of their key. */
    public Map<String, Map<String, Object>> read(String collection, Collection<Object> keys, SqlRunner runner)
        throws SQLException {
        String primaryKey = schema.primaryKey(collection);
        ReadPlanner planner = new ReadPlanner(schema, EVERYTHING, Accountability.system(), UNLIMITED,
            UnaryOperator.identity());
        ReadExecutor executor = new ReadExecutor(engine.codec(), engine.batchSize());
        Map<String, Map<String, Object>> snapshots = new LinkedHashMap<>();
        for (List<Object> batch : batches(keys, engine.batchSize())) {
            Query query = Query.fields(List.of("*")).withLimit(Optional.of(-1))
                .withFilter(Optional.of(new Filter.Condition(primaryKey, "_in", batch)));
            for (Map<String, Object> item : executor.read(CompiledLevels.compile(planner.plan(collection, query), schema,
                engine.sql(), engine.codec(), engine.operators(), false, false), runner)) {
                snapshots.put(String.valueOf(item.get(primaryKey)), item);
            }
        }
        return snapshots;
    }

    private static List<List<Object>> batches(Collection<Object> keys, int size) {
        List<Object> all = new ArrayList<>(keys);
        int step = Math.max(size, 1);
        return IntStream.range(0, (all.size() + step - 1) / step)
            .mapToObj(i -> all.subList(i * step, Math.min(all.size(), (i + 1) * step))).toList();
    }
}

package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.read.CompiledLevels;
import dev.ordo.plugins.data.read.ReadExecutor;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read side of the items service: plan the request (or find its plan cached), run it, add the meta counts. */
final class ItemReads {

    private final ItemsEngine engine;
    private final SchemaContexts schemas;
    private final ReadPlans plans;
    private final ReadExecutor executor;

    ItemReads(ItemsEngine engine, SchemaContexts schemas) {
        this.engine = engine;
        this.schemas = schemas;
        this.plans = new ReadPlans(engine);
        this.executor = new ReadExecutor(engine.codec(), engine.batchSize());
    }

    ReadResult read(String collection, Query query, Accountability caller) {
        SchemaContext schema = schemas.get();
        // groupBy alone also answers groups (its distinct values), not items.
        if (query.isAggregate() || !query.groupBy().isEmpty()) {
            AggregateReader aggregates = new AggregateReader(schema, engine, caller);
            AggregateReader.Statement statement = aggregates.prepare(collection, query);
            return engine.read(runner -> new ReadResult(aggregates.run(statement, runner),
                aggregates.meta(statement, runner)));
        }
        CompiledLevels plan = plans.plan(schema, collection, query, caller);
        return engine.read(runner -> {
            List<Map<String, Object>> data = executor.read(plan, runner);
            Map<String, Object> meta = new LinkedHashMap<>();
            if (plan.totalCount().isPresent()) {
                meta.put("total_count", executor.count(plan.totalCount().get(), runner));
            }
            if (plan.filterCount().isPresent()) {
                meta.put("filter_count", executor.count(plan.filterCount().get(), runner));
            }
            return new ReadResult(data, meta);
        });
    }

    /**
     * Plans reading {@code collection} with {@code query} as {@code caller} without running the plan, so a query that
     * cannot be read is refused as the read would refuse it.
     */
    void check(String collection, Query query, Accountability caller) {
        SchemaContext schema = schemas.get();
        if (query.isAggregate() || !query.groupBy().isEmpty()) {
            new AggregateReader(schema, engine, caller).prepare(collection, query);
        } else {
            plans.plan(schema, collection, query, caller);
        }
    }

    Map<String, Object> readOne(String collection, Object key, Query query, Accountability caller) {
        FieldOverview primaryKey = primaryKeyOf(collection);
        Object checked = PrimaryKeys.coerce(primaryKey, key);
        Query single = withKeys(query, primaryKey, List.of(checked)).withLimit(Optional.of(1)).withOffset(Optional.empty())
            .withMeta(List.of());
        List<Map<String, Object>> found = read(collection, single, caller).data();
        if (found.isEmpty()) {
            throw new ForbiddenException();
        }
        return found.get(0);
    }

    List<Map<String, Object>> readMany(String collection, List<?> keys, Query query, Accountability caller) {
        FieldOverview primaryKey = primaryKeyOf(collection);
        List<Object> checked = new ArrayList<>();
        keys.forEach(key -> checked.add(PrimaryKeys.coerce(primaryKey, key)));
        if (checked.isEmpty()) {
            return List.of();
        }
        // As Directus: the query's own limit holds, and without one (or with 0) it is the number of keys.
        int limit = query.limit().filter(given -> given != 0).orElse(checked.size());
        Query many = withKeys(query, primaryKey, checked).withLimit(Optional.of(limit)).withMeta(List.of());
        return read(collection, many, caller).data();
    }

    Map<String, Object> readSingleton(String collection, Query query, Accountability caller) {
        List<Map<String, Object>> found = read(collection, query.withLimit(Optional.of(1)).withMeta(List.of()), caller)
            .data();
        return found.isEmpty() ? SingletonDefaults.of(schemas.get().collection(collection), query) : found.get(0);
    }

    private FieldOverview primaryKeyOf(String collection) {
        CollectionOverview overview = schemas.get().collection(collection);
        return overview.field(overview.primaryKey().orElseThrow()).orElseThrow();
    }

    private static Query withKeys(Query query, FieldOverview primaryKey, List<Object> keys) {
        Filter byKey = new Filter.Condition(primaryKey.name(), keys.size() == 1 ? "_eq" : "_in",
            keys.size() == 1 ? keys.get(0) : keys);
        Filter filter = query.filter().map(f -> (Filter) new Filter.And(List.of(f, byKey))).orElse(byKey);
        return query.withFilter(Optional.of(filter));
    }

}

package dev.ordo.plugins.data.items;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.read.CompiledLevels;
import dev.ordo.plugins.data.read.ReadNode;
import dev.ordo.plugins.data.read.ReadPlanner;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Compiled read plans (the planned levels and their rendered SQL), cached per schema, collection, query and what
 * decides the caller's permissions, so a repeated read skips planning and rendering. A plan is kept only when it does
 * not depend on the moment or on who the caller is: when resolving dynamic variables ({@code $NOW},
 * {@code $CURRENT_USER}, ...) changed any of its filters it is used once and dropped. Plans of an older schema are
 * never found again: the key holds the schema by identity, and the whole cache is emptied when the schema changes;
 * likewise plans built under older permission rules, whose version is part of the key.
 */
final class ReadPlans {

    /** Plans kept at most; Caffeine keeps the ones used often. */
    static final int MAXIMUM_SIZE = 1_000;

    private final ItemsEngine engine;
    private final Cache<PlanKey, CompiledLevels> plans = Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).build();
    private volatile SchemaContext lastSchema;

    ReadPlans(ItemsEngine engine) {
        this.engine = engine;
    }

    /** The compiled plan of reading {@code collection} with {@code query} as {@code caller}. */
    CompiledLevels plan(SchemaContext schema, String collection, Query query, Accountability caller) {
        if (schema != lastSchema) {
            plans.invalidateAll();
            lastSchema = schema;
        }
        PlanKey key = new PlanKey(schema, collection, query, CallerScope.of(caller, engine.access().version()));
        CompiledLevels cached = plans.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        ChangeTracking variables = new ChangeTracking(engine.variables().forCaller(caller));
        ReadNode root = new ReadPlanner(schema, engine.access(), caller, engine.limits(), variables)
            .plan(collection, query);
        CompiledLevels compiled = CompiledLevels.compile(root, schema, engine.sql(), engine.codec(), engine.operators(),
            query.meta().contains("total_count"), query.meta().contains("filter_count"));
        if (!variables.changedAny) {
            plans.put(key, compiled);
        }
        return compiled;
    }

    /** Forgets every plan (permissions changed, or the cache was cleared). */
    void clear() {
        plans.invalidateAll();
    }

    long size() {
        plans.cleanUp();
        return plans.estimatedSize();
    }

    /**
     * What of the caller a plan depends on when no dynamic variable was resolved: what decides its permissions, and
     * the version of the rules it was built under (plans of older rules are never found again).
     */
    private record CallerScope(Optional<String> role, List<String> roles, List<String> policies, boolean admin,
                               boolean app, Optional<String> share, long rulesVersion) {
        static CallerScope of(Accountability caller, long rulesVersion) {
            return new CallerScope(caller.role(), caller.roles(), caller.policies(), caller.admin(), caller.app(),
                caller.share(), rulesVersion);
        }
    }

    /** A cache key; the schema is compared by identity (each schema change builds a new one). */
    private static final class PlanKey {
        private final SchemaContext schema;
        private final String collection;
        private final Query query;
        private final CallerScope caller;
        private final int hash;

        PlanKey(SchemaContext schema, String collection, Query query, CallerScope caller) {
            this.schema = schema;
            this.collection = collection;
            this.query = query;
            this.caller = caller;
            this.hash = Objects.hash(System.identityHashCode(schema), collection, query, caller);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PlanKey key && key.schema == schema && key.hash == hash
                && key.collection.equals(collection) && key.query.equals(query) && key.caller.equals(caller);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Resolves variables and notes whether that changed any filter. Used by one planning, on one thread. */
    private static final class ChangeTracking implements UnaryOperator<Filter> {
        private final UnaryOperator<Filter> resolve;
        private boolean changedAny;

        ChangeTracking(UnaryOperator<Filter> resolve) {
            this.resolve = resolve;
        }

        @Override
        public Filter apply(Filter filter) {
            Filter resolved = resolve.apply(filter);
            if (!resolved.equals(filter)) {
                changedAny = true;
            }
            return resolved;
        }
    }
}

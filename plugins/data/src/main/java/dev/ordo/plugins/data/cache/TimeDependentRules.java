package dev.ordo.plugins.data.cache;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.access.Grant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Whether what a caller may see depends on the moment: one of their permission rules filters items with
 * {@code $NOW}, or presets a value with it ({@code /permissions/me} answers with presets resolved). Such answers go
 * stale by themselves, so the cache never keeps them. Directus's
 * {@code permissionsCacheable} looks only at the read rules of the collection in the path; Ordo looks at every rule
 * of the caller, since a read follows relations into other collections and {@code /permissions/me/:collection/:key}
 * answers with the update, delete and share rules.
 */
final class TimeDependentRules {

    private static final String NOW = "$NOW";

    private final AccessRules rules;
    private final Supplier<? extends Collection<String>> collections;
    /** The answer per policy set: what rules say depends on the policies only, and looking costs a lookup per rule. */
    private final Map<List<String>, Boolean> byPolicies = new ConcurrentHashMap<>();
    /** Counts {@link #forget}s, so an answer found while rules changed is not kept after it. */
    private final AtomicLong forgets = new AtomicLong();

    /** @param collections the names of every collection there is, whose rules are looked at */
    TimeDependentRules(AccessRules rules, Supplier<? extends Collection<String>> collections) {
        this.rules = rules;
        this.collections = collections;
    }

    boolean applyTo(Accountability caller) {
        if (caller.admin()) {
            return false;
        }
        Boolean known = byPolicies.get(caller.policies());
        if (known != null) {
            return known;
        }
        long forgetsBefore = forgets.get();
        boolean found = anyRuleMentionsNow(caller);
        if (forgets.get() == forgetsBefore) {
            byPolicies.put(caller.policies(), found);
        }
        return found;
    }

    /** Drops what is known, after permissions or the schema changed. */
    void forget() {
        forgets.incrementAndGet();
        byPolicies.clear();
    }

    private boolean anyRuleMentionsNow(Accountability caller) {
        for (String collection : collections.get()) {
            for (Action action : Action.values()) {
                if (mentionsNow(rules.rules(caller, collection, action))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentionsNow(Optional<CollectionRules> found) {
        return found.map(CollectionRules::grants).stream()
            .flatMap(Collection::stream)
            .anyMatch(TimeDependentRules::mentionsNow);
    }

    /** Its item filter, or its presets, which {@code /permissions/me} shows with {@code $NOW} resolved. */
    private static boolean mentionsNow(Grant grant) {
        return grant.itemFilter().map(TimeDependentRules::mentionsNow).orElse(false)
            || valueMentionsNow(grant.presets());
    }

    private static boolean mentionsNow(Filter filter) {
        if (filter instanceof Filter.And and) {
            return and.filters().stream().anyMatch(TimeDependentRules::mentionsNow);
        }
        if (filter instanceof Filter.Or or) {
            return or.filters().stream().anyMatch(TimeDependentRules::mentionsNow);
        }
        if (filter instanceof Filter.Related related) {
            return mentionsNow(related.filter());
        }
        return valueMentionsNow(((Filter.Condition) filter).value());
    }

    private static boolean valueMentionsNow(Object value) {
        if (value instanceof String text) {
            return text.startsWith(NOW);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(TimeDependentRules::valueMentionsNow);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(TimeDependentRules::valueMentionsNow);
        }
        return false;
    }
}

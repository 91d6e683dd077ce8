package dev.ordo.plugins.data.cache;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.access.Grant;
import java.util.Collection;
import java.util.Map;

/**
 * Whether the items a caller may read of a collection depend on the moment: some read permission filters with
 * {@code $NOW}. Such answers go stale by themselves, so the cache never keeps them (Directus's
 * {@code permissionsCacheable}, which looks at the read permissions of the requested collection).
 */
final class TimeDependentRules {

    private static final String NOW = "$NOW";

    private final AccessRules rules;

    TimeDependentRules(AccessRules rules) {
        this.rules = rules;
    }

    boolean applyTo(Accountability caller, String collection) {
        return rules.rules(caller, collection, Action.READ).map(CollectionRules::grants).stream()
            .flatMap(Collection::stream)
            .map(Grant::itemFilter)
            .anyMatch(filter -> filter.map(TimeDependentRules::mentionsNow).orElse(false));
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

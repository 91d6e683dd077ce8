package dev.ordo.plugins.data.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.Registration;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.event.Events;
import dev.ordo.api.items.ItemsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The v11 policies model (PLATFORM.md §2): admins may do everything; anyone else gets the {@code directus_permissions}
 * rows of their policies, plus the app-access minimal permissions when they have app access. The rows of each set
 * of policies are read once and kept until a role, policy, access row, permission or user changes.
 */
public final class PolicyAccessRules implements AccessRules {

    /**
     * Changes to these collections may change someone's rules. Writes to a system collection fire events named
     * without the {@code directus_} prefix: {@code permissions.update}, {@code roles.delete}, ...
     */
    static final List<String> RULE_COLLECTIONS = List.of("permissions", "policies", "access", "roles", "users");
    private static final int MAXIMUM_POLICY_SETS = 10_000;

    private final PermissionRowReader rows;
    private final Cache<List<String>, PolicyGrants> grants =
        Caffeine.newBuilder().maximumSize(MAXIMUM_POLICY_SETS).build();
    private final AtomicLong version = new AtomicLong();

    /** @param items the items service, looked up when first needed (it is built after these rules) */
    public PolicyAccessRules(Supplier<ItemsService> items) {
        this.rows = new PermissionRowReader(items);
    }

    @Override
    public Optional<CollectionRules> rules(Accountability caller, String collection, Action action) {
        if (caller.admin()) {
            return Optional.of(CollectionRules.EVERYTHING);
        }
        List<Grant> applying = new ArrayList<>(grantsOf(caller.policies()).of(collection, action));
        if (caller.app()) {
            applying.addAll(AppAccessGrants.of(collection, action));
        }
        return applying.isEmpty() ? Optional.empty() : Optional.of(new CollectionRules(applying));
    }

    @Override
    public long version() {
        return version.get();
    }

    /** Forgets every rule read so far; plans built under older rules are no longer found. */
    @Override
    public void purge() {
        version.incrementAndGet();
        grants.invalidateAll();
    }

    /** Purges the rules whenever the items service writes to a collection they are read from. */
    public List<Registration> purgeOnChanges(Events events) {
        return events.afterWritesTo(RULE_COLLECTIONS, this::purge);
    }

    /**
     * The grants of {@code policies}. Rows read while a purge happened are read again: a purge must never be undone by
     * a reading that started before it.
     */
    private PolicyGrants grantsOf(List<String> policies) {
        List<String> key = List.copyOf(policies);
        PolicyGrants cached = grants.get(key, this::load);
        if (cached.version() == version.get()) {
            return cached;
        }
        grants.invalidate(key);
        return load(key);
    }

    private PolicyGrants load(List<String> policies) {
        long readUnder = version.get();
        return PolicyGrants.of(policies, rows.read(policies), readUnder);
    }
}

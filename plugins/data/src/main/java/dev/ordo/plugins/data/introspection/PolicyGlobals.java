package dev.ordo.plugins.data.introspection;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /policies/me/globals} (PLATFORM.md §2.7): the caller's admin and app access as resolved for the request,
 * and whether any of their policies enforces two-factor authentication.
 */
public final class PolicyGlobals {

    private final ItemsService items;

    public PolicyGlobals(ItemsService items) {
        this.items = items;
    }

    public Map<String, Object> of(Accountability caller) {
        Map<String, Object> globals = new LinkedHashMap<>();
        globals.put("app_access", caller.app());
        globals.put("admin_access", caller.admin());
        globals.put("enforce_tfa", enforcesTfa(caller.policies()));
        return globals;
    }

    /**
     * The answer for callers with neither a user nor a role: only {@code app_access: false}, as Directus answers
     * when it refuses them the globals.
     */
    public static Map<String, Object> none() {
        return Map.of("app_access", false);
    }

    private boolean enforcesTfa(List<String> policies) {
        if (policies.isEmpty()) {
            return false;
        }
        Filter filter = new Filter.And(List.of(new Filter.Condition("id", "_in", policies),
            new Filter.Condition("enforce_tfa", "_eq", true)));
        Query query = Query.fields(List.of("id")).withFilter(Optional.of(filter)).withLimit(Optional.of(1));
        return !items.read("directus_policies", query, Accountability.system()).data().isEmpty();
    }
}

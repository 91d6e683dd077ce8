package dev.ordo.plugins.data.introspection;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.items.FilterVariables;
import dev.ordo.plugins.data.items.PresetValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code GET /permissions/me} (PLATFORM.md §2.7): per collection and action, whether the caller has no, partial (an
 * item filter applies) or full access, with the fields and presets, asked of the installed {@link AccessRules}.
 * Admins get full access to every collection, as in Directus; others only the collections they may act on at all.
 */
public final class CollectionAccess {

    private final AccessRules rules;
    private final FilterVariables variables;

    /** @param variables resolves the presets' dynamic variables for the caller, as Directus shows them */
    public CollectionAccess(AccessRules rules, FilterVariables variables) {
        this.rules = rules;
        this.variables = variables;
    }

    public Map<String, Object> of(Accountability caller, SchemaOverview schema) {
        Map<String, Object> collections = new LinkedHashMap<>();
        UnaryOperator<Object> values = variables.valuesForCaller(caller);
        for (CollectionOverview collection : schema.collections().values()) {
            if (collection.isFolder()) {
                continue;
            }
            Map<String, Object> actions = new LinkedHashMap<>();
            boolean any = false;
            for (Action action : Action.values()) {
                Optional<CollectionRules> found = caller.admin() ? Optional.of(CollectionRules.EVERYTHING)
                    : rules.rules(caller, collection.name(), action);
                actions.put(action.id(), describe(found, caller.admin(), values));
                any |= found.isPresent();
            }
            if (any) {
                collections.put(collection.name(), actions);
            }
        }
        return collections;
    }

    private static Map<String, Object> describe(Optional<CollectionRules> found, boolean admin,
                                                UnaryOperator<Object> values) {
        Map<String, Object> access = new LinkedHashMap<>();
        if (found.isEmpty()) {
            access.put("access", "none");
            return access;
        }
        CollectionRules rules = found.get();
        // As Directus reports it: partial as soon as one permission has an item filter, even when another opens every
        // item (what the caller may touch is still the union, as the rules say).
        boolean filtered = rules.grants().stream().anyMatch(grant -> grant.itemFilter().isPresent());
        access.put("access", filtered ? "partial" : "full");
        // The fields in the permissions' order; none listed (a delete's permission usually lists none) is no key.
        if (!rules.fields().isEmpty()) {
            access.put("fields", rules.allowsField("*") ? List.of("*") : List.copyOf(rules.fields()));
        }
        if (!admin && !rules.presets().isEmpty()) {
            access.put("presets", PresetValues.resolved(rules.presets(), values));
        }
        return access;
    }
}

package dev.ordo.plugins.data.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grants of one set of policies, by collection and action, in the order of the policies (then of the rows), so
 * later policies win when presets are merged.
 *
 * @param version the {@link PolicyAccessRules#version()} the rows were read under
 */
record PolicyGrants(Map<String, List<Grant>> byCollectionAndAction, long version) {

    PolicyGrants {
        Map<String, List<Grant>> copy = new LinkedHashMap<>();
        byCollectionAndAction.forEach((key, grants) -> copy.put(key, List.copyOf(grants)));
        byCollectionAndAction = Map.copyOf(copy);
    }

    /** @param rows the permission rows of {@code policies}, in any order */
    static PolicyGrants of(List<String> policies, List<PermissionRow> rows, long version) {
        Map<String, List<Grant>> grants = new LinkedHashMap<>();
        for (String policy : policies) {
            for (PermissionRow row : rows) {
                if (row.policy().equalsIgnoreCase(policy)) {
                    grants.computeIfAbsent(key(row.collection(), row.action()), k -> new ArrayList<>()).add(row.grant());
                }
            }
        }
        return new PolicyGrants(grants, version);
    }

    List<Grant> of(String collection, Action action) {
        return byCollectionAndAction.getOrDefault(key(collection, action.id()), List.of());
    }

    private static String key(String collection, String action) {
        return collection + "\u0000" + action;
    }
}

package dev.ordo.plugins.data.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of the access-control tables that decide who is an admin (PLATFORM.md §2.1–2.2), and the count of active
 * users with admin access they give: through a policy attached to the user, or to their role or any ancestor role.
 */
record AccessSnapshot(Set<String> adminPolicies, List<AccessRow> access, Map<String, Optional<String>> roleParents,
                      List<UserRow> activeUsers) {

    AccessSnapshot {
        adminPolicies = Set.copyOf(adminPolicies);
        access = List.copyOf(access);
        roleParents = Map.copyOf(roleParents);
        activeUsers = List.copyOf(activeUsers);
    }

    /** A {@code directus_access} row: a policy attached to a role, a user, or (both empty) the public. */
    record AccessRow(Optional<String> role, Optional<String> user, String policy) {
        AccessRow {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** An active user and their direct role. */
    record UserRow(String id, Optional<String> role) {
        UserRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
        }
    }

    long adminUserCount() {
        Set<String> adminRoles = new HashSet<>();
        Set<String> adminUsers = new HashSet<>();
        for (AccessRow row : access) {
            if (adminPolicies.contains(row.policy())) {
                row.role().ifPresent(adminRoles::add);
                row.user().ifPresent(adminUsers::add);
            }
        }
        Map<String, Boolean> grants = new HashMap<>();
        return activeUsers.stream()
            .filter(user -> adminUsers.contains(user.id())
                || user.role().map(role -> grantsAdmin(role, adminRoles, grants)).orElse(false))
            .count();
    }

    /** Whether the role or one of its ancestors has an admin policy; a cycle in the parents grants nothing more. */
    private boolean grantsAdmin(String role, Set<String> adminRoles, Map<String, Boolean> known) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> current = Optional.of(role);
        boolean admin = false;
        while (current.isPresent() && seen.add(current.get())) {
            String id = current.get();
            if (known.containsKey(id)) {
                admin = known.get(id);
                break;
            }
            chain.add(id);
            if (adminRoles.contains(id)) {
                admin = true;
                break;
            }
            current = roleParents.getOrDefault(id, Optional.empty());
        }
        for (String id : chain) {
            known.put(id, admin);
        }
        return admin;
    }
}

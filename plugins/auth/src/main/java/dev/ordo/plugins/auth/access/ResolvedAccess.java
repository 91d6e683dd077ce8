package dev.ordo.plugins.auth.access;

import java.util.List;

/**
 * What a caller may do, as read from the database for this request.
 *
 * @param roles      the role chain, root first, the user's own role last
 * @param policies   the policy ids that apply, parent roles' first and user-attached last
 * @param enforceTfa some applying policy requires two-factor authentication
 */
public record ResolvedAccess(List<String> roles, List<String> policies, boolean admin, boolean app, boolean enforceTfa) {

    public ResolvedAccess {
        roles = List.copyOf(roles);
        policies = List.copyOf(policies);
        app = app || admin;
    }
}

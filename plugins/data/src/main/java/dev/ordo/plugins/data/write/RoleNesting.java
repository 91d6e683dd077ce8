package dev.ordo.plugins.data.write;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.CollectionOverview;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Roles nest through {@code parent}, and a caller's role chain is walked up to the top: Directus's roles service
 * refuses a parent that is the role itself or one of its descendants. Ordo checks the written result instead, inside
 * the write's transaction, so every way of closing a loop (a parent, a list of children, a nested role, a batch) is
 * caught and rolled back.
 */
final class RoleNesting {

    static final String COLLECTION = "directus_roles";
    static final String SELF = "A role cannot be a parent of itself";
    static final String DESCENDANT = "A role cannot have a parent that is already a descendant of itself";

    private RoleNesting() {
    }

    /** 400 {@code INVALID_PAYLOAD} when a role's chain of parents leads back to it. */
    static void verify(RowStatements rows, CollectionOverview roles) throws SQLException {
        Map<String, Object> parents = rows.allLinks(roles, "parent");
        for (String role : parents.keySet()) {
            Set<String> passed = new HashSet<>();
            Object parent = parents.get(role);
            while (parent != null) {
                String next = String.valueOf(parent);
                if (next.equals(role)) {
                    throw new InvalidPayloadException(passed.isEmpty() ? SELF : DESCENDANT);
                }
                if (!passed.add(next)) {
                    break; // a loop above this role, refused when its own roles are walked
                }
                parent = parents.get(next);
            }
        }
    }
}

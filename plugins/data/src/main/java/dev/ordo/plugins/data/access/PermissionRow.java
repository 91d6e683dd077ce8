package dev.ordo.plugins.data.access;

import java.util.Objects;

/** One row of {@code directus_permissions}, turned into a grant: which policy opens what on which collection. */
public record PermissionRow(String policy, String collection, String action, Grant grant) {

    public PermissionRow {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(grant, "grant");
    }
}

package dev.ordo.plugins.data.access;

import dev.ordo.api.auth.Accountability;
import java.util.Optional;

/**
 * Admins may do everything; nobody else may do anything. For engines where only admins act (tests, tools); the data
 * module itself uses {@link PolicyAccessRules}.
 */
public final class AdminOnlyAccessRules implements AccessRules {

    @Override
    public Optional<CollectionRules> rules(Accountability caller, String collection, Action action) {
        return caller.admin() ? Optional.of(CollectionRules.EVERYTHING) : Optional.empty();
    }
}

package dev.ordo.plugins.auth.routes;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.service.Services;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users as the invitation and registration routes change them: through the items service, so that every change is
 * checked like any other write (the inviter's permissions), has its password hashed and lands in activity and
 * revisions.
 */
final class UserDirectory {

    private static final String USERS = "directus_users";

    private final Services services;

    UserDirectory(Services services) {
        this.services = services;
    }

    /** The user with this email (exactly as stored, as Directus matches it here): its id and status. */
    Optional<Map<String, Object>> byEmail(String email) {
        Query query = Query.fields(List.of("id", "status", "role"))
            .withFilter(Optional.of(new Filter.Condition("email", "_eq", email))).withLimit(Optional.of(1));
        return items().read(USERS, query, Accountability.system()).data().stream().findFirst();
    }

    Object create(Map<String, ?> user, Accountability caller) {
        return items().createOne(USERS, user, caller);
    }

    void update(Object id, Map<String, ?> changes, Accountability caller) {
        items().updateOne(USERS, id, changes, caller);
    }

    private ItemsService items() {
        return services.find(ItemsService.class)
            .orElseThrow(() -> new ServiceUnavailableException("data", "The data module is not running"));
    }
}

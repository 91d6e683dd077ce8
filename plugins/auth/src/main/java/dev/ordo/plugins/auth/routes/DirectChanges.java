package dev.ordo.plugins.auth.routes;

import dev.ordo.api.items.DirectWrites;
import dev.ordo.api.service.Services;
import java.util.Objects;

/**
 * Tells the data module about the rows auth changes with its own SQL (last access, login activity, two-factor
 * secret, password, suspension), once they committed, so that no kept answer outlives them. The service is looked up
 * each time: the data module may start after this one, or not at all.
 */
public final class DirectChanges {

    private final Services services;

    public DirectChanges(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    void committed(String... collections) {
        services.find(DirectWrites.class).ifPresent(writes -> {
            for (String collection : collections) {
                writes.changed(collection);
            }
        });
    }
}

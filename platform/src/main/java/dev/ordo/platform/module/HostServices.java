package dev.ordo.platform.module;

import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.service.Services;
import java.util.Objects;

/** The shared pieces of the host that every module context gives access to. */
public record HostServices(Settings settings, Database database, SchemaBackend schemaBackend, Router router,
                           Services services, Events events) {

    public HostServices {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schemaBackend, "schemaBackend");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(events, "events");
    }
}

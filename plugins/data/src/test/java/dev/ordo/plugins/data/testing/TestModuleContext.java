package dev.ordo.plugins.data.testing;

import dev.ordo.api.ModuleContext;
import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.service.Services;

/** What the host hands a module, made of the test doubles. */
public record TestModuleContext(Settings settings, Database database, SchemaBackend schemaBackend,
                                RecordingRouter router, MapServices services, Events events) implements ModuleContext {

    public TestModuleContext(Settings settings, Database database, SchemaBackend schemaBackend, RecordingRouter router,
                             MapServices services) {
        this(settings, database, schemaBackend, router, services, new RecordingEvents());
    }
}

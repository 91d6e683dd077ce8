package dev.ordo.plugins.data.testing;

import dev.ordo.api.ModuleContext;
import dev.ordo.api.config.Settings;
import dev.ordo.api.db.Database;
import dev.ordo.api.event.Events;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.api.service.Services;

/** What the host hands a module, made of the test doubles. The data module registers no hooks yet. */
public record TestModuleContext(Settings settings, Database database, SchemaBackend schemaBackend,
                                RecordingRouter router, MapServices services) implements ModuleContext {

    @Override
    public Events events() {
        throw new UnsupportedOperationException("the data module uses no hooks yet");
    }
}

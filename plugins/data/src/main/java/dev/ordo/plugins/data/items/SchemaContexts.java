package dev.ordo.plugins.data.items;

import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.util.concurrent.atomic.AtomicReference;

/** The current {@link SchemaContext}, rebuilt only when the schema service hands out a new overview. */
final class SchemaContexts {

    private final SchemaService schemas;
    private final AtomicReference<SchemaContext> current = new AtomicReference<>();

    SchemaContexts(SchemaService schemas) {
        this.schemas = schemas;
    }

    SchemaContext get() {
        SchemaOverview overview = schemas.overview();
        SchemaContext context = current.get();
        if (context == null || context.schema() != overview) {
            context = SchemaContext.of(overview);
            current.set(context);
        }
        return context;
    }
}

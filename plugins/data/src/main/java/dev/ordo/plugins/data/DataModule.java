package dev.ordo.plugins.data;

import dev.ordo.api.Module;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.http.AdminOnlySchemaAccess;
import dev.ordo.plugins.data.http.CollectionRoutes;
import dev.ordo.plugins.data.http.FieldRoutes;
import dev.ordo.plugins.data.http.RelationRoutes;
import dev.ordo.plugins.data.http.SchemaReadAccess;
import dev.ordo.plugins.data.schema.CachedSchemaService;
import dev.ordo.plugins.data.schema.ExcludedTables;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import org.pf4j.Extension;

/**
 * The data module: provides the {@link SchemaService} (the cached schema overview) and serves the schema
 * read endpoints {@code /collections}, {@code /fields} and {@code /relations}.
 */
@Extension
public final class DataModule implements Module {

    @Override
    public String id() {
        return "data";
    }

    @Override
    public void start(ModuleContext context) {
        SchemaOverviewLoader loader = new SchemaOverviewLoader(context.database(), context.schemaBackend(),
            () -> context.services().require(SystemSchema.class), ExcludedTables.from(context.settings()));
        SchemaService schema = new CachedSchemaService(loader::load);
        context.services().register(SchemaService.class, schema);

        SchemaReadAccess access = new AdminOnlySchemaAccess();
        new CollectionRoutes(schema, access).register(context.router());
        new FieldRoutes(schema, access).register(context.router());
        new RelationRoutes(schema, access).register(context.router());
    }
}

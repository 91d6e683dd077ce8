package dev.ordo.plugins.data;

import dev.ordo.api.Module;
import dev.ordo.api.ModuleContext;
import dev.ordo.api.http.Router;
import dev.ordo.api.items.DirectWrites;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.PayloadValidation;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.access.PolicyAccessRules;
import dev.ordo.plugins.data.cache.CacheSettings;
import dev.ordo.plugins.data.cache.ResponseCache;
import dev.ordo.plugins.data.http.CollectionRoutes;
import dev.ordo.plugins.data.http.FieldRoutes;
import dev.ordo.plugins.data.http.RelationRoutes;
import dev.ordo.plugins.data.http.SchemaReadAccess;
import dev.ordo.plugins.data.items.ItemsSetup;
import dev.ordo.plugins.data.schema.CachedSchemaService;
import dev.ordo.plugins.data.schema.ExcludedTables;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import dev.ordo.plugins.data.schema.management.CollectionsService;
import dev.ordo.plugins.data.schema.management.FieldsService;
import dev.ordo.plugins.data.schema.management.RelationsService;
import dev.ordo.plugins.data.schema.management.SchemaChanges;
import dev.ordo.plugins.data.validation.FilterPayloadValidation;
import java.time.Clock;
import org.pf4j.Extension;

/**
 * The data module: the schema overview ({@link SchemaService}) and schema management ({@code /collections},
 * {@code /fields}, {@code /relations}), and the items service with {@code /items}, {@code /activity},
 * {@code /revisions} and {@code /utils}.
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
        context.services().register(PayloadValidation.class, new FilterPayloadValidation());

        PolicyAccessRules rules = new PolicyAccessRules(() -> context.services().require(ItemsService.class));
        SchemaReadAccess access = new SchemaReadAccess(rules);
        ResponseCache responses = new ResponseCache(CacheSettings.from(context.settings()), rules,
            () -> schema.overview().collections().keySet(), Clock.systemUTC());
        SchemaChanges schemaChanges = new SchemaChanges(context.database(), context.schemaBackend(), schema,
            responses::clear);
        // Schema reads go through the response cache, as Directus's respond middleware keeps them.
        Router reads = responses.readsThrough(context.router());
        new CollectionRoutes(schema, access, new CollectionsService(schemaChanges)).register(reads);
        new FieldRoutes(schema, access, new FieldsService(schemaChanges)).register(reads);
        new RelationRoutes(schema, access, new RelationsService(schemaChanges)).register(reads);
        ItemsSetup.register(context, schema, rules, responses);
        rules.purgeOnChanges(context.events());
        context.services().register(DirectWrites.class, responses::purgeAfterWriteTo);
    }
}

package dev.ordo.plugins.data.items;

import dev.ordo.api.ModuleContext;
import dev.ordo.api.http.Router;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.QueryValidator;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.cache.ResponseCache;
import dev.ordo.plugins.data.http.AccessControlRoutes;
import dev.ordo.plugins.data.http.CommentRoutes;
import dev.ordo.plugins.data.http.ItemRoutes;
import dev.ordo.plugins.data.http.ItemUtilityRoutes;
import dev.ordo.plugins.data.http.SystemItemRoutes;
import dev.ordo.plugins.data.http.UtilsRoutes;
import dev.ordo.plugins.data.query.DynamicVariables;
import dev.ordo.plugins.data.query.OperatorRules;
import dev.ordo.plugins.data.query.QueryParser;
import dev.ordo.plugins.data.read.QueryLimits;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.write.TransactionalItemWrites;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Builds the items service and its routes for the data module, and registers them. */
public final class ItemsSetup {

    private ItemsSetup() {
    }

    /**
     * Registers the items service, {@code /items}, {@code /activity}, {@code /revisions}, the access-control routes
     * ({@code /roles}, {@code /users}, ...), {@code /comments} and {@code /utils}, and the
     * query validator the host runs before routing.
     */
    public static ItemsService register(ModuleContext context, SchemaService schema, AccessRules access,
                                        ResponseCache responses) {
        Clock clock = Clock.systemUTC();
        AtomicReference<ItemsService> service = new AtomicReference<>();
        DynamicVariables variables = new DynamicVariables(clock);
        OperatorRules operators = new OperatorRules();
        CallerVariables callerVariables = new CallerVariables(variables, service::get);
        ItemsEngine engine = ItemsEngine.create(context.database(), access, QueryLimits.from(context.settings()),
            operators::check, callerVariables,
            context.settings().getInt("RELATIONAL_BATCH_SIZE", 25000), SqlRunner.StatementListener.NONE);
        SchemaContexts contexts = new SchemaContexts(schema);
        DataItemsService items = new DataItemsService(engine, contexts,
            TransactionalItemWrites.create(engine, contexts::get, context));
        service.set(items);
        context.services().register(ItemsService.class, items);

        // The host provides the system schema before modules start; without it only user collections purge.
        responses.purgeOnWrites(context.events(), context.services().find(SystemSchema.class)
            .map(system -> system.collections().stream().map(SystemCollection::name).toList()).orElse(List.of()));
        QueryParser queries = QueryParser.from(context.settings());
        // The host checks every request's query string with the same parser before routing (DATA-API.md §1.1).
        context.services().register(QueryValidator.class, queries::fromQueryString);
        // Every JSON read goes through the response cache, as Directus's respond middleware keeps it; /utils
        // answers by itself there (GET /utils/random/string is never kept).
        Router reads = responses.readsThrough(context.router());
        new ItemRoutes(items, schema, queries, clock).register(reads);
        SystemItemRoutes system = new SystemItemRoutes(items, queries, clock);
        system.registerReads(reads, "/activity", "directus_activity");
        system.registerReads(reads, "/revisions", "directus_revisions");
        new AccessControlRoutes(items, schema, queries, access, callerVariables, system).register(reads);
        new CommentRoutes(items, schema, queries, access, system).register(reads);
        new UtilsRoutes(context.services(), responses, access::purge).register(context.router());
        new ItemUtilityRoutes(items, schema, queries).register(context.router());
        return items;
    }
}

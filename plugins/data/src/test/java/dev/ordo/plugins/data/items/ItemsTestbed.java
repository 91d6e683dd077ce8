package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.access.AdminOnlyAccessRules;
import dev.ordo.plugins.data.read.QueryLimits;
import dev.ordo.plugins.data.schema.CachedSchemaService;
import dev.ordo.plugins.data.schema.ExcludedTables;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import dev.ordo.plugins.data.testing.DirectusMetadataTables;
import dev.ordo.plugins.data.testing.SqliteTestDatabase;
import dev.ordo.plugins.data.testing.TestSystemSchema;
import dev.ordo.plugins.sqlite.SqliteBackend;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A real SQLite database with the Directus metadata tables, the real SQLite backend for introspection, and the read
 * engine over it, counting every statement it runs.
 */
final class ItemsTestbed {

    final SqliteTestDatabase database;
    final CachedSchemaService schema;
    final List<String> statements = new ArrayList<>();
    final DataItemsService items;

    ItemsTestbed(Path file, String... ddl) throws SQLException {
        database = new SqliteTestDatabase(file);
        database.execute(DirectusMetadataTables.COLLECTIONS, DirectusMetadataTables.FIELDS, DirectusMetadataTables.RELATIONS);
        database.execute(ddl);
        SchemaOverviewLoader loader = new SchemaOverviewLoader(database, new SqliteBackend(), () -> TestSystemSchema.EMPTY,
            Set.copyOf(ExcludedTables.DEFAULT));
        schema = new CachedSchemaService(loader::load);
        ItemsEngine engine = ItemsEngine.create(database, new AdminOnlyAccessRules(), new QueryLimits(100, -1),
            (type, specials, operator, path) -> { }, caller -> UnaryOperator.identity(), 25000, statements::add);
        items = new DataItemsService(engine, new SchemaContexts(schema), null);
    }

    /** Runs SQL directly, then drops the cached schema so the next read sees changes. */
    void execute(String... sql) throws SQLException {
        database.execute(sql);
        schema.invalidate();
    }

    int statementsDuring(Runnable work) {
        statements.clear();
        work.run();
        return statements.size();
    }

    static Accountability admin() {
        return Accountability.system();
    }

    static Query fields(String... fields) {
        return Query.fields(List.of(fields));
    }
}

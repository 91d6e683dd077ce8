package dev.ordo.plugins.data.introspection;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.items.DataItemsService;
import dev.ordo.plugins.data.items.ReadOnlyItemsServices;
import dev.ordo.plugins.data.schema.CachedSchemaService;
import dev.ordo.plugins.data.schema.ExcludedTables;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import dev.ordo.plugins.data.testing.DirectusMetadataTables;
import dev.ordo.plugins.data.testing.SqliteTestDatabase;
import dev.ordo.plugins.data.testing.TestSystemSchema;
import dev.ordo.plugins.sqlite.SqliteBackend;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A real SQLite database with two collections and notes owned by users, read through the items service. */
final class IntrospectionTestbed {

    static final Accountability EDITOR = Accountability.user("33333333-3333-4333-8333-333333333333",
        Optional.empty(), List.of(), List.of("editing"), false, true, ClientInfo.UNKNOWN);
    static final Accountability ADMIN = Accountability.user("11111111-1111-4111-8111-111111111111",
        Optional.empty(), List.of(), List.of("admin"), true, true, ClientInfo.UNKNOWN);

    final CachedSchemaService schema;
    final DataItemsService items;

    IntrospectionTestbed(Path folder, AccessRules rules) throws SQLException {
        SqliteTestDatabase database = new SqliteTestDatabase(folder.resolve("introspection.db"));
        database.execute(DirectusMetadataTables.COLLECTIONS, DirectusMetadataTables.FIELDS,
            DirectusMetadataTables.RELATIONS,
            "CREATE TABLE notes (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, body text, owner varchar(36))",
            "CREATE TABLE tags (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar(50))",
            "INSERT INTO notes (id, body, owner) VALUES (1, 'mine', '" + EDITOR.user().orElseThrow() + "'), "
                + "(2, 'theirs', 'someone-else')");
        SchemaOverviewLoader loader = new SchemaOverviewLoader(database, new SqliteBackend(),
            () -> TestSystemSchema.EMPTY, Set.copyOf(ExcludedTables.DEFAULT));
        schema = new CachedSchemaService(loader::load);
        items = ReadOnlyItemsServices.over(database, schema, rules);
    }

    SchemaOverview overview() {
        return schema.overview();
    }
}

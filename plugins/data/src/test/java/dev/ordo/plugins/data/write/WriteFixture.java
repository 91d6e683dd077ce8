package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.auth.HashService;
import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemField;
import dev.ordo.plugins.data.access.AccessRules;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.items.ItemsEngine;
import dev.ordo.plugins.data.read.QueryLimits;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import dev.ordo.plugins.data.testing.DirectusMetadataTables;
import dev.ordo.plugins.data.testing.RecordingEvents;
import dev.ordo.plugins.data.testing.TestSystemSchema;
import dev.ordo.plugins.sqlite.SqliteBackend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SQLite database for the write path: a table with every field type and special, tables keyed by integers,
 * strings and uuids, a blog with many-to-one, one-to-many (nullify and delete), many-to-many and many-to-any
 * relations, the Directus metadata describing them, and the activity and revision tables. The schema is read back
 * through the real SQLite backend and the data module's schema loader.
 */
final class WriteFixture {

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
    static final ClientInfo CLIENT = new ClientInfo(Optional.of("10.0.0.7"), Optional.of("JUnit/5"),
        Optional.of("https://studio.example"));
    static final Accountability ADMIN = Accountability.user("11111111-1111-4111-8111-111111111111",
        Optional.of("22222222-2222-4222-8222-222222222222"), List.of("22222222-2222-4222-8222-222222222222"),
        List.of("admin-policy"), true, true, CLIENT);
    static final Accountability EDITOR = Accountability.user("33333333-3333-4333-8333-333333333333",
        Optional.of("44444444-4444-4444-8444-444444444444"), List.of("44444444-4444-4444-8444-444444444444"),
        List.of("editor-policy"), false, true, CLIENT);

    static final String[] TABLES = {
        """
        CREATE TABLE everything (
          id integer PRIMARY KEY AUTOINCREMENT NOT NULL, title varchar(255) NOT NULL, body text, amount integer,
          big bigint, price decimal(10,2), ratio float, active boolean, born date, starts datetime,
          happened timestamp, clock time, data json, labels text, secret varchar(255), pin varchar(255),
          blob_value blob, uid char(36), date_created timestamp, date_updated timestamp, user_created char(36),
          user_updated char(36), role_created char(36), role_updated char(36), slug varchar(20) UNIQUE,
          status varchar(20) DEFAULT 'draft')""",
        "CREATE TABLE codes (code varchar(20) PRIMARY KEY NOT NULL, label varchar(50))",
        "CREATE TABLE tokens (id char(36) PRIMARY KEY NOT NULL, label varchar(50))",
        "CREATE TABLE site (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar(50))",
        "CREATE TABLE countries (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar(100) NOT NULL)",
        "CREATE TABLE authors (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar(100) NOT NULL, "
            + "country integer REFERENCES countries (id) ON DELETE SET NULL)",
        "CREATE TABLE articles (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, title varchar(255) NOT NULL, "
            + "author integer REFERENCES authors (id) ON DELETE SET NULL, owner char(36))",
        "CREATE TABLE comments (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + "article integer REFERENCES articles (id) ON DELETE CASCADE, body text NOT NULL, sort integer)",
        "CREATE TABLE tags (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name varchar(50) NOT NULL UNIQUE)",
        "CREATE TABLE articles_tags (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + "articles_id integer REFERENCES articles (id) ON DELETE CASCADE, "
            + "tags_id integer REFERENCES tags (id) ON DELETE CASCADE, sort integer)",
        "CREATE TABLE pages (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, title varchar(100))",
        "CREATE TABLE headings (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, text varchar(100) NOT NULL)",
        "CREATE TABLE paragraphs (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, body text)",
        "CREATE TABLE pages_sections (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + "pages_id integer REFERENCES pages (id) ON DELETE CASCADE, item varchar(255), collection varchar(64))"};

    static final String[] METADATA = {
        "INSERT INTO directus_collections (collection, accountability) VALUES ('countries', 'activity')",
        "INSERT INTO directus_collections (collection, accountability) VALUES ('codes', NULL)",
        "INSERT INTO directus_collections (collection, singleton) VALUES ('site', 1)",
        "INSERT INTO directus_fields (collection, field, special, required) VALUES ('everything', 'title', NULL, 1)",
        "INSERT INTO directus_fields (collection, field, special, required) VALUES ('everything', 'amount', NULL, 1)",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'data', 'cast-json')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'labels', 'cast-csv')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'secret', 'hash')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'pin', 'conceal')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'uid', 'uuid')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'date_created', 'date-created')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'date_updated', 'date-updated')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'user_created', 'user-created')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'user_updated', 'user-updated')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'role_created', 'role-created')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'role_updated', 'role-updated')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('everything', 'divider', 'alias,no-data')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('tokens', 'id', 'uuid')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('authors', 'articles', 'o2m')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('articles', 'author', 'm2o')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('articles', 'comments', 'o2m')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('articles', 'tags', 'm2m')",
        "INSERT INTO directus_fields (collection, field, special) VALUES ('pages', 'sections', 'm2a')",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field) "
            + "VALUES ('authors', 'country', 'countries', NULL)",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, one_deselect_action) "
            + "VALUES ('articles', 'author', 'authors', 'articles', 'nullify')",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, sort_field, "
            + "one_deselect_action) VALUES ('comments', 'article', 'articles', 'comments', 'sort', 'delete')",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field, "
            + "sort_field) VALUES ('articles_tags', 'articles_id', 'articles', 'tags', 'tags_id', 'sort')",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field) "
            + "VALUES ('articles_tags', 'tags_id', 'tags', NULL, 'articles_id')",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field) "
            + "VALUES ('pages_sections', 'pages_id', 'pages', 'sections', 'item')",
        "INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, "
            + "one_collection_field, one_allowed_collections, junction_field) "
            + "VALUES ('pages_sections', 'item', NULL, NULL, 'collection', 'headings,paragraphs', 'pages_id')"};

    final SqliteBackend backend = new SqliteBackend();
    final SqliteFileDatabase database;
    final RecordingEvents events = new RecordingEvents();
    final List<String> statements = new CopyOnWriteArrayList<>();
    final TestSystemSchema systemSchema = systemSchema();
    /** Admins may do everything, anyone else nothing, unless a test says otherwise. */
    AccessRules access = (caller, collection, action) ->
        caller.admin() ? Optional.of(CollectionRules.EVERYTHING) : Optional.empty();
    MutationLimit limit = MutationLimit.UNLIMITED;
    Optional<HashService> hashing = Optional.of(new PrefixHashService());
    private SchemaContext schema;

    WriteFixture(Path folder) throws SQLException {
        database = new SqliteFileDatabase(backend, folder.resolve("writes.db"));
        execute(DirectusMetadataTables.COLLECTIONS, DirectusMetadataTables.FIELDS, DirectusMetadataTables.RELATIONS);
        execute(TABLES);
        execute(METADATA);
        database.withConnection(connection -> {
            for (SystemCollection collection : systemSchema.collections()) {
                backend.createTable(connection, collection.table());
            }
            return null;
        });
    }

    /** The items service's write side as the data module wires it, over the current rules and limit. */
    TransactionalItemWrites writes() {
        AccessRules current = (caller, collection, action) -> access.rules(caller, collection, action);
        ItemsEngine engine = ItemsEngine.create(database, current, new QueryLimits(100, -1),
            (type, specials, operator, path) -> { }, caller -> filter -> withCurrentUser(filter, caller), 100,
            statements::add);
        return new TransactionalItemWrites(engine, this::schema, events, () -> hashing,
            (failure, table, values) -> backend.constraintViolation(failure, table, values)
                .or(() -> SqliteConstraints.recognise(failure)), limit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    }

    SchemaContext schema() {
        if (schema == null) {
            SchemaOverviewLoader loader = new SchemaOverviewLoader(database, backend, () -> systemSchema, Set.of());
            schema = SchemaContext.of(loader.load());
        }
        return schema;
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Rows as SQLite returns them, each column by name. */
    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + rows);
        }
        return rows.get(0);
    }

    Object value(String sql, Object... parameters) throws SQLException {
        return row(sql, parameters).values().iterator().next();
    }

    long count(String table) throws SQLException {
        return ((Number) value("SELECT count(*) FROM \"" + table + "\"")).longValue();
    }

    /** Every row of every user and log table, to compare the database before and after a failed write. */
    Map<String, List<Map<String, Object>>> everyRow() throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (Map<String, Object> table : rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            String name = (String) table.get("name");
            tables.put(name, rows("SELECT * FROM \"" + name + "\""));
        }
        return tables;
    }

    private static Filter withCurrentUser(Filter filter, Accountability caller) {
        if (filter instanceof Filter.And and) {
            return new Filter.And(and.filters().stream().map(f -> withCurrentUser(f, caller)).toList());
        }
        if (filter instanceof Filter.Or or) {
            return new Filter.Or(or.filters().stream().map(f -> withCurrentUser(f, caller)).toList());
        }
        if (filter instanceof Filter.Condition condition && "$CURRENT_USER".equals(condition.value())) {
            return new Filter.Condition(condition.field(), condition.operator(), caller.user().orElse(null));
        }
        return filter;
    }

    private static TestSystemSchema systemSchema() {
        Map<String, Object> untracked = new LinkedHashMap<>();
        untracked.put("accountability", null);
        SystemCollection activity = new SystemCollection("directus_activity", untracked, List.of(
            new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement()), List.of()),
            new SystemField("action", Optional.of(ColumnDefinition.of("action", FieldType.STRING).withMaxLength(45)
                .notNull()), List.of()),
            new SystemField("user", Optional.of(ColumnDefinition.of("user", FieldType.UUID)), List.of("m2o")),
            new SystemField("timestamp", Optional.of(ColumnDefinition.of("timestamp", FieldType.TIMESTAMP).notNull()),
                List.of("date-created")),
            new SystemField("ip", Optional.of(ColumnDefinition.of("ip", FieldType.STRING).withMaxLength(50)), List.of()),
            new SystemField("user_agent", Optional.of(ColumnDefinition.of("user_agent", FieldType.TEXT)), List.of()),
            new SystemField("collection", Optional.of(ColumnDefinition.of("collection", FieldType.STRING)
                .withMaxLength(64).notNull()), List.of()),
            new SystemField("item", Optional.of(ColumnDefinition.of("item", FieldType.STRING).notNull()), List.of()),
            new SystemField("origin", Optional.of(ColumnDefinition.of("origin", FieldType.STRING)), List.of()),
            new SystemField("revisions", Optional.empty(), List.of("o2m"))));
        SystemCollection revisions = new SystemCollection("directus_revisions", untracked, List.of(
            new SystemField("id", Optional.of(ColumnDefinition.of("id", FieldType.INTEGER).asAutoIncrement()), List.of()),
            new SystemField("activity", Optional.of(ColumnDefinition.of("activity", FieldType.INTEGER).notNull()
                .referencing("directus_activity", "id", ReferentialAction.CASCADE)), List.of("m2o")),
            new SystemField("collection", Optional.of(ColumnDefinition.of("collection", FieldType.STRING)
                .withMaxLength(64).notNull()), List.of()),
            new SystemField("item", Optional.of(ColumnDefinition.of("item", FieldType.STRING).notNull()), List.of()),
            new SystemField("data", Optional.of(ColumnDefinition.of("data", FieldType.JSON)), List.of("cast-json")),
            new SystemField("delta", Optional.of(ColumnDefinition.of("delta", FieldType.JSON)), List.of("cast-json")),
            new SystemField("parent", Optional.of(ColumnDefinition.of("parent", FieldType.INTEGER)
                .referencing("directus_revisions", "id", ReferentialAction.NO_ACTION)), List.of("m2o"))));
        return new TestSystemSchema(List.of(activity, revisions), List.of());
    }

    /** Stands in for the auth module's argon2 hashing: recognisable, and never the plain text. */
    static final class PrefixHashService implements HashService {
        @Override
        public String hash(String plain) {
            return "$test-hash$" + new StringBuilder(plain).reverse();
        }

        @Override
        public boolean verify(String plain, String hash) {
            return hash(plain).equals(hash);
        }
    }
}

package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.Registration;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.db.ConnectionSettings;
import dev.ordo.api.db.Database;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import dev.ordo.api.http.Response;
import dev.ordo.api.http.RouteHandler;
import dev.ordo.api.http.Router;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.access.AdminOnlyAccessRules;
import dev.ordo.plugins.data.http.CollectionRoutes;
import dev.ordo.plugins.data.http.FieldRoutes;
import dev.ordo.plugins.data.http.RelationRoutes;
import dev.ordo.plugins.data.http.SchemaReadAccess;
import dev.ordo.plugins.data.schema.CachedSchemaService;
import dev.ordo.plugins.data.schema.SchemaOverviewLoader;
import dev.ordo.plugins.data.testing.BlogFixture;
import dev.ordo.plugins.sqlite.SqliteBackend;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A real SQLite file opened through the real SQLite backend (foreign keys enforced, as the host opens it), with
 * the Directus system tables schema changes touch, the schema service over it, and the schema routes with their
 * write routes, called the way the host calls them.
 */
final class ManagedSqlite {

    /** The host's metadata tables on SQLite, with its foreign keys, and the tables a collection's deletion cleans. */
    private static final List<String> SYSTEM_TABLES = List.of(
        """
        CREATE TABLE directus_collections (
          collection varchar(64) NOT NULL PRIMARY KEY, icon varchar(64), note text, display_template varchar(255),
          hidden boolean NOT NULL DEFAULT 0, singleton boolean NOT NULL DEFAULT 0, translations json,
          archive_field varchar(64), archive_app_filter boolean NOT NULL DEFAULT 1, archive_value varchar(255),
          unarchive_value varchar(255), sort_field varchar(64), accountability varchar(255) DEFAULT 'all',
          color varchar(255), item_duplication_fields json, sort integer,
          "group" varchar(64) REFERENCES directus_collections (collection),
          collapse varchar(255) NOT NULL DEFAULT 'open', preview_url varchar(255),
          versioning boolean NOT NULL DEFAULT 0)""",
        """
        CREATE TABLE directus_fields (
          id integer PRIMARY KEY AUTOINCREMENT,
          collection varchar(64) NOT NULL,
          field varchar(64) NOT NULL, special varchar(64), interface varchar(64), options json, display varchar(64),
          display_options json, readonly boolean NOT NULL DEFAULT 0, hidden boolean NOT NULL DEFAULT 0, sort integer,
          width varchar(30) DEFAULT 'full', translations json, note text, conditions json, required boolean DEFAULT 0,
          "group" varchar(64), validation json, validation_message text, searchable boolean NOT NULL DEFAULT 1)""",
        """
        CREATE TABLE directus_relations (
          id integer PRIMARY KEY AUTOINCREMENT, many_collection varchar(64) NOT NULL, many_field varchar(64) NOT NULL,
          one_collection varchar(64), one_field varchar(64), one_collection_field varchar(64),
          one_allowed_collections text, junction_field varchar(64), sort_field varchar(64),
          one_deselect_action varchar(255) NOT NULL DEFAULT 'nullify')""",
        "CREATE TABLE directus_roles (id char(36) NOT NULL PRIMARY KEY, name varchar(100) NOT NULL)",
        "CREATE TABLE directus_users (id char(36) NOT NULL PRIMARY KEY, email varchar(128),"
            + " role char(36) REFERENCES directus_roles (id) ON DELETE SET NULL)",
        "CREATE TABLE directus_presets (id integer PRIMARY KEY AUTOINCREMENT, collection varchar(64))",
        "CREATE TABLE directus_activity (id integer PRIMARY KEY AUTOINCREMENT, action varchar(45) NOT NULL,"
            + " collection varchar(64) NOT NULL, item varchar(255) NOT NULL)",
        "CREATE TABLE directus_revisions (id integer PRIMARY KEY AUTOINCREMENT,"
            + " activity integer NOT NULL REFERENCES directus_activity (id) ON DELETE CASCADE,"
            + " collection varchar(64) NOT NULL, item varchar(255) NOT NULL,"
            + " parent integer REFERENCES directus_revisions (id))",
        "CREATE TABLE directus_permissions (id integer PRIMARY KEY AUTOINCREMENT, collection varchar(64) NOT NULL,"
            + " action varchar(10) NOT NULL)");

    final SqliteBackend backend = new SqliteBackend();
    final DataSource dataSource;
    final Database database;
    final CachedSchemaService schema;
    final SchemaChanges changes;
    private final Map<String, RouteHandler> routes = new LinkedHashMap<>();

    ManagedSqlite(Path file) throws SQLException {
        dataSource = backend.dataSource(new ConnectionSettings("sqlite3", Optional.of(file.toString()), Optional.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
        database = new UnpooledDatabase(dataSource);
        execute(SYSTEM_TABLES.toArray(String[]::new));
        SchemaOverviewLoader loader = new SchemaOverviewLoader(database, backend, BlogFixture::systemSchema, Set.of());
        schema = new CachedSchemaService(loader::load);
        changes = new SchemaChanges(database, backend, schema);
        Router router = new Router() {
            @Override
            public Registration route(HttpMethod method, String path, RouteHandler handler) {
                routes.put(method + " " + path, handler);
                return () -> routes.remove(method + " " + path);
            }
        };
        SchemaReadAccess access = new SchemaReadAccess(new AdminOnlyAccessRules());
        new CollectionRoutes(schema, access, new CollectionsService(changes)).register(router);
        new FieldRoutes(schema, access, new FieldsService(changes)).register(router);
        new RelationRoutes(schema, access, new RelationsService(changes)).register(router);
    }

    SchemaOverview overview() {
        return schema.overview();
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        if (schema != null) {
            schema.invalidate();
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Answers {@code method path} with {@code body} as {@code caller}; throws what the route throws. */
    Response call(HttpMethod method, String path, Object body, Accountability caller) throws Exception {
        String[] segments = path.split("/");
        for (Map.Entry<String, RouteHandler> route : routes.entrySet()) {
            String[] methodAndPattern = route.getKey().split(" ", 2);
            if (!methodAndPattern[0].equals(method.name())) {
                continue;
            }
            Map<String, String> params = match(methodAndPattern[1].split("/"), segments);
            if (params != null) {
                return route.getValue().handle(new BodyRequest(method, path, params, Optional.ofNullable(body), caller));
            }
        }
        throw new AssertionError("no route for " + method + " " + path);
    }

    private static Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith(":")) {
                params.put(pattern[i].substring(1), segments[i]);
            } else if (!pattern[i].equals(segments[i])) {
                return null;
            }
        }
        return params;
    }

    /** A request with a JSON body. */
    private record BodyRequest(HttpMethod method, String path, Map<String, String> pathParams, Optional<Object> jsonBody,
                               Accountability accountability) implements Request {

        @Override
        public String pathParam(String name) {
            return pathParams.get(name);
        }

        @Override
        public String queryString() {
            return "";
        }

        @Override
        public Optional<String> queryParam(String name) {
            return Optional.empty();
        }

        @Override
        public Map<String, List<String>> queryParams() {
            return Map.of();
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> cookie(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> contentType() {
            return jsonBody.map(body -> "application/json");
        }

        @Override
        public InputStream bodyStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public ClientInfo client() {
            return ClientInfo.UNKNOWN;
        }
    }

    /** The host's {@link Database} without a pool: each connection is new, as SQLite connections are cheap. */
    private record UnpooledDatabase(DataSource dataSource) implements Database {

        @Override
        public String client() {
            return "sqlite3";
        }

        @Override
        public String vendor() {
            return "sqlite";
        }

        @Override
        public String serverVersion() {
            return "3";
        }

        @Override
        public <T> T withConnection(SqlWork<T> work) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }
    }
}

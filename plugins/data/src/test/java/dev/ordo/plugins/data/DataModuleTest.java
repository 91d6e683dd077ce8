package dev.ordo.plugins.data;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.event.EventContext;
import dev.ordo.api.http.Response;
import dev.ordo.api.schema.SchemaService;
import dev.ordo.api.schema.SystemSchema;
import dev.ordo.plugins.data.testing.BlogFixture;
import dev.ordo.plugins.data.testing.Callers;
import dev.ordo.plugins.data.testing.FixedSchemaBackend;
import dev.ordo.plugins.data.testing.MapServices;
import dev.ordo.plugins.data.testing.MapSettings;
import dev.ordo.plugins.data.testing.RecordingEvents;
import dev.ordo.plugins.data.testing.RecordingRouter;
import dev.ordo.plugins.data.testing.SqliteTestDatabase;
import dev.ordo.plugins.data.testing.TestModuleContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module started as the host starts it, its routes called over a real SQLite database. */
class DataModuleTest {

    @TempDir
    Path folder;

    private RecordingRouter router;
    private MapServices services;
    private SqliteTestDatabase database;
    private RecordingEvents events;

    @BeforeEach
    void start() throws Exception {
        start(Map.of());
    }

    private void start(Map<String, String> settings) throws Exception {
        router = new RecordingRouter();
        services = new MapServices();
        database = BlogFixture.create(folder.resolve("blog-" + System.nanoTime() + ".db"));
        events = new RecordingEvents();
        TestModuleContext context = new TestModuleContext(new MapSettings(settings), database,
            new FixedSchemaBackend(BlogFixture.catalog()), router, services, events);
        new DataModule().start(context);
        // The host registers its system schema; modules look it up when they need it.
        services.register(SystemSchema.class, BlogFixture.systemSchema());
    }

    private Object data(String path) throws Exception {
        Response response = router.get(path, Callers.ADMIN);
        assertThat(response.status()).isEqualTo(200);
        Object body = ((Response.Body.Json) response.body()).value();
        assertThat(body).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> envelope = (Map<String, Object>) body;
        assertThat(envelope.keySet()).containsExactly("data");
        return envelope.get("data");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String path) throws Exception {
        return (List<Map<String, Object>>) data(path);
    }

    private static String reason(OrdoException e) {
        return (String) e.extensions().get("reason");
    }

    @Test
    void registersItsServicesAndRoutes() {
        assertThat(new DataModule().id()).isEqualTo("data");
        assertThat(services.find(SchemaService.class)).isPresent();
        assertThat(services.find(dev.ordo.api.items.ItemsService.class)).isPresent();
        assertThat(router.registered()).containsExactly(
            "GET /collections", "SEARCH /collections", "GET /collections/:collection",
            "POST /collections", "PATCH /collections", "PATCH /collections/:collection", "DELETE /collections/:collection",
            "GET /fields", "GET /fields/:collection", "GET /fields/:collection/:field",
            "POST /fields/:collection", "PATCH /fields/:collection", "PATCH /fields/:collection/:field",
            "DELETE /fields/:collection/:field",
            "GET /relations", "GET /relations/:collection", "GET /relations/:collection/:field",
            "POST /relations", "PATCH /relations/:collection/:field", "DELETE /relations/:collection/:field",
            "GET /items/:collection", "SEARCH /items/:collection", "GET /items/:collection/:key",
            "POST /items/:collection", "PATCH /items/:collection", "PATCH /items/:collection/:key",
            "DELETE /items/:collection", "DELETE /items/:collection/:key",
            "GET /activity", "SEARCH /activity", "GET /activity/:key",
            "GET /revisions", "SEARCH /revisions", "GET /revisions/:key",
            "GET /roles", "SEARCH /roles", "GET /roles/:key", "POST /roles", "PATCH /roles",
            "PATCH /roles/:key", "DELETE /roles", "DELETE /roles/:key",
            "GET /policies", "SEARCH /policies", "GET /policies/:key", "POST /policies", "PATCH /policies",
            "PATCH /policies/:key", "DELETE /policies", "DELETE /policies/:key",
            "GET /access", "SEARCH /access", "GET /access/:key", "POST /access", "PATCH /access",
            "PATCH /access/:key", "DELETE /access", "DELETE /access/:key",
            "GET /permissions", "SEARCH /permissions", "GET /permissions/:key", "POST /permissions",
            "PATCH /permissions", "PATCH /permissions/:key", "DELETE /permissions", "DELETE /permissions/:key",
            "GET /users", "SEARCH /users", "GET /users/:key", "POST /users", "PATCH /users",
            "PATCH /users/:key", "DELETE /users", "DELETE /users/:key",
            "GET /permissions/me", "GET /permissions/me/:collection", "GET /permissions/me/:collection/:key",
            "GET /policies/me/globals", "GET /roles/me", "GET /users/me", "PATCH /users/me",
            "PATCH /users/me/track/page",
            "GET /comments", "SEARCH /comments", "GET /comments/:key", "POST /comments", "PATCH /comments",
            "PATCH /comments/:key", "DELETE /comments", "DELETE /comments/:key",
            "GET /utils/random/string", "POST /utils/hash/generate", "POST /utils/hash/verify", "POST /utils/cache/clear",
            "POST /utils/revert/:revision", "POST /utils/sort/:collection", "POST /utils/import/:collection",
            "POST /utils/export/:collection");
    }

    @Test
    void aChangeToAccessControlPurgesCachedReads() throws Exception {
        start(Map.of("CACHE_ENABLED", "true", "CACHE_AUTO_PURGE", "true"));
        database.execute("INSERT INTO articles (id, title) VALUES (1, 'Before')");
        Object before = data("/items/articles");
        database.execute("UPDATE articles SET title = 'After' WHERE id = 1");
        assertThat(data("/items/articles")).as("still cached").isEqualTo(before);

        events.action("permissions.update", Map.of(), new EventContext(Callers.ADMIN));

        assertThat(data("/items/articles")).isNotEqualTo(before);
    }

    @Test
    void listsEveryCollectionByName() throws Exception {
        assertThat(list("/collections")).extracting(collection -> collection.get("collection"))
            .containsExactly("articles", "authors", "blog", "directus_roles", "directus_users");
    }

    @Test
    void readsOneCollection() throws Exception {
        assertThat(data("/collections/articles")).isEqualTo(object(
            "collection", "articles",
            "meta", object(
                "collection", "articles",
                "icon", "article",
                "note", "Blog posts",
                "display_template", null,
                "hidden", false,
                "singleton", false,
                "translations", List.of(Map.of("language", "en-US", "translation", "Articles")),
                "archive_field", null,
                "archive_app_filter", true,
                "archive_value", null,
                "unarchive_value", null,
                "sort_field", null,
                "accountability", "all",
                "color", null,
                "item_duplication_fields", null,
                "sort", 1,
                "group", "blog",
                "collapse", "open",
                "preview_url", null,
                "versioning", false),
            "schema", object("name", "articles", "sql", BlogFixture.ARTICLES_SQL, "comment", null)));
    }

    @Test
    void readsAFolderAndASystemCollection() throws Exception {
        assertThat(data("/collections/blog")).isEqualTo(object(
            "collection", "blog",
            "meta", object(
                "collection", "blog", "icon", "folder", "note", null, "display_template", null, "hidden", false,
                "singleton", false, "translations", null, "archive_field", null, "archive_app_filter", true,
                "archive_value", null, "unarchive_value", null, "sort_field", null, "accountability", "all",
                "color", null, "item_duplication_fields", null, "sort", 1, "group", null, "collapse", "closed",
                "preview_url", null, "versioning", false),
            "schema", null));
        assertThat(data("/collections/directus_users")).isEqualTo(object(
            "collection", "directus_users",
            "meta", object("collection", "directus_users", "icon", "people", "accountability", "all", "system", true),
            "schema", object("name", "directus_users", "comment", null)));
    }

    @Test
    void anUnknownCollectionIsForbidden() {
        assertThatThrownBy(() -> router.get("/collections/directus_settings", Callers.ADMIN))
            .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                assertThat(reason(e)).isEqualTo(
                    "You don't have permission to access collection \"directus_settings\" or it does not exist.");
            });
    }

    @Test
    void listsEveryFieldOfEveryCollection() throws Exception {
        assertThat(list("/fields")).extracting(field -> field.get("collection") + "." + field.get("field"))
            .containsExactly(
                "articles.id", "articles.title", "articles.data", "articles.author", "articles.published_on",
                "articles.divider",
                "authors.id", "authors.name", "authors.articles",
                "directus_roles.id", "directus_roles.name", "directus_roles.users",
                "directus_users.id", "directus_users.email", "directus_users.role", "directus_users.policies");
    }

    @Test
    void listsTheFieldsOfOneCollection() throws Exception {
        assertThat(list("/fields/authors")).extracting(field -> field.get("field") + ":" + field.get("type"))
            .containsExactly("id:integer", "name:string", "articles:alias");
        // A folder has no table, so its fields are forbidden like an unknown collection's (collection-exists).
        assertThatThrownBy(() -> router.get("/fields/blog", Callers.ADMIN))
            .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(reason(e))
                .isEqualTo("You don't have permission to access collection \"blog\" or it does not exist."
                    + " Queried in root."));
    }

    @Test
    void readsOneField() throws Exception {
        assertThat(data("/fields/articles/data")).isEqualTo(object(
            "collection", "articles",
            "field", "data",
            "type", "json",
            "schema", object(
                "name", "data", "table", "articles", "data_type", "text", "default_value", null, "max_length", null,
                "numeric_precision", null, "numeric_scale", null, "is_nullable", true, "is_unique", false,
                "is_indexed", false, "is_primary_key", false, "is_generated", false, "generation_expression", null,
                "has_auto_increment", false, "foreign_key_table", null, "foreign_key_column", null, "comment", null),
            "meta", object(
                "id", 1, "collection", "articles", "field", "data", "special", List.of("cast-json"),
                "interface", "input-code", "options", Map.of("language", "json"), "display", null,
                "display_options", null, "readonly", false, "hidden", false, "sort", 3, "width", "full",
                "translations", null, "note", null, "conditions", null, "required", false, "group", null,
                "validation", null, "validation_message", null, "searchable", true)));
    }

    @Test
    void unknownFieldsAndCollectionsOfFieldRoutesAreForbidden() {
        assertThatThrownBy(() -> router.get("/fields/articles/removed_column", Callers.ADMIN))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> router.get("/fields/nope", Callers.ADMIN))
            .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(reason(e))
                .isEqualTo("You don't have permission to access collection \"nope\" or it does not exist."
                    + " Queried in root."));
        assertThatThrownBy(() -> router.get("/fields/nope/id", Callers.ADMIN)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void listsRelations() throws Exception {
        assertThat(list("/relations")).extracting(relation -> relation.get("collection") + "." + relation.get("field"))
            .containsExactly("articles.author", "directus_users.role");
        assertThat(list("/relations/directus_users")).extracting(relation -> relation.get("field"))
            .containsExactly("role");
        assertThat(list("/relations/authors")).isEmpty();
    }

    @Test
    void readsOneRelation() throws Exception {
        assertThat(data("/relations/articles/author")).isEqualTo(object(
            "collection", "articles",
            "field", "author",
            "related_collection", "authors",
            "schema", object(
                "table", "articles", "column", "author", "foreign_key_table", "authors", "foreign_key_column", "id",
                "constraint_name", null, "on_update", "NO ACTION", "on_delete", "SET NULL"),
            "meta", object(
                "id", 1, "many_collection", "articles", "many_field", "author", "one_collection", "authors",
                "one_field", "articles", "one_collection_field", null, "one_allowed_collections", null,
                "junction_field", null, "sort_field", null, "one_deselect_action", "nullify")));
    }

    @Test
    void unknownRelationsAreForbidden() {
        assertThatThrownBy(() -> router.get("/relations/articles/title", Callers.ADMIN))
            .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> router.get("/relations/nope", Callers.ADMIN))
            .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(reason(e))
                .isEqualTo("You don't have permission to access collection \"nope\" or it does not exist."
                    + " Queried in root."));
    }

    @Test
    void excludedTablesAreNotServed() throws Exception {
        start(Map.of("DB_EXCLUDE_TABLES", "authors"));

        assertThat(list("/collections")).extracting(collection -> collection.get("collection"))
            .containsExactly("articles", "blog", "directus_roles", "directus_users", "spatial_ref_sys");
        assertThat(list("/relations")).extracting(relation -> relation.get("collection") + "." + relation.get("field"))
            .containsExactly("directus_users.role");
    }

    @Test
    void withoutTheHostsSystemSchemaTheServiceSaysWhatIsMissing() throws Exception {
        router = new RecordingRouter();
        services = new MapServices();
        new DataModule().start(new TestModuleContext(new MapSettings(Map.of()),
            BlogFixture.create(folder.resolve("bare.db")), new FixedSchemaBackend(BlogFixture.catalog()), router,
            services));

        assertThatThrownBy(() -> services.require(SchemaService.class).overview())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("SystemSchema");
    }
}

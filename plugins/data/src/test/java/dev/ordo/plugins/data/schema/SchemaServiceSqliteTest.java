package dev.ordo.plugins.data.schema;

import static dev.ordo.plugins.data.testing.BlogFixture.ARTICLES_AUTHOR_KEY;
import static dev.ordo.plugins.data.testing.BlogFixture.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.plugins.data.testing.BlogFixture;
import dev.ordo.plugins.data.testing.FixedSchemaBackend;
import dev.ordo.plugins.data.testing.SqliteTestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema service over a real SQLite database: metadata as SQLite stores it, the overview, the cache. */
class SchemaServiceSqliteTest {

    @TempDir
    Path folder;

    private SqliteTestDatabase database;
    private FixedSchemaBackend backend;
    private CachedSchemaService service;

    @BeforeEach
    void createBlog() throws Exception {
        database = BlogFixture.create(folder.resolve("blog.db"));
        backend = new FixedSchemaBackend(BlogFixture.catalog());
        SchemaOverviewLoader loader = new SchemaOverviewLoader(database, backend, BlogFixture::systemSchema,
            Set.copyOf(ExcludedTables.DEFAULT));
        service = new CachedSchemaService(loader::load);
    }

    @Test
    void servesTablesSystemCollectionsWithTablesAndFolders() {
        assertThat(service.overview().collections().keySet())
            .containsExactly("articles", "authors", "blog", "directus_roles", "directus_users");
    }

    @Test
    void aCollectionTakesItsNormalisedMetadataRow() {
        CollectionOverview articles = service.overview().collection("articles").orElseThrow();

        assertThat(articles.meta().orElseThrow())
            .containsEntry("icon", "article")
            .containsEntry("hidden", false)
            .containsEntry("archive_app_filter", true)
            .containsEntry("translations", List.of(Map.of("language", "en-US", "translation", "Articles")))
            .containsEntry("group", "blog")
            .containsEntry("sort", 1);
        assertThat(articles.primaryKey()).contains("id");
        assertThat(articles.accountability()).contains("all");
        assertThat(articles.system()).isFalse();
    }

    @Test
    void aMetadataRowWithoutATableIsAFolder() {
        CollectionOverview blog = service.overview().collection("blog").orElseThrow();

        assertThat(blog.isFolder()).isTrue();
        assertThat(blog.primaryKey()).isEmpty();
        assertThat(blog.meta().orElseThrow()).containsEntry("collapse", "closed").containsEntry("icon", "folder");
    }

    @Test
    void fieldsAreTypedBySpecialsInColumnOrderAndStaleRowsAreDropped() {
        Map<String, FieldOverview> fields = service.overview().collection("articles").orElseThrow().fields();

        assertThat(fields.keySet()).containsExactly("id", "title", "data", "author", "published_on", "divider");
        assertThat(fields.values()).extracting(FieldOverview::type).containsExactly(FieldType.INTEGER,
            FieldType.STRING, FieldType.JSON, FieldType.INTEGER, FieldType.TIMESTAMP, FieldType.ALIAS);
        assertThat(fields.get("data").meta().orElseThrow())
            .containsEntry("special", List.of("cast-json"))
            .containsEntry("options", Map.of("language", "json"))
            .containsEntry("readonly", false);
        assertThat(fields.get("author").meta().orElseThrow()).containsEntry("required", true).containsEntry("width", "half");
        assertThat(fields.get("divider").special()).containsExactly("alias", "no-data");
    }

    @Test
    void systemCollectionsUseTheirDefinitions() {
        CollectionOverview users = service.overview().collection("directus_users").orElseThrow();

        assertThat(users.system()).isTrue();
        assertThat(users.meta().orElseThrow()).containsEntry("icon", "people").containsEntry("system", true);
        assertThat(users.fields().keySet()).containsExactly("id", "email", "role", "policies");
        assertThat(users.field("id").orElseThrow().type()).isEqualTo(FieldType.UUID);
        assertThat(users.field("policies").orElseThrow().type()).isEqualTo(FieldType.ALIAS);
    }

    @Test
    void relationsComeFromRowsAndSystemDefinitionsWithTheirForeignKeys() {
        RelationMeta authorRow = new RelationMeta(Optional.of(1), "articles", "author", Optional.of("authors"),
            Optional.of("articles"), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), "nullify", false);

        assertThat(service.overview().relations()).containsExactly(
            new Relation("articles", "author", Optional.of("authors"), Optional.of(ARTICLES_AUTHOR_KEY),
                Optional.of(authorRow)),
            new Relation("directus_users", "role", Optional.of("directus_roles"),
                Optional.of(BlogFixture.catalog().table("directus_users").orElseThrow().foreignKeys().get(0)),
                Optional.of(USER_ROLE)));
    }

    @Test
    void theOverviewIsBuiltOnceUntilInvalidated() throws Exception {
        SchemaOverview first = service.overview();
        database.execute("INSERT INTO directus_collections (collection) VALUES ('archive')");

        assertThat(service.overview()).isSameAs(first);
        assertThat(service.overview().collection("archive")).isEmpty();
        assertThat(backend.introspections()).isEqualTo(1);

        service.invalidate();

        assertThat(service.overview().collection("archive")).isPresent();
        assertThat(backend.introspections()).isEqualTo(2);
    }

    @Test
    void anUnreadableDatabaseFailsWithASchemaReadException() throws Exception {
        database.execute("DROP TABLE directus_relations");

        assertThatThrownBy(service::overview)
            .isInstanceOf(SchemaReadException.class)
            .hasMessageStartingWith("Could not read the database schema: ")
            .hasMessageContaining("directus_relations");
    }
}

package dev.ordo.plugins.data.wire;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.testing.SchemaFixtures.collectionRow;
import static dev.ordo.plugins.data.testing.SchemaFixtures.idColumn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionSerializerTest {

    @Test
    void aManagedTableWithItsMetaAndTableDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("schema", "public");
        details.put("owner", "ordo");
        TableSchema table = new TableSchema("articles", false, Optional.of("News items"), List.of(idColumn("articles")),
            List.of("id"), List.of(), details);
        CollectionOverview articles = new CollectionOverview("articles", Optional.of(table),
            Optional.of(collectionRow("articles", "icon", "article", "sort", 1,
                "translations", List.of(Map.of("language", "en-US", "translation", "Articles"))).meta()),
            Optional.of("id"), false, Optional.empty(), Optional.of("all"), false, Map.of());

        assertThat(CollectionSerializer.toJson(articles)).isEqualTo(object(
            "collection", "articles",
            "meta", object(
                "collection", "articles",
                "icon", "article",
                "note", null,
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
                "group", null,
                "collapse", "open",
                "preview_url", null,
                "versioning", false),
            "schema", object("name", "articles", "schema", "public", "owner", "ordo", "comment", "News items")));
        assertThat(CollectionSerializer.toJson(articles).keySet()).containsExactly("collection", "meta", "schema");
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = (Map<String, Object>) CollectionSerializer.toJson(articles).get("schema");
        assertThat(schema.keySet()).containsExactly("name", "schema", "owner", "comment");
    }

    @Test
    void anUnmanagedSqliteTableHasNullMeta() {
        TableSchema table = new TableSchema("logs", false, Optional.empty(), List.of(idColumn("logs")), List.of("id"),
            List.of(), Map.of("sql", "CREATE TABLE logs (id integer primary key)"));
        CollectionOverview logs = new CollectionOverview("logs", Optional.of(table), Optional.empty(), Optional.of("id"),
            false, Optional.empty(), Optional.of("all"), false, Map.of());

        assertThat(CollectionSerializer.toJson(logs)).isEqualTo(object(
            "collection", "logs",
            "meta", null,
            "schema", object("name", "logs", "sql", "CREATE TABLE logs (id integer primary key)", "comment", null)));
    }

    @Test
    void aFolderHasNullSchema() {
        Map<String, Object> meta = collectionRow("content", "icon", "folder").meta();
        CollectionOverview folder = new CollectionOverview("content", Optional.empty(), Optional.of(meta),
            Optional.empty(), false, Optional.empty(), Optional.of("all"), false, Map.of());

        assertThat(CollectionSerializer.toJson(folder)).isEqualTo(object(
            "collection", "content", "meta", meta, "schema", null));
    }
}

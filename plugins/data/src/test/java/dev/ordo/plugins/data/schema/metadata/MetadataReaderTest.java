package dev.ordo.plugins.data.schema.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ordo.api.schema.RelationMeta;
import dev.ordo.plugins.data.testing.DirectusMetadataTables;
import dev.ordo.plugins.data.testing.SqliteTestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata tables as SQLite stores them: JSON as text, booleans as 0/1, specials as CSV. */
class MetadataReaderTest {

    @TempDir
    Path folder;

    private SqliteTestDatabase database;

    @BeforeEach
    void createTables() throws Exception {
        database = new SqliteTestDatabase(folder.resolve("ordo.db"));
        database.execute(DirectusMetadataTables.COLLECTIONS, DirectusMetadataTables.FIELDS,
            DirectusMetadataTables.RELATIONS);
    }

    private MetadataRows read() throws Exception {
        return database.withConnection(connection -> new MetadataReader("sqlite").read(connection));
    }

    @Test
    void readsACollectionRowWithNormalisedValuesInDirectusOrder() throws Exception {
        database.execute("""
            INSERT INTO directus_collections (collection, icon, note, hidden, singleton, translations, sort_field,
              accountability, item_duplication_fields, sort, "group", versioning)
            VALUES ('articles', 'article', 'News', 1, 0, '[{"language":"en-US","translation":"Articles"}]',
              'position', NULL, '["title","body"]', 2, 'content', 1)""");

        List<CollectionMetaRow> rows = read().collections();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).collection()).isEqualTo("articles");
        assertThat(rows.get(0).meta()).containsExactly(
            entry("collection", "articles"),
            entry("icon", "article"),
            entry("note", "News"),
            entry("display_template", null),
            entry("hidden", true),
            entry("singleton", false),
            entry("translations", List.of(Map.of("language", "en-US", "translation", "Articles"))),
            entry("archive_field", null),
            entry("archive_app_filter", true),
            entry("archive_value", null),
            entry("unarchive_value", null),
            entry("sort_field", "position"),
            entry("accountability", null),
            entry("color", null),
            entry("item_duplication_fields", List.of("title", "body")),
            entry("sort", 2),
            entry("group", "content"),
            entry("collapse", "open"),
            entry("preview_url", null),
            entry("versioning", true));
    }

    @Test
    void collectionRowsComeInNameOrder() throws Exception {
        database.execute(
            "INSERT INTO directus_collections (collection) VALUES ('zebra')",
            "INSERT INTO directus_collections (collection) VALUES ('apple')");

        assertThat(read().collections()).extracting(CollectionMetaRow::collection).containsExactly("apple", "zebra");
    }

    @Test
    void readsAFieldRowWithSpecialsOptionsAndBooleans() throws Exception {
        database.execute("""
            INSERT INTO directus_fields (collection, field, special, interface, options, display, display_options,
              readonly, hidden, sort, width, translations, note, conditions, required, "group", validation,
              validation_message, searchable)
            VALUES ('articles', 'author', 'm2o,file', 'select-dropdown-m2o', '{"template":"{{name}}","enableCreate":true}',
              'related-values', NULL, 1, 0, 3, 'half', NULL, 'Who wrote it', '[{"name":"hide","readonly":true}]', 1,
              'meta_group', '{"_and":[{"author":{"_nnull":true}}]}', 'Required', 0)""");

        List<FieldMetaRow> rows = read().fields();

        assertThat(rows).hasSize(1);
        FieldMetaRow row = rows.get(0);
        assertThat(row.collection()).isEqualTo("articles");
        assertThat(row.field()).isEqualTo("author");
        assertThat(row.special()).containsExactly("m2o", "file");
        assertThat(row.meta()).containsExactly(
            entry("id", 1),
            entry("collection", "articles"),
            entry("field", "author"),
            entry("special", List.of("m2o", "file")),
            entry("interface", "select-dropdown-m2o"),
            entry("options", Map.of("template", "{{name}}", "enableCreate", true)),
            entry("display", "related-values"),
            entry("display_options", null),
            entry("readonly", true),
            entry("hidden", false),
            entry("sort", 3),
            entry("width", "half"),
            entry("translations", null),
            entry("note", "Who wrote it"),
            entry("conditions", List.of(Map.of("name", "hide", "readonly", true))),
            entry("required", true),
            entry("group", "meta_group"),
            entry("validation", Map.of("_and", List.of(Map.of("author", Map.of("_nnull", true))))),
            entry("validation_message", "Required"),
            entry("searchable", false));
    }

    @Test
    void aFieldWithoutSpecialHasNoFlagsAndNullSpecialInItsMeta() throws Exception {
        database.execute("INSERT INTO directus_fields (collection, field) VALUES ('articles', 'title')");

        FieldMetaRow row = read().fields().get(0);

        assertThat(row.special()).isEmpty();
        assertThat(row.meta()).containsEntry("special", null)
            .containsEntry("readonly", false)
            .containsEntry("width", "full")
            .containsEntry("searchable", true);
    }

    @Test
    void fieldRowsComeInIdOrder() throws Exception {
        database.execute(
            "INSERT INTO directus_fields (id, collection, field) VALUES (5, 'a', 'second')",
            "INSERT INTO directus_fields (id, collection, field) VALUES (2, 'a', 'first')");

        assertThat(read().fields()).extracting(FieldMetaRow::field).containsExactly("first", "second");
    }

    @Test
    void invalidJsonIsKeptAsText() throws Exception {
        database.execute("INSERT INTO directus_fields (collection, field, options) VALUES ('a', 'b', '{broken')");

        assertThat(read().fields().get(0).meta()).containsEntry("options", "{broken");
    }

    @Test
    void readsRelationRows() throws Exception {
        database.execute("""
            INSERT INTO directus_relations (many_collection, many_field, one_collection, one_field, junction_field,
              sort_field, one_deselect_action)
            VALUES ('articles_tags', 'articles_id', 'articles', 'tags', 'tags_id', 'sort', 'delete')""",
            """
            INSERT INTO directus_relations (many_collection, many_field, one_collection_field, one_allowed_collections,
              junction_field)
            VALUES ('pages_sections', 'item', 'collection', 'headings,paragraphs', 'pages_id')""");

        List<RelationMeta> relations = read().relations();

        assertThat(relations).containsExactly(
            new RelationMeta(Optional.of(1), "articles_tags", "articles_id", Optional.of("articles"), Optional.of("tags"),
                Optional.empty(), List.of(), Optional.of("tags_id"), Optional.of("sort"), "delete", false),
            new RelationMeta(Optional.of(2), "pages_sections", "item", Optional.empty(), Optional.empty(),
                Optional.of("collection"), List.of("headings", "paragraphs"), Optional.of("pages_id"), Optional.empty(),
                "nullify", false));
    }

    @Test
    void emptyTablesReadAsNoRows() throws Exception {
        assertThat(read()).isEqualTo(MetadataRows.EMPTY);
    }

    @Test
    void columnsTheDatabaseLacksReadAsNullAndUnknownColumnsAreIgnored() throws Exception {
        database.execute(
            "DROP TABLE directus_fields",
            "CREATE TABLE directus_fields (id integer PRIMARY KEY, collection varchar(64), field varchar(64),"
                + " special varchar(64), future_column text)",
            "INSERT INTO directus_fields VALUES (1, 'a', 'b', 'uuid', 'x')");

        FieldMetaRow row = read().fields().get(0);

        assertThat(row.special()).containsExactly("uuid");
        assertThat(row.meta()).containsEntry("searchable", null).doesNotContainKey("future_column");
        assertThat(row.meta().keySet()).containsExactlyElementsOf(
            MetadataTable.FIELDS.columns().stream().map(MetadataColumn::name).toList());
    }
}

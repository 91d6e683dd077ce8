package dev.ordo.plugins.data.wire;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.testing.SchemaFixtures.column;
import static dev.ordo.plugins.data.testing.SchemaFixtures.fieldRow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.SystemField;
import dev.ordo.plugins.data.schema.overview.SystemMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldSerializerTest {

    private static final ColumnSchema DATA = column("articles", "data", "text", FieldType.TEXT);

    @Test
    void aManagedColumnField() {
        Map<String, Object> meta = fieldRow(7, "articles", "data", "special", List.of("cast-json"),
            "interface", "input-code", "options", Map.of("language", "json"), "sort", 3, "note", "Raw data").meta();
        FieldOverview data = new FieldOverview("articles", "data", FieldType.JSON, Optional.of(DATA), Optional.of(meta),
            List.of("cast-json"));

        assertThat(FieldSerializer.toJson(data)).isEqualTo(object(
            "collection", "articles",
            "field", "data",
            "type", "json",
            "schema", object(
                "name", "data",
                "table", "articles",
                "data_type", "text",
                "default_value", null,
                "max_length", null,
                "numeric_precision", null,
                "numeric_scale", null,
                "is_nullable", true,
                "is_unique", false,
                "is_indexed", false,
                "is_primary_key", false,
                "is_generated", false,
                "generation_expression", null,
                "has_auto_increment", false,
                "foreign_key_table", null,
                "foreign_key_column", null,
                "comment", null),
            "meta", object(
                "id", 7,
                "collection", "articles",
                "field", "data",
                "special", List.of("cast-json"),
                "interface", "input-code",
                "options", Map.of("language", "json"),
                "display", null,
                "display_options", null,
                "readonly", false,
                "hidden", false,
                "sort", 3,
                "width", "full",
                "translations", null,
                "note", "Raw data",
                "conditions", null,
                "required", false,
                "group", null,
                "validation", null,
                "validation_message", null,
                "searchable", true)));
        assertThat(FieldSerializer.toJson(data).keySet()).containsExactly("collection", "field", "type", "schema", "meta");
    }

    @Test
    void anUnmanagedColumnHasNullMeta() {
        FieldOverview data = new FieldOverview("articles", "data", FieldType.TEXT, Optional.of(DATA), Optional.empty(),
            List.of());

        assertThat(FieldSerializer.toJson(data)).containsEntry("type", "text").containsEntry("meta", null);
    }

    @Test
    void anAliasHasNullSchema() {
        Map<String, Object> meta = fieldRow(8, "articles", "tags", "special", List.of("m2m")).meta();
        FieldOverview tags = new FieldOverview("articles", "tags", FieldType.ALIAS, Optional.empty(), Optional.of(meta),
            List.of("m2m"));

        assertThat(FieldSerializer.toJson(tags)).isEqualTo(object(
            "collection", "articles", "field", "tags", "type", "alias", "schema", null, "meta", meta));
    }

    @Test
    void aSystemAliasFieldShowsItsGeneratedMeta() {
        SystemField policies = new SystemField("policies", Optional.empty(), List.of("m2m"));
        FieldOverview field = new FieldOverview("directus_users", "policies", FieldType.ALIAS, Optional.empty(),
            Optional.of(SystemMeta.ofField("directus_users", policies)), List.of("m2m"));

        assertThat(FieldSerializer.toJson(field)).isEqualTo(object(
            "collection", "directus_users",
            "field", "policies",
            "type", "alias",
            "schema", null,
            "meta", object(
                "system", true,
                "collection", "directus_users",
                "field", "policies",
                "special", List.of("m2m"),
                "interface", null,
                "options", null,
                "display", null,
                "display_options", null,
                "readonly", false,
                "hidden", false,
                "sort", null,
                "width", "full",
                "group", null,
                "translations", null,
                "note", null,
                "conditions", null,
                "required", false,
                "searchable", true)));
        assertThat(field.meta().orElseThrow().keySet()).as("Directus's system field metas have no row id or validation")
            .doesNotContain("id", "validation", "validation_message");
    }

    @Test
    void aSystemFieldWithoutFlagsHasNullSpecial() {
        SystemField email = new SystemField("email", Optional.of(ColumnDefinition.of("email", FieldType.STRING)), List.of());

        assertThat(SystemMeta.ofField("directus_users", email)).containsEntry("special", null);
    }
}

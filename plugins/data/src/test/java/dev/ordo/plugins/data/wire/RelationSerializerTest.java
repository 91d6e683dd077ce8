package dev.ordo.plugins.data.wire;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.Relation;
import dev.ordo.api.schema.RelationMeta;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationSerializerTest {

    private static final ForeignKeySchema AUTHOR_KEY = new ForeignKeySchema("articles", "author", "authors", "id",
        Optional.of("articles_author_foreign"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL);

    @Test
    void aRelationWithItsForeignKeyAndRow() {
        RelationMeta meta = new RelationMeta(Optional.of(4), "articles", "author", Optional.of("authors"),
            Optional.of("articles"), Optional.empty(), List.of(), Optional.empty(), Optional.of("sort"), "delete", false);
        Relation relation = new Relation("articles", "author", Optional.of("authors"), Optional.of(AUTHOR_KEY),
            Optional.of(meta));

        assertThat(RelationSerializer.toJson(relation)).isEqualTo(object(
            "collection", "articles",
            "field", "author",
            "related_collection", "authors",
            "schema", object(
                "table", "articles",
                "column", "author",
                "foreign_key_table", "authors",
                "foreign_key_column", "id",
                "constraint_name", "articles_author_foreign",
                "on_update", "CASCADE",
                "on_delete", "SET NULL"),
            "meta", object(
                "id", 4,
                "many_collection", "articles",
                "many_field", "author",
                "one_collection", "authors",
                "one_field", "articles",
                "one_collection_field", null,
                "one_allowed_collections", null,
                "junction_field", null,
                "sort_field", "sort",
                "one_deselect_action", "delete")));
        assertThat(RelationSerializer.toJson(relation).keySet())
            .containsExactly("collection", "field", "related_collection", "schema", "meta");
    }

    @Test
    void aForeignKeyWithoutRowOrConstraintName() {
        ForeignKeySchema unnamed = new ForeignKeySchema("articles", "author", "authors", "id", Optional.empty(),
            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
        Relation relation = new Relation("articles", "author", Optional.of("authors"), Optional.of(unnamed),
            Optional.empty());

        assertThat(RelationSerializer.toJson(relation)).isEqualTo(object(
            "collection", "articles",
            "field", "author",
            "related_collection", "authors",
            "schema", object(
                "table", "articles",
                "column", "author",
                "foreign_key_table", "authors",
                "foreign_key_column", "id",
                "constraint_name", null,
                "on_update", "NO ACTION",
                "on_delete", "NO ACTION"),
            "meta", null));
    }

    @Test
    void aForeignKeyInANamedSchemaNamesIt() {
        ForeignKeySchema inPublic = new ForeignKeySchema("articles", "author", "authors", "id",
            Optional.of("articles_author_foreign"), ReferentialAction.CASCADE, ReferentialAction.SET_NULL,
            Optional.of("public"));

        assertThat(RelationSerializer.toJson(new Relation("articles", "author", Optional.of("authors"),
            Optional.of(inPublic), Optional.empty())).get("schema")).isEqualTo(object(
            "table", "articles",
            "column", "author",
            "foreign_key_schema", "public",
            "foreign_key_table", "authors",
            "foreign_key_column", "id",
            "constraint_name", "articles_author_foreign",
            "on_update", "CASCADE",
            "on_delete", "SET NULL"));
    }

    @Test
    void aManyToAnyRowListsItsAllowedCollections() {
        RelationMeta meta = new RelationMeta(Optional.of(2), "pages_sections", "item", Optional.empty(), Optional.empty(),
            Optional.of("collection"), List.of("headings", "paragraphs"), Optional.of("pages_id"), Optional.empty(),
            "nullify", false);

        assertThat(RelationSerializer.toJson(new Relation("pages_sections", "item", Optional.empty(), Optional.empty(),
            Optional.of(meta)))).isEqualTo(object(
            "collection", "pages_sections",
            "field", "item",
            "related_collection", null,
            "schema", null,
            "meta", object(
                "id", 2,
                "many_collection", "pages_sections",
                "many_field", "item",
                "one_collection", null,
                "one_field", null,
                "one_collection_field", "collection",
                "one_allowed_collections", List.of("headings", "paragraphs"),
                "junction_field", "pages_id",
                "sort_field", null,
                "one_deselect_action", "nullify")));
    }

    @Test
    void aSystemRelationIsMarkedSystem() {
        RelationMeta meta = RelationMeta.systemManyToOne("directus_users", "role", "directus_roles", Optional.of("users"));

        assertThat(RelationSerializer.toJson(new Relation("directus_users", "role", Optional.of("directus_roles"),
            Optional.empty(), Optional.of(meta))).get("meta")).isEqualTo(object(
            "many_collection", "directus_users",
            "many_field", "role",
            "one_collection", "directus_roles",
            "one_field", "users",
            "one_collection_field", null,
            "one_allowed_collections", null,
            "junction_field", null,
            "sort_field", null,
            "one_deselect_action", "nullify",
            "system", true));
    }
}

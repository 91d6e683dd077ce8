package dev.ordo.plugins.data.schema.management;

import static dev.ordo.api.http.HttpMethod.DELETE;
import static dev.ordo.api.http.HttpMethod.PATCH;
import static dev.ordo.api.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.data.testing.Callers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST}, {@code PATCH} and {@code DELETE /relations} over a real SQLite database. */
class RelationManagementTest extends ManagementTestBase {

    @BeforeEach
    void createCollections() throws Exception {
        object(POST, "/collections", json("collection", "authors", "schema", json(), "fields", List.of(
            json("field", "id", "type", "bigInteger", "schema", json("has_auto_increment", true)))));
        object(POST, "/collections", json("collection", "tags", "schema", json(), "fields", List.of(
            json("field", "code", "type", "string", "schema", json("is_primary_key", true, "max_length", 20)))));
        object(POST, "/collections", json("collection", "articles", "schema", json(), "fields", List.of(
            json("field", "author", "type", "integer", "meta", json("special", List.of("m2o"))),
            json("field", "tag", "type", "integer"),
            json("field", "item", "type", "string"),
            json("field", "collection", "type", "string"))));
        db.execute("insert into authors (id) values (1)", "insert into articles (author) values (1), (null)");
    }

    @Test
    void aManyToOneGetsAForeignKeyAndItsRow() throws Exception {
        Map<String, Object> relation = object(POST, "/relations", json("collection", "articles", "field", "author",
            "related_collection", "authors", "schema", json("on_delete", "SET NULL"),
            "meta", json("one_field", "articles", "sort_field", null)));

        assertThat(relation.get("related_collection")).isEqualTo("authors");
        assertThat(schema(relation)).containsEntry("table", "articles").containsEntry("column", "author")
            .containsEntry("foreign_key_table", "authors").containsEntry("foreign_key_column", "id")
            .containsEntry("on_delete", "SET NULL").containsEntry("on_update", "NO ACTION");
        assertThat(meta(relation)).containsEntry("many_collection", "articles").containsEntry("many_field", "author")
            .containsEntry("one_collection", "authors").containsEntry("one_field", "articles")
            .containsEntry("one_deselect_action", "nullify");
        // SQLite's auto-increment key is an integer whatever was asked, so the key column keeps its type.
        assertThat(get("/fields/articles/author").get("type")).isEqualTo("integer");
        assertThat(meta(get("/fields/articles/author"))).containsEntry("special", List.of("m2o"));
        assertThat(db.strings("select author from articles order by id")).containsExactly("1", null);
        db.execute("delete from authors where id = 1");
        assertThat(db.strings("select author from articles order by id")).containsExactly(null, null);
        assertThat(get("/relations/articles/author")).isEqualTo(relation);
    }

    @Test
    void aKeyColumnOfAnotherTypeTakesTheTypeOfTheKey() throws Exception {
        object(POST, "/relations", json("collection", "articles", "field", "tag", "related_collection", "tags"));

        Map<String, Object> tag = get("/fields/articles/tag");
        assertThat(tag.get("type")).isEqualTo("string");
        assertThat(schema(tag)).containsEntry("max_length", 20L).containsEntry("foreign_key_table", "tags");
    }

    @Test
    void aManyToAnyRelationHasNoConstraint() throws Exception {
        Map<String, Object> relation = object(POST, "/relations", json("collection", "articles", "field", "item",
            "related_collection", null, "meta", json("one_collection_field", "collection",
                "one_allowed_collections", List.of("authors", "tags"))));

        assertThat(relation.get("related_collection")).isNull();
        assertThat(relation.get("schema")).isNull();
        assertThat(meta(relation)).containsEntry("one_allowed_collections", List.of("authors", "tags"))
            .containsEntry("one_collection", null);
        assertThat(db.overview().collection("articles").orElseThrow().table().orElseThrow().foreignKeys()).isEmpty();
    }

    @Test
    void creatingIsChecked() throws Exception {
        object(POST, "/relations", json("collection", "articles", "field", "author", "related_collection", "authors"));

        assertInvalidPayload(failure(POST, "/relations", json("field", "author")), "\"collection\" is required");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "articles")), "\"field\" is required");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "nope", "field", "x")),
            "Collection \"nope\" doesn't exist");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "articles", "field", "nope")),
            "Field \"nope\" doesn't exist in collection \"articles\"");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "articles", "field", "id",
            "related_collection", "authors")), "Field \"id\" in collection \"articles\" is a primary key");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "articles", "field", "tag",
            "related_collection", "nope")), "Collection \"nope\" doesn't exist");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "articles", "field", "author",
            "related_collection", "authors")),
            "Field \"author\" in collection \"articles\" already has an associated relationship");
        assertInvalidPayload(failure(POST, "/relations", json("collection", "articles", "field", "tag",
            "related_collection", "tags", "schema", json("on_delete", "EXPLODE"))),
            "\"schema.on_delete\" must be one of [NO ACTION, SET NULL, SET DEFAULT, CASCADE, RESTRICT]");
        assertThat(failure(POST, "/relations", json("collection", "articles", "field", "tag"), Callers.EDITOR))
            .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void rowsPointingNowhereStopTheConstraint() throws Exception {
        db.execute("insert into articles (author) values (42)");

        OrdoException error = failure(POST, "/relations", json("collection", "articles", "field", "author",
            "related_collection", "authors"));

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_FOREIGN_KEY);
        assertThat(error.extensions()).containsEntry("collection", "articles").containsEntry("field", "author");
        assertThat(db.overview().relation("articles", "author")).isEmpty();
        assertThat(get("/fields/articles/author").get("type")).isEqualTo("integer");
    }

    @Test
    void theConstraintsActionsAndTheRowChange() throws Exception {
        object(POST, "/relations", json("collection", "articles", "field", "author", "related_collection", "authors",
            "schema", json("on_delete", "SET NULL")));

        Map<String, Object> changed = object(PATCH, "/relations/articles/author", json(
            "schema", json("on_delete", "CASCADE"), "meta", json("one_field", "articles")));

        assertThat(schema(changed)).containsEntry("on_delete", "CASCADE");
        assertThat(meta(changed)).containsEntry("one_field", "articles");
        Map<String, Object> metaOnly = object(PATCH, "/relations/articles/author", json("meta",
            json("one_deselect_action", "delete")));
        assertThat(schema(metaOnly)).containsEntry("on_delete", "CASCADE");
        assertThat(meta(metaOnly)).containsEntry("one_deselect_action", "delete").containsEntry("one_field", "articles");
        db.execute("delete from authors where id = 1");
        assertThat(db.strings("select count(*) from articles")).containsExactly("1");
    }

    @Test
    void aForeignKeyWithoutRowGetsOneWhenMetaArrives() throws Exception {
        db.execute("create table notes (id integer primary key, article integer references articles (id))");

        Map<String, Object> changed = object(PATCH, "/relations/notes/article", json("meta", json("one_field", "notes")));

        assertThat(meta(changed)).containsEntry("many_collection", "notes").containsEntry("one_collection", "articles")
            .containsEntry("one_field", "notes");
    }

    @Test
    void deletingARelationDropsItsConstraintAndRow() throws Exception {
        object(POST, "/relations", json("collection", "articles", "field", "author", "related_collection", "authors"));

        assertThat(call(DELETE, "/relations/articles/author", null).status()).isEqualTo(204);

        assertThat(db.overview().relation("articles", "author")).isEmpty();
        assertThat(get("/fields/articles/author").get("schema")).isNotNull();
        assertThat(db.strings("select count(*) from directus_relations")).containsExactly("0");
    }

    @Test
    void aFieldWithoutARelationIsInvalidAndUnknownCollectionsAndBuiltInRelationsAreForbidden() {
        assertInvalidPayload(failure(PATCH, "/relations/articles/tag", json("meta", json())),
            "Field \"tag\" in collection \"articles\" doesn't have a relationship.");
        assertInvalidPayload(failure(DELETE, "/relations/articles/tag", null),
            "Field \"tag\" in collection \"articles\" doesn't have a relationship.");
        assertInvalidPayload(failure(DELETE, "/relations/articles/nope", null),
            "Field \"nope\" doesn't exist in collection \"articles\"");
        assertThat(failure(DELETE, "/relations/nope/x", null)).isInstanceOf(ForbiddenException.class)
            .extracting(error -> ((ForbiddenException) error).extensions().get("reason"))
            .isEqualTo("You don't have permission to access collection \"nope\" or it does not exist. Queried in root.");
        assertThat(failure(DELETE, "/relations/directus_users/role", null)).isInstanceOf(ForbiddenException.class);
    }
}

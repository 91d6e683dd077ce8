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

/** {@code POST}, {@code PATCH} and {@code DELETE /fields} over a real SQLite database. */
class FieldManagementTest extends ManagementTestBase {

    @BeforeEach
    void createArticles() throws Exception {
        object(POST, "/collections", json("collection", "articles", "schema", json(), "meta", json(), "fields", List.of(
            json("field", "id", "type", "integer", "schema", json("has_auto_increment", true)),
            json("field", "title", "type", "string", "meta", json("interface", "input")),
            json("field", "rank", "type", "string", "schema", json("max_length", 20)))));
        db.execute("insert into articles (title, rank) values ('One', '1'), ('Two', null), ('Three', '1')");
    }

    @Test
    void aNewFieldGetsItsColumnAndTheNextSort() throws Exception {
        Map<String, Object> created = object(POST, "/fields/articles", json("field", "published", "type", "boolean",
            "schema", json("is_nullable", false, "default_value", false), "meta", json("interface", "boolean")));

        assertThat(created.get("collection")).isEqualTo("articles");
        assertThat(created.get("type")).isEqualTo("boolean");
        assertThat(schema(created)).containsEntry("is_nullable", false).containsEntry("default_value", false);
        // Only title has a metadata row yet: id and rank were created without meta.
        assertThat(meta(created)).containsEntry("interface", "boolean").containsEntry("sort", 2)
            .containsEntry("collection", "articles").containsEntry("field", "published");
        assertThat(db.strings("select published from articles")).containsExactly("0", "0", "0");
        assertThat(get("/fields/articles/published")).isEqualTo(created);
    }

    @Test
    void fieldsWhoseColumnReadsBackAsAnotherTypeGetTheirSpecialEvenWithoutMeta() throws Exception {
        Map<String, Object> data = object(POST, "/fields/articles", json("field", "data", "type", "json"));
        Map<String, Object> tags = object(POST, "/fields/articles", json("field", "tags", "type", "csv"));
        Map<String, Object> plain = object(POST, "/fields/articles", json("field", "plain", "type", "text"));

        assertThat(data.get("type")).isEqualTo("json");
        assertThat(meta(data)).containsEntry("special", List.of("cast-json"));
        assertThat(tags.get("type")).isEqualTo("csv");
        assertThat(meta(tags)).containsEntry("special", List.of("cast-csv"));
        assertThat(plain.get("meta")).isNull();
    }

    /** The uuid special also fills empty values on create: only a key gets it, as Directus creates uuid keys. */
    @Test
    void aPlainUuidFieldGetsNoSpecialButAUuidKeyGetsTheUuidSpecial() throws Exception {
        Map<String, Object> token = object(POST, "/fields/articles", json("field", "token", "type", "uuid"));
        object(POST, "/collections", json("collection", "notes", "schema", json(), "fields", List.of(
            json("field", "id", "type", "uuid", "schema", json("is_primary_key", true)))));

        assertThat(token.get("type")).isEqualTo("uuid");
        assertThat(token.get("meta")).isNull();
        Map<String, Object> key = get("/fields/notes/id");
        assertThat(key.get("type")).isEqualTo("uuid");
        assertThat(meta(key)).containsEntry("special", List.of("uuid"));
    }

    @Test
    void anAliasFieldHasNoColumn() throws Exception {
        Map<String, Object> alias = object(POST, "/fields/articles", json("field", "divider", "type", "alias",
            "meta", json("special", List.of("alias", "no-data"), "interface", "presentation-divider")));

        assertThat(alias.get("type")).isEqualTo("alias");
        assertThat(alias.get("schema")).isNull();
        assertThat(db.strings("select name from pragma_table_info('articles') where name = 'divider'")).isEmpty();
    }

    @Test
    void creatingIsChecked() throws Exception {
        assertInvalidPayload(failure(POST, "/fields/articles", json("type", "string")), "\"field\" is required");
        assertInvalidPayload(failure(POST, "/fields/articles", json("field", "title", "type", "string")),
            "Field \"title\" already exists in collection \"articles\"");
        assertInvalidPayload(failure(POST, "/fields/articles", json("field", "x", "type", "string",
            "schema", json("is_nullable", "no"))), "\"schema.is_nullable\" must be a boolean");
        assertInvalidPayload(failure(POST, "/fields/articles", json("field", "x", "type", "unknown")),
            "Illegal type passed: \"unknown\"");
        assertThat(failure(POST, "/fields/nope", json("field", "x", "type", "string")))
            .isInstanceOf(ForbiddenException.class);
        assertThat(failure(POST, "/fields/articles", json("field", "x", "type", "string"), Callers.EDITOR))
            .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aColumnChangesAndKeepsItsRows() throws Exception {
        Map<String, Object> changed = object(PATCH, "/fields/articles/rank", json("type", "integer",
            "schema", json("default_value", 0), "meta", json("note", "Rank")));

        assertThat(changed.get("type")).isEqualTo("integer");
        assertThat(schema(changed)).containsEntry("default_value", 0).containsEntry("is_nullable", true);
        assertThat(meta(changed)).containsEntry("note", "Rank");
        assertThat(db.strings("select typeof(rank) from articles where rank is not null")).containsOnly("integer");

        Map<String, Object> title = object(PATCH, "/fields/articles/title", json("schema", json("max_length", 80)));
        assertThat(schema(title)).containsEntry("max_length", 80L);
        assertThat(meta(title)).containsEntry("interface", "input");
        assertThat(db.strings("select title from articles order by id")).containsExactly("One", "Two", "Three");
    }

    @Test
    void aTypeChangeSwapsTheTypeSpecials() throws Exception {
        object(POST, "/fields/articles", json("field", "token", "type", "uuid", "meta", json("special",
            List.of("uuid"), "interface", "input")));

        Map<String, Object> changed = object(PATCH, "/fields/articles/token", json("type", "string", "schema", json()));

        assertThat(changed.get("type")).isEqualTo("string");
        assertThat(meta(changed)).containsEntry("special", null).containsEntry("interface", "input");
    }

    @Test
    void anEmptySpecialListReadsBackAsAnEmptyList() throws Exception {
        object(POST, "/fields/articles", json("field", "plain", "type", "string", "meta", json("special", List.of())));

        assertThat(meta(get("/fields/articles/plain"))).containsEntry("special", List.of());
        assertThat(meta(object(PATCH, "/fields/articles/plain", json("meta", json("special", null)))))
            .containsEntry("special", null);
    }

    @Test
    void refusedColumnChangesAreDirectusErrors() throws Exception {
        OrdoException nulls = failure(PATCH, "/fields/articles/rank", json("schema", json("is_nullable", false)));
        assertThat(nulls.code()).isEqualTo(ErrorCode.CONTAINS_NULL_VALUES);
        assertThat(nulls.extensions()).containsEntry("collection", "articles").containsEntry("field", "rank");

        OrdoException duplicates = failure(PATCH, "/fields/articles/rank", json("schema", json("is_unique", true)));
        assertThat(duplicates.code()).isEqualTo(ErrorCode.RECORD_NOT_UNIQUE);
        assertThat(duplicates.extensions()).containsEntry("collection", "articles").containsEntry("field", "rank");

        assertThat(schema(get("/fields/articles/rank"))).containsEntry("is_nullable", true)
            .containsEntry("is_unique", false);
        assertInvalidPayload(failure(PATCH, "/fields/articles/id", json("schema", json("is_nullable", true))),
            "Primary key cannot be null");
        assertInvalidPayload(failure(PATCH, "/fields/articles/title", json("type", "alias")),
            "Alias type cannot be changed");
    }

    @Test
    void severalFieldsChangeInOneRequest() throws Exception {
        List<Map<String, Object>> changed = list(PATCH, "/fields/articles", List.of(
            json("field", "title", "meta", json("sort", 2)), json("field", "rank", "meta", json("sort", 1))));

        assertThat(changed).extracting(field -> meta(field).get("sort")).containsExactly(2, 1);
        // The API keeps the column order; meta.sort orders the app's forms.
        assertThat(db.overview().collection("articles").orElseThrow().fields().keySet())
            .containsExactly("id", "title", "rank");
        assertInvalidPayload(failure(PATCH, "/fields/articles", json("field", "title")),
            "Submitted body has to be an array");
        assertThat(failure(PATCH, "/fields/articles", List.of(json("field", "nope")))).isInstanceOf(
            ForbiddenException.class);
    }

    @Test
    void systemFieldsOnlyChangeTheirIndex() throws Exception {
        Map<String, Object> email = object(PATCH, "/fields/directus_users/email", json("schema", json("is_indexed", true)));

        assertThat(schema(email)).containsEntry("is_indexed", true);
        assertInvalidPayload(failure(PATCH, "/fields/directus_users/email", json("meta", json("note", "x"))),
            "Only \"schema.is_indexed\" may be modified for system fields");
        assertInvalidPayload(failure(PATCH, "/fields/directus_users/email", json("schema", json("max_length", 10))),
            "Only \"schema.is_indexed\" may be modified for system fields");
        assertThat(failure(DELETE, "/fields/directus_users/email", null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void customFieldsOfSystemCollectionsAreOrdinary() throws Exception {
        object(POST, "/fields/directus_users", json("field", "nickname", "type", "string"));

        Map<String, Object> changed = object(PATCH, "/fields/directus_users/nickname", json("meta", json("note", "x")));
        assertThat(meta(changed)).containsEntry("note", "x");
        assertThat(call(DELETE, "/fields/directus_users/nickname", null).status()).isEqualTo(204);
    }

    @Test
    void deletingAFieldDropsItsColumnRelationAndReverseAlias() throws Exception {
        object(POST, "/collections", json("collection", "authors", "schema", json()));
        object(POST, "/fields/articles", json("field", "author", "type", "integer"));
        object(POST, "/fields/authors", json("field", "articles", "type", "o2m"));
        object(POST, "/relations", json("collection", "articles", "field", "author", "related_collection", "authors",
            "meta", json("one_field", "articles")));
        object(PATCH, "/collections/articles", json("meta", json("sort_field", "rank", "archive_field", "title")));

        assertThat(call(DELETE, "/fields/articles/author", null).status()).isEqualTo(204);
        assertThat(call(DELETE, "/fields/articles/rank", null).status()).isEqualTo(204);

        assertThat(db.overview().collection("articles").orElseThrow().fields().keySet()).containsExactly("id", "title");
        assertThat(db.overview().relation("articles", "author")).isEmpty();
        assertThat(db.overview().collection("authors").orElseThrow().field("articles")).isEmpty();
        assertThat(meta(get("/collections/articles"))).containsEntry("sort_field", null)
            .containsEntry("archive_field", "title");
        assertThat(db.strings("select count(*) from directus_fields where collection = 'articles'"
            + " and field in ('author', 'rank')")).containsExactly("0");
        assertThat(failure(DELETE, "/fields/articles/author", null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void deletingTheReverseAliasKeepsTheRelation() throws Exception {
        object(POST, "/collections", json("collection", "authors", "schema", json()));
        object(POST, "/fields/articles", json("field", "author", "type", "integer"));
        object(POST, "/fields/authors", json("field", "articles", "type", "o2m"));
        object(POST, "/relations", json("collection", "articles", "field", "author", "related_collection", "authors",
            "meta", json("one_field", "articles")));

        assertThat(call(DELETE, "/fields/authors/articles", null).status()).isEqualTo(204);

        assertThat(db.overview().relation("articles", "author").orElseThrow().meta().orElseThrow().oneField()).isEmpty();
    }
}

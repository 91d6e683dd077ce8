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
import org.junit.jupiter.api.Test;

/** {@code POST}, {@code PATCH} and {@code DELETE /collections} over a real SQLite database. */
class CollectionManagementTest extends ManagementTestBase {

    @Test
    void aNewCollectionGetsAnAutoIncrementIdAndItsMetadata() throws Exception {
        Map<String, Object> created = object(POST, "/collections",
            json("collection", "articles", "meta", json("icon", "article", "note", "Posts"), "schema", json()));

        assertThat(created.get("collection")).isEqualTo("articles");
        assertThat(meta(created)).containsEntry("icon", "article").containsEntry("note", "Posts")
            .containsEntry("hidden", false).containsEntry("collapse", "open").containsEntry("accountability", "all");
        assertThat(schema(created)).containsEntry("name", "articles");
        Map<String, Object> id = get("/fields/articles/id");
        assertThat(id.get("type")).isEqualTo("integer");
        assertThat(schema(id)).containsEntry("is_primary_key", true).containsEntry("has_auto_increment", true);
        assertThat(meta(id)).containsEntry("hidden", true).containsEntry("readonly", true)
            .containsEntry("interface", "numeric").containsEntry("sort", 1);
        assertThat(get("/collections/articles")).isEqualTo(created);
    }

    @Test
    void fieldsAreCreatedWithTheSpecialsTheirTypesNeedAndSequentialSorts() throws Exception {
        object(POST, "/collections", json("collection", "things", "schema", json(), "fields", List.of(
            json("field", "key", "type", "uuid", "schema", json("is_primary_key", true), "meta", json("hidden", true)),
            json("field", "title", "type", "string", "schema", json("max_length", 120, "is_nullable", false,
                "default_value", "untitled"), "meta", json("interface", "input")),
            json("field", "data", "type", "json"),
            json("field", "secret", "type", "hash", "meta", json("sort", 10)),
            json("field", "tags", "type", "csv", "meta", json("group", "details")),
            json("field", "details", "type", "alias", "meta", json("special", List.of("alias", "no-data", "group"))),
            json("field", "notes", "type", "text", "meta", json("group", "details")),
            json("field", "children", "type", "o2m"))));

        Map<String, Object> key = get("/fields/things/key");
        assertThat(key.get("type")).isEqualTo("uuid");
        assertThat(meta(key)).containsEntry("special", List.of("uuid")).containsEntry("sort", 1);
        Map<String, Object> title = get("/fields/things/title");
        assertThat(schema(title)).containsEntry("max_length", 120L).containsEntry("is_nullable", false)
            .containsEntry("default_value", "untitled");
        assertThat(meta(title)).containsEntry("sort", 2);
        assertThat(get("/fields/things/data").get("type")).isEqualTo("json");
        assertThat(meta(get("/fields/things/data"))).containsEntry("special", List.of("cast-json")).containsEntry("sort", 3);
        assertThat(get("/fields/things/secret").get("type")).isEqualTo("hash");
        assertThat(meta(get("/fields/things/secret"))).containsEntry("sort", 10);
        assertThat(get("/fields/things/tags").get("type")).isEqualTo("csv");
        assertThat(meta(get("/fields/things/tags"))).containsEntry("sort", 1).containsEntry("group", "details");
        assertThat(meta(get("/fields/things/notes"))).containsEntry("sort", 2);
        assertThat(get("/fields/things/details").get("schema")).isNull();
        assertThat(get("/fields/things/children").get("type")).isEqualTo("alias");
        assertThat(meta(get("/fields/things/children"))).containsEntry("special", List.of("o2m"));
        assertThat(db.overview().collection("things").orElseThrow().primaryKey()).contains("key");
        assertThat(db.strings("select name from pragma_table_info('things') order by cid"))
            .containsExactly("key", "title", "data", "secret", "tags", "notes");
    }

    @Test
    void severalCollectionsAreCreatedTogetherOrNotAtAll() throws Exception {
        List<Map<String, Object>> created = list(POST, "/collections", List.of(
            json("collection", "first", "schema", json()),
            json("collection", "second", "schema", json(), "meta", json("icon", "box"))));
        assertThat(created).extracting(collection -> collection.get("collection")).containsExactly("first", "second");

        OrdoException error = failure(POST, "/collections", List.of(
            json("collection", "third", "schema", json()),
            json("collection", "fourth", "schema", json(), "fields", List.of(json("field", "x", "type", "nope")))));

        assertInvalidPayload(error, "Illegal type passed: \"nope\"");
        assertThat(db.overview().collection("third")).isEmpty();
        assertThat(db.strings("select name from sqlite_master where name = 'third'")).isEmpty();
    }

    @Test
    void aFailingMetadataWriteLeavesNoTable() throws Exception {
        OrdoException error = failure(POST, "/collections", json("collection", "broken", "schema", json(),
            "fields", List.of(json("field", "flag", "type", "boolean", "meta", json("hidden", "maybe")))));

        assertInvalidPayload(error, "\"meta.hidden\" must be a boolean");
        assertThat(db.strings("select name from sqlite_master where name = 'broken'")).isEmpty();
        assertThat(db.strings("select count(*) from directus_collections")).containsExactly("0");
    }

    @Test
    void namesAreChecked() {
        assertInvalidPayload(failure(POST, "/collections", json("schema", json())), "\"collection\" is required");
        assertInvalidPayload(failure(POST, "/collections", json("collection", "directus_things")),
            "Collections can't start with \"directus_\"");
        assertInvalidPayload(failure(POST, "/collections", json("collection", "a/b")),
            "\"collection\" can't contain \"/\"");
        assertInvalidPayload(failure(POST, "/collections", json("collection", "x", "fields", "id")),
            "\"fields\" must be an array");
    }

    @Test
    void anExistingCollectionIsNotCreatedAgain() throws Exception {
        object(POST, "/collections", json("collection", "articles", "schema", json()));
        object(POST, "/collections", json("collection", "folder", "meta", json()));

        assertInvalidPayload(failure(POST, "/collections", json("collection", "articles", "schema", json())),
            "Collection \"articles\" already exists");
        assertInvalidPayload(failure(POST, "/collections", json("collection", "folder", "schema", json())),
            "Collection \"folder\" already exists");
    }

    @Test
    void aCollectionWithNeitherSchemaNorMetaIsNotCreated() throws Exception {
        assertThat(failure(POST, "/collections", json("collection", "nothing", "schema", null, "meta", null)))
            .isInstanceOf(ForbiddenException.class);
        assertThat(db.overview().collection("nothing")).isEmpty();

        List<Map<String, Object>> created = list(POST, "/collections",
            List.of(json("collection", "listed", "schema", json()), json("collection", "skipped")));
        assertThat(created).extracting(collection -> collection.get("collection")).containsExactly("listed");
        assertThat(db.overview().collection("skipped")).isEmpty();
    }

    @Test
    void anExistingTableGetsMetadataWithoutBeingAltered() throws Exception {
        db.execute("create table legacy (code varchar(10) primary key not null, label char(36))");
        String before = db.strings("select sql from sqlite_master where name = 'legacy'").get(0);
        assertThat(get("/collections/legacy").get("meta")).isNull();

        Map<String, Object> described = object(POST, "/collections", json("collection", "legacy", "schema", null,
            "meta", json("icon", "history"), "fields", List.of(json("field", "label", "type", "uuid",
                "meta", json("interface", "input")))));

        assertThat(meta(described)).containsEntry("icon", "history");
        assertThat(db.strings("select sql from sqlite_master where name = 'legacy'")).containsExactly(before);
        assertThat(get("/fields/legacy/label").get("type")).isEqualTo("uuid");
        assertInvalidPayload(failure(POST, "/collections", json("collection", "legacy", "schema", null)),
            "Collection \"legacy\" already exists");
    }

    @Test
    void aTableThatCannotBeServedGetsNoMetadata() throws Exception {
        db.execute("create table keyless (code varchar(10), label varchar(20))");
        db.execute("create view listing as select code from keyless");

        assertInvalidPayload(failure(POST, "/collections", json("collection", "keyless", "meta", json("icon", "x"))),
            "Table \"keyless\" cannot be a collection: it has no single-column primary key");
        assertInvalidPayload(failure(POST, "/collections", json("collection", "listing", "meta", json("icon", "x"))),
            "Table \"listing\" cannot be a collection: it is a view");
        assertThat(db.strings("select collection from directus_collections where collection in ('keyless', 'listing')"))
            .isEmpty();
    }

    @Test
    void aCollectionWithoutSchemaIsAFolder() throws Exception {
        Map<String, Object> folder = object(POST, "/collections", json("collection", "archive", "meta",
            json("collapse", "closed")));

        assertThat(folder.get("schema")).isNull();
        assertThat(meta(folder)).containsEntry("collapse", "closed");
    }

    @Test
    void metaIsUpdatedOrCreatedForATableWithoutIt() throws Exception {
        object(POST, "/collections", json("collection", "articles", "schema", json(), "meta", json("icon", "article")));
        db.execute("create table legacy (id integer primary key)");

        Map<String, Object> updated = object(PATCH, "/collections/articles",
            json("meta", json("note", "Changed", "hidden", true, "translations", List.of(json("language", "en-US")),
                "sort", "3", "system", true)));
        Map<String, Object> legacy = object(PATCH, "/collections/legacy", json("meta", json("icon", "history")));

        assertThat(meta(updated)).containsEntry("icon", "article").containsEntry("note", "Changed")
            .containsEntry("hidden", true).containsEntry("sort", 3)
            .containsEntry("translations", List.of(Map.of("language", "en-US")));
        assertThat(meta(legacy)).containsEntry("icon", "history");
        assertThat(db.strings("select sql from sqlite_master where name = 'legacy'"))
            .containsExactly("CREATE TABLE legacy (id integer primary key)");
    }

    @Test
    void severalCollectionsAreUpdatedInOneRequest() throws Exception {
        object(POST, "/collections", json("collection", "a", "schema", json()));
        object(POST, "/collections", json("collection", "b", "schema", json()));

        List<Map<String, Object>> updated = list(PATCH, "/collections", List.of(
            json("collection", "a", "meta", json("sort", 2)), json("collection", "b", "meta", json("sort", 1))));

        assertThat(updated).extracting(collection -> meta(collection).get("sort")).containsExactly(2, 1);
        assertInvalidPayload(failure(PATCH, "/collections", List.of(json("meta", json()))),
            "Collection in update misses collection key");
        assertInvalidPayload(failure(PATCH, "/collections", json("meta", json())),
            "Input should be an array of collection changes");
    }

    @Test
    void unknownAndSystemCollectionsAndNonAdminsAreForbidden() throws Exception {
        object(POST, "/collections", json("collection", "articles", "schema", json()));

        assertThat(failure(PATCH, "/collections/nope", json("meta", json()))).isInstanceOf(ForbiddenException.class);
        assertThat(failure(DELETE, "/collections/nope", null)).isInstanceOf(ForbiddenException.class);
        assertThat(failure(DELETE, "/collections/directus_users", null)).isInstanceOf(ForbiddenException.class);
        for (var caller : List.of(Callers.EDITOR, Callers.ANONYMOUS)) {
            assertThat(failure(POST, "/collections", json("collection", "x", "schema", json()), caller))
                .isInstanceOf(ForbiddenException.class);
            assertThat(failure(PATCH, "/collections/articles", json("meta", json()), caller))
                .isInstanceOf(ForbiddenException.class);
            assertThat(failure(DELETE, "/collections/articles", null, caller)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(db.overview().collection("x")).isEmpty();
    }

    @Test
    void deletingACollectionDropsItsTableAndCleansUpWhatRefersToIt() throws Exception {
        object(POST, "/collections", json("collection", "authors", "schema", json(), "meta", json("group", null)));
        object(POST, "/collections", json("collection", "articles", "schema", json(), "fields", List.of(
            json("field", "id", "type", "integer", "schema", json("has_auto_increment", true)),
            json("field", "author", "type", "integer", "meta", json("special", List.of("m2o"))))));
        object(POST, "/collections", json("collection", "notes", "schema", json(), "fields", List.of(
            json("field", "id", "type", "integer", "schema", json("has_auto_increment", true)),
            json("field", "article", "type", "integer"),
            json("field", "item", "type", "string"), json("field", "kind", "type", "string"))));
        object(POST, "/fields/authors", json("field", "articles", "type", "alias", "meta",
            json("special", List.of("o2m"))));
        object(POST, "/relations", json("collection", "articles", "field", "author", "related_collection", "authors",
            "meta", json("one_field", "articles")));
        object(POST, "/relations", json("collection", "notes", "field", "article", "related_collection", "articles",
            "schema", json("on_delete", "SET NULL")));
        object(POST, "/relations", json("collection", "notes", "field", "item", "meta",
            json("one_collection_field", "kind", "one_allowed_collections", List.of("articles", "authors"))));
        object(PATCH, "/collections/authors", json("meta", json("group", "articles")));
        db.execute("insert into articles (id, author) values (1, null)", "insert into notes (article) values (1)",
            "insert into directus_presets (collection) values ('articles')",
            "insert into directus_activity (action, collection, item) values ('create', 'articles', '1')",
            "insert into directus_revisions (activity, collection, item) values (1, 'articles', '1')",
            "insert into directus_permissions (collection, action) values ('articles', 'read')");

        assertThat(call(DELETE, "/collections/articles", null).status()).isEqualTo(204);

        assertThat(db.overview().collection("articles")).isEmpty();
        assertThat(db.strings("select name from sqlite_master where name = 'articles'")).isEmpty();
        for (String table : List.of("directus_fields", "directus_presets", "directus_activity", "directus_revisions",
            "directus_permissions")) {
            assertThat(db.strings("select count(*) from " + table + " where collection = 'articles'")).as(table)
                .containsExactly("0");
        }
        assertThat(db.overview().collection("authors").orElseThrow().field("articles")).isEmpty();
        assertThat(meta(get("/collections/authors"))).containsEntry("group", null);
        assertThat(db.overview().relation("notes", "article")).isEmpty();
        assertThat(db.overview().collection("notes").orElseThrow().table().orElseThrow().foreignKeys()).isEmpty();
        // The many-to-one field pointing at the collection is deleted with it (column and row); the rows stay.
        assertThat(db.overview().collection("notes").orElseThrow().field("article")).isEmpty();
        assertThat(db.strings("select count(*) from notes")).containsExactly("1");
        assertThat(db.overview().relation("notes", "item").orElseThrow().meta().orElseThrow().oneAllowedCollections())
            .containsExactly("authors");
        assertThat(db.strings("select count(*) from directus_relations where many_collection = 'articles'"
            + " or one_collection = 'articles'")).containsExactly("0");
    }

    @Test
    void aFolderIsDeletedAndItsChildrenLeaveIt() throws Exception {
        object(POST, "/collections", json("collection", "folder", "meta", json()));
        object(POST, "/collections", json("collection", "inside", "schema", json(), "meta", json("group", "folder")));

        assertThat(call(DELETE, "/collections/folder", null).status()).isEqualTo(204);

        assertThat(db.overview().collection("folder")).isEmpty();
        assertThat(meta(get("/collections/inside"))).containsEntry("group", null);
    }

    @Test
    void errorsOfCreatingAreApiErrors() {
        OrdoException error = failure(POST, "/collections", json("collection", "keys", "schema", json(), "fields",
            List.of(json("field", "a", "type", "string", "schema", json("is_primary_key", true)),
                json("field", "b", "type", "string", "schema", json("is_primary_key", true)))));

        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }
}

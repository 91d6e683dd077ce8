package dev.ordo.plugins.data.write;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.write.WriteFixture.ADMIN;
import static dev.ordo.plugins.data.write.WriteFixture.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.data.access.CollectionRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nested relational writes (DATA-API.md §6.4) in every value form, against a real SQLite database. */
class NestedWritesTest {

    @TempDir
    Path folder;

    private WriteFixture fixture;
    private TransactionalItemWrites writes;

    @BeforeEach
    void createDatabase() throws Exception {
        fixture = new WriteFixture(folder);
        writes = fixture.writes();
    }

    @Nested
    class ManyToOne {

        @Test
        void aKeyIsStoredAsTheForeignKey() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (3, 'Ann')");

            Object key = writes.createMany("articles", List.of(object("title", "T", "author", 3)), ADMIN).get(0);

            assertThat(fixture.value("SELECT author FROM articles WHERE id = ?", key)).isEqualTo(3);
        }

        @Test
        void nullClearsTheForeignKey() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (3, 'Ann')",
                "INSERT INTO articles (id, title, author) VALUES (1, 'T', 3)");

            writes.updateMany("articles", List.of(1), object("author", null), ADMIN);

            assertThat(fixture.value("SELECT author FROM articles WHERE id = 1")).isNull();
            assertThat(fixture.count("authors")).isEqualTo(1);
        }

        @Test
        void anObjectWithoutKeyCreatesTheRelatedItemFirst() throws Exception {
            Object key = writes.createMany("articles", List.of(object("title", "T",
                "author", object("name", "New author", "country", object("name", "Iceland")))), ADMIN).get(0);

            assertThat(fixture.row("SELECT a.title, w.name AS author, c.name AS country FROM articles a "
                + "JOIN authors w ON w.id = a.author JOIN countries c ON c.id = w.country WHERE a.id = ?", key))
                .isEqualTo(object("title", "T", "author", "New author", "country", "Iceland"));
        }

        @Test
        void anObjectWithAnExistingKeyUpdatesThatItem() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (3, 'Ann')");

            Object key = writes.createMany("articles", List.of(object("title", "T",
                "author", object("id", 3, "name", "Ann Renamed"))), ADMIN).get(0);

            assertThat(fixture.value("SELECT author FROM articles WHERE id = ?", key)).isEqualTo(3);
            assertThat(fixture.rows("SELECT id, name FROM authors")).containsExactly(object("id", 3, "name", "Ann Renamed"));
        }

        @Test
        void anObjectWithOnlyAnExistingKeyWritesNothingToIt() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (3, 'Ann')");

            writes.createMany("articles", List.of(object("title", "T", "author", object("id", 3))), ADMIN);

            assertThat(fixture.value("SELECT author FROM articles")).isEqualTo(3);
            assertThat(fixture.rows("SELECT collection, action FROM directus_activity ORDER BY id"))
                .containsExactly(object("collection", "articles", "action", "create"));
        }

        @Test
        void anObjectWithAKeyThatDoesNotExistCreatesItWithThatKey() throws Exception {
            writes.createMany("articles", List.of(object("title", "T", "author", object("id", 40, "name", "Zed"))),
                ADMIN);

            assertThat(fixture.value("SELECT author FROM articles")).isEqualTo(40);
            assertThat(fixture.rows("SELECT id, name FROM authors")).containsExactly(object("id", 40, "name", "Zed"));
        }
    }

    @Nested
    class AnyToOne {

        @Test
        void junctionItemsCreateTheirTargetInTheNamedCollection() throws Exception {
            fixture.execute("INSERT INTO paragraphs (id, body) VALUES (8, 'Existing')");

            Object page = writes.createMany("pages", List.of(object("title", "Home", "sections", List.of(
                object("collection", "headings", "item", object("text", "Welcome")),
                object("collection", "paragraphs", "item", object("body", "Hello")),
                object("collection", "paragraphs", "item", 8)))), ADMIN).get(0);

            assertThat(fixture.rows("SELECT pages_id, item, collection FROM pages_sections ORDER BY id")).containsExactly(
                object("pages_id", 1, "item", "1", "collection", "headings"),
                object("pages_id", 1, "item", "9", "collection", "paragraphs"),
                object("pages_id", 1, "item", "8", "collection", "paragraphs"));
            assertThat(page).isEqualTo(1L);
            assertThat(fixture.value("SELECT text FROM headings WHERE id = 1")).isEqualTo("Welcome");
            assertThat(fixture.value("SELECT body FROM paragraphs WHERE id = 9")).isEqualTo("Hello");
        }

        @Test
        void anObjectNeedsItsCollectionNamedAndAllowed() throws Exception {
            assertThatThrownBy(() -> writes.createMany("pages", List.of(object("title", "Home", "sections",
                List.of(object("item", object("text", "No collection"))))), ADMIN))
                .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason")).isEqualTo(
                    "Can't update nested record \"pages_sections.item\" without field \"pages_sections.collection\" "
                        + "being set"));
            assertThatThrownBy(() -> writes.createMany("pages", List.of(object("title", "Home", "sections",
                List.of(object("collection", "authors", "item", object("name", "Not allowed"))))), ADMIN))
                .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason"))
                    .isEqualTo("\"pages_sections.item\" can't be linked to collection \"authors\""));
            assertThat(fixture.count("pages")).isZero();
            assertThat(fixture.count("authors")).isZero();
        }

        @Test
        void aKeyNeedsAnAllowedCollectionToo() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ada')");

            assertThatThrownBy(() -> writes.createMany("pages", List.of(object("title", "Home", "sections",
                List.of(object("collection", "authors", "item", "1")))), ADMIN))
                .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason"))
                    .isEqualTo("\"pages_sections.item\" can't be linked to collection \"authors\""));
            assertThat(fixture.count("pages")).isZero();
            assertThat(fixture.count("pages_sections")).isZero();
        }
    }

    @Nested
    class OneToManyArrays {

        @Test
        void objectsWithoutKeysAreCreatedAndLinked() throws Exception {
            Object author = writes.createMany("authors", List.of(object("name", "Ann", "articles",
                List.of(object("title", "First"), object("title", "Second")))), ADMIN).get(0);

            assertThat(fixture.rows("SELECT title, author FROM articles ORDER BY id")).containsExactly(
                object("title", "First", "author", 1), object("title", "Second", "author", 1));
            assertThat(author).isEqualTo(1L);
        }

        @Test
        void theArrayIsTheCompleteNewSetAndTheRestIsNullified() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
                "INSERT INTO articles (id, title, author) VALUES (10, 'Kept', 1), (11, 'Dropped', 1), "
                    + "(12, 'Moved over', 2), (13, 'Renamed', 1)");

            writes.updateMany("authors", List.of(1), object("articles",
                List.of(10, 12, object("id", 13, "title", "Renamed!"), object("title", "Brand new"))), ADMIN);

            assertThat(fixture.rows("SELECT id, title, author FROM articles ORDER BY id")).containsExactly(
                object("id", 10, "title", "Kept", "author", 1),
                object("id", 11, "title", "Dropped", "author", null),
                object("id", 12, "title", "Moved over", "author", 1),
                object("id", 13, "title", "Renamed!", "author", 1),
                object("id", 14, "title", "Brand new", "author", 1));
            // Article 10 was listed and already linked: nothing was written to it. The author is logged last.
            assertThat(fixture.rows("SELECT collection, item, action FROM directus_activity ORDER BY id"))
                .containsExactly(object("collection", "articles", "item", "12", "action", "update"),
                    object("collection", "articles", "item", "13", "action", "update"),
                    object("collection", "articles", "item", "14", "action", "create"),
                    object("collection", "articles", "item", "11", "action", "update"),
                    object("collection", "authors", "item", "1", "action", "update"));
        }

        @Test
        void anObjectWithAKeyThatDoesNotExistIsCreatedWithIt() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')");

            writes.updateMany("authors", List.of(1), object("articles", List.of(object("id", 77, "title", "Keyed"))),
                ADMIN);

            assertThat(fixture.rows("SELECT id, author FROM articles")).containsExactly(object("id", 77, "author", 1));
        }

        @Test
        void aKeyOfNoItemIsForbiddenAndNothingIsWritten() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')",
                "INSERT INTO articles (id, title, author) VALUES (10, 'Kept', 1)");
            Map<String, List<Map<String, Object>>> before = fixture.everyRow();

            assertThatThrownBy(() -> writes.updateMany("authors", List.of(1), object("name", "Changed",
                "articles", List.of(object("title", "New"), 99)), ADMIN))
                .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
            assertThat(fixture.everyRow()).isEqualTo(before);
        }

        @Test
        void nullUnlinksEveryChild() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')",
                "INSERT INTO articles (id, title, author) VALUES (10, 'A', 1), (11, 'B', 1)");

            writes.updateMany("authors", List.of(1), object("articles", null), ADMIN);

            assertThat(fixture.rows("SELECT author FROM articles")).containsOnly(object("author", null));
            assertThat(fixture.count("articles")).isEqualTo(2);
        }

        @Test
        void childrenLeftOutAreDeletedWhenTheRelationSaysDelete() throws Exception {
            fixture.execute("INSERT INTO articles (id, title) VALUES (1, 'T')",
                "INSERT INTO comments (id, article, body, sort) VALUES (5, 1, 'keep', 1), (6, 1, 'drop', 2)");

            writes.updateMany("articles", List.of(1), object("comments", List.of(5)), ADMIN);

            assertThat(fixture.rows("SELECT id FROM comments")).containsExactly(object("id", 5));
            assertThat(fixture.rows("SELECT collection, item, action FROM directus_activity WHERE action = 'delete'"))
                .containsExactly(object("collection", "comments", "item", "6", "action", "delete"));
        }
    }

    @Nested
    class OneToManyChangeSets {

        @Test
        void createdChildrenAreNumberedAfterTheHighestSortValue() throws Exception {
            fixture.execute("INSERT INTO articles (id, title) VALUES (1, 'T'), (2, 'Other')",
                "INSERT INTO comments (id, article, body, sort) VALUES (5, 1, 'a', 1), (6, 1, 'b', 4), "
                    + "(7, 2, 'elsewhere', 9)");

            writes.updateMany("articles", List.of(1), object("comments", object("create", List.of(
                object("body", "c"), object("body", "d", "sort", 1), object("body", "e")))), ADMIN);

            assertThat(fixture.rows("SELECT body, sort FROM comments WHERE article = 1 ORDER BY id")).containsExactly(
                object("body", "a", "sort", 1), object("body", "b", "sort", 4), object("body", "c", "sort", 5),
                object("body", "d", "sort", 1), object("body", "e", "sort", 7));
        }

        @Test
        void aParentWithoutChildrenNumbersFromOne() throws Exception {
            Object article = writes.createMany("articles", List.of(object("title", "T", "comments",
                object("create", List.of(object("body", "first"), object("body", "second")))))
                , ADMIN).get(0);

            assertThat(fixture.rows("SELECT body, sort, article FROM comments ORDER BY id")).containsExactly(
                object("body", "first", "sort", 1, "article", 1), object("body", "second", "sort", 2, "article", 1));
            assertThat(article).isEqualTo(1L);
        }

        @Test
        void updatedChildrenAreChangedAndLinkedAndTheRestIsLeftAlone() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
                "INSERT INTO articles (id, title, author) VALUES (10, 'Mine', 1), (11, 'Bobs', 2), (12, 'Other', 1)");

            writes.updateMany("authors", List.of(1), object("articles",
                object("update", List.of(object("id", 11, "title", "Taken over")))), ADMIN);

            assertThat(fixture.rows("SELECT id, title, author FROM articles ORDER BY id")).containsExactly(
                object("id", 10, "title", "Mine", "author", 1), object("id", 11, "title", "Taken over", "author", 1),
                object("id", 12, "title", "Other", "author", 1));
        }

        @Test
        void deletedChildrenOfThisParentAreNullifiedOrDeletedPerRelation() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')",
                "INSERT INTO articles (id, title, author) VALUES (10, 'A', 1), (11, 'B', 2), (12, 'C', 1)",
                "INSERT INTO comments (id, article, body) VALUES (5, 10, 'x'), (6, 12, 'y'), (7, 10, 'z')");

            writes.updateMany("authors", List.of(1), object("articles", object("delete", List.of(10, 11))), ADMIN);
            writes.updateMany("articles", List.of(10), object("comments", object("delete", List.of(5, 6))), ADMIN);

            assertThat(fixture.rows("SELECT id, author FROM articles ORDER BY id")).containsExactly(
                object("id", 10, "author", null), object("id", 11, "author", 2), object("id", 12, "author", 1));
            assertThat(fixture.rows("SELECT id FROM comments ORDER BY id"))
                .containsExactly(object("id", 6), object("id", 7));
        }

        @Test
        void anyOtherShapeIsAnInvalidPayload() throws Exception {
            fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')");

            assertThatThrownBy(() -> writes.updateMany("authors", List.of(1),
                object("articles", object("create", List.of(), "replace", List.of())), ADMIN))
                .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.getMessage())
                    .isEqualTo("Invalid payload. Invalid one-to-many update structure: \"replace\" is not allowed."));
            assertThatThrownBy(() -> writes.updateMany("authors", List.of(1), object("articles", "all"), ADMIN))
                .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD));
        }
    }

    @Nested
    class Junctions {

        @Test
        void manyToManyJunctionRowsLinkExistingAndNewTargets() throws Exception {
            fixture.execute("INSERT INTO tags (id, name) VALUES (4, 'old')");

            writes.createMany("articles", List.of(object("title", "T", "tags",
                List.of(object("tags_id", 4), object("tags_id", object("name", "new"))))), ADMIN);

            assertThat(fixture.rows("SELECT t.name FROM articles_tags j JOIN tags t ON t.id = j.tags_id "
                + "WHERE j.articles_id = 1 ORDER BY j.id")).containsExactly(object("name", "old"), object("name", "new"));
        }

        @Test
        void junctionRowsLeftOutOfTheSetAreUnlinkedAndTheirTargetsKept() throws Exception {
            fixture.execute("INSERT INTO articles (id, title) VALUES (1, 'T')",
                "INSERT INTO tags (id, name) VALUES (4, 'a'), (5, 'b')",
                "INSERT INTO articles_tags (id, articles_id, tags_id) VALUES (20, 1, 4), (21, 1, 5)");

            writes.updateMany("articles", List.of(1), object("tags", List.of(object("id", 21))), ADMIN);

            assertThat(fixture.rows("SELECT id, articles_id FROM articles_tags ORDER BY id"))
                .containsExactly(object("id", 20, "articles_id", null), object("id", 21, "articles_id", 1));
            assertThat(fixture.count("tags")).isEqualTo(2);
        }

        @Test
        void junctionRowsCreatedInTheDetailedFormAreSorted() throws Exception {
            fixture.execute("INSERT INTO articles (id, title) VALUES (1, 'T')",
                "INSERT INTO tags (id, name) VALUES (4, 'a')",
                "INSERT INTO articles_tags (id, articles_id, tags_id, sort) VALUES (20, 1, 4, 3)");

            writes.updateMany("articles", List.of(1), object("tags", object("create",
                List.of(object("tags_id", object("name", "b")), object("tags_id", object("name", "c")))))
                , ADMIN);

            assertThat(fixture.rows("SELECT t.name, j.sort FROM articles_tags j JOIN tags t ON t.id = j.tags_id "
                + "ORDER BY j.sort")).containsExactly(object("name", "a", "sort", 3), object("name", "b", "sort", 4),
                object("name", "c", "sort", 5));
        }
    }

    @Test
    void aFailureFourLevelsDownLeavesTheDatabaseExactlyAsBefore() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'Iceland')",
            "INSERT INTO authors (id, name, country) VALUES (1, 'Ann', 1)",
            "INSERT INTO articles (id, title, author) VALUES (1, 'Old', 1)",
            "INSERT INTO tags (id, name) VALUES (1, 'kept')");
        writes.createMany("countries", List.of(object("name", "Logged")), ADMIN);
        Map<String, List<Map<String, Object>>> before = fixture.everyRow();

        // author -> articles (o2m) -> articles_tags (m2m junction) -> tags (m2o): the new tag has no name.
        assertThatThrownBy(() -> writes.createMany("authors", List.of(object("name", "Bob",
            "country", object("name", "Norway"),
            "articles", List.of(1, object("title", "New", "comments", List.of(object("body", "fine")),
                "tags", List.of(object("tags_id", 1), object("tags_id", object("name", null))))))), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VALIDATION);
                assertThat(e.extensions()).isEqualTo(object("field", "name", "path", List.of(), "type", "nnull"));
            });

        assertThat(fixture.everyRow()).isEqualTo(before);
        assertThat(before).containsKeys("sqlite_sequence", "directus_activity", "directus_revisions");
    }

    @Test
    void theMutationLimitCountsNestedRows() throws Exception {
        fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')",
            "INSERT INTO articles (id, title, author) VALUES (10, 'A', 1), (11, 'B', 1)");
        fixture.limit = MutationLimit.of(3);
        writes = fixture.writes();

        // The author, two created articles: three rows.
        writes.createMany("authors", List.of(object("name", "Bob", "articles",
            List.of(object("title", "C"), object("title", "D")))), ADMIN);
        // The author, one created article, two nullified ones: four rows.
        assertThatThrownBy(() -> writes.updateMany("authors", List.of(1), object("articles",
            List.of(object("title", "E"))), ADMIN))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.getMessage())
                .isEqualTo("Invalid payload. Exceeded max batch mutation limit of 3."));

        assertThat(fixture.rows("SELECT title, author FROM articles ORDER BY id")).containsExactly(
            object("title", "A", "author", 1), object("title", "B", "author", 1), object("title", "C", "author", 2),
            object("title", "D", "author", 2));
    }

    @Test
    void nestedWritesAreCheckedAgainstTheRelatedCollectionsRules() throws Exception {
        fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')",
            "INSERT INTO comments (id, body) VALUES (5, 'orphan')");
        fixture.access = (caller, collection, action) -> collection.equals("articles")
            ? Optional.of(CollectionRules.EVERYTHING) : Optional.empty();
        Map<String, List<Map<String, Object>>> before = fixture.everyRow();

        assertThatThrownBy(() -> writes.createMany("articles", List.of(object("title", "T",
            "author", object("name", "New"))), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason")).isEqualTo(
                "You don't have permission to \"create\" from collection \"authors\" or it does not exist."));
        assertThatThrownBy(() -> writes.createMany("articles", List.of(object("title", "T",
            "author", object("id", 1, "name", "Renamed"))), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason")).isEqualTo(
                "You don't have permission to access collection \"authors\" or it does not exist. Queried in root."));
        assertThatThrownBy(() -> writes.createMany("articles", List.of(object("title", "T", "comments", List.of(5))),
            EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));

        assertThat(fixture.everyRow()).isEqualTo(before);
        writes.createMany("articles", List.of(object("title", "T", "author", 1)), EDITOR);
        assertThat(fixture.count("articles")).isEqualTo(1);
    }

    @Test
    void nestedFieldsAreCheckedAgainstTheRelatedCollectionsFields() throws Exception {
        CollectionRules onlyTitles = new CollectionRules(Set.of("title"), Optional.empty(), Optional.empty(), Map.of());
        fixture.access = (caller, collection, action) -> Optional.of(collection.equals("authors")
            ? new CollectionRules(Set.of("name", "articles"), Optional.empty(), Optional.empty(), Map.of())
            : onlyTitles);

        // Linking a child writes its foreign key, which the caller may not write.
        assertThatThrownBy(() -> writes.createMany("authors", List.of(object("name", "Ann",
            "articles", List.of(object("title", "T")))), EDITOR))
            .isInstanceOfSatisfying(OrdoException.class, e -> assertThat(e.extensions().get("reason")).isEqualTo(
                "You don't have permission to access field \"author\" in collection \"articles\" or it does not exist."));
        assertThat(fixture.count("authors")).isZero();
    }
}

package dev.ordo.plugins.data.write;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.write.WriteFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.OrdoException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directus_activity and directus_revisions rows writes leave (PLATFORM.md §3). */
class ActivityAndRevisionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private WriteFixture fixture;
    private TransactionalItemWrites writes;

    @BeforeEach
    void createDatabase() throws Exception {
        fixture = new WriteFixture(folder);
        writes = fixture.writes();
    }

    /** A create's revision holds what was inserted as both data and delta (PLATFORM.md §3), sensitive values masked. */
    @Test
    void aCreateLeavesAnActivityRowAndARevisionOfWhatWasInserted() throws Exception {
        writes.createMany("everything", List.of(object("title", "T", "amount", "5", "pin", "1234")), ADMIN);

        assertThat(fixture.rows("SELECT * FROM directus_activity")).containsExactly(object("id", 1,
            "action", "create", "user", ADMIN.user().orElseThrow(), "timestamp", "2026-03-04 05:06:07.089",
            "ip", "10.0.0.7", "user_agent", "JUnit/5", "collection", "everything", "item", "1",
            "origin", "https://studio.example"));
        Map<String, Object> revision = revisions().get(0);
        assertThat(revision).containsEntry("activity", 1).containsEntry("collection", "everything")
            .containsEntry("item", "1").containsEntry("parent", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> delta = (Map<String, Object>) revision.get("delta");
        assertThat(delta).isEqualTo(object("title", "T", "amount", "5", "pin", "**********",
            "uid", delta.get("uid"), "date_created", "2026-03-04T05:06:07.089Z",
            "user_created", ADMIN.user().orElseThrow(), "role_created", ADMIN.role().orElseThrow()));
        assertThat(delta.get("uid")).asString().hasSize(36);
        assertThat(revision.get("data")).isEqualTo(delta);
    }

    @Test
    void anUpdateRevisionHoldsTheWholeItemAfterwardsWithItsRelatedKeysAndOnlyTheChanges() throws Exception {
        fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')",
            "INSERT INTO articles (id, title, author, owner) VALUES (4, 'Old', 1, 'x')");

        writes.updateMany("articles", List.of(4), object("title", "New"), ADMIN);

        assertThat(fixture.rows("SELECT action, collection, item FROM directus_activity"))
            .containsExactly(object("action", "update", "collection", "articles", "item", "4"));
        assertThat(revisions()).containsExactly(object("id", 1, "activity", 1, "collection", "articles",
            "item", "4", "data", object("id", 4, "title", "New", "author", 1, "owner", "x", "comments", List.of(),
                "tags", List.of()),
            "delta", object("title", "New"), "parent", null));
    }

    @Test
    void anUpdateThatWritesNoColumnHasActivityButNoRevision() throws Exception {
        fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann')");

        writes.updateMany("authors", List.of(1), object("articles", List.of(object("title", "A"))), ADMIN);

        assertThat(fixture.rows("SELECT action, collection, item FROM directus_activity ORDER BY id")).containsExactly(
            object("action", "create", "collection", "articles", "item", "1"),
            object("action", "update", "collection", "authors", "item", "1"));
        assertThat(revisions()).extracting(r -> r.get("collection"), r -> r.get("parent"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("articles", null));
    }

    @Test
    void aDeleteHasActivityOnly() throws Exception {
        fixture.execute("INSERT INTO authors (id, name) VALUES (1, 'Ann'), (2, 'Bob')");

        writes.deleteMany("authors", List.of(2, 1), ADMIN);

        assertThat(fixture.rows("SELECT action, collection, item FROM directus_activity ORDER BY id")).containsExactly(
            object("action", "delete", "collection", "authors", "item", "2"),
            object("action", "delete", "collection", "authors", "item", "1"));
        assertThat(fixture.count("directus_revisions")).isZero();
    }

    @Test
    void nestedItemsAreLoggedBeforeTheirParentAndTheirRevisionsPointAtItsRevision() throws Exception {
        writes.createMany("authors", List.of(object("name", "Ann", "country", object("name", "Iceland"),
            "articles", List.of(object("title", "A", "comments", List.of(object("body", "c1"), object("body", "c2"))),
                object("title", "B")))), ADMIN);

        assertThat(fixture.rows("SELECT id, collection, item FROM directus_activity ORDER BY id")).containsExactly(
            object("id", 1, "collection", "countries", "item", "1"),
            object("id", 2, "collection", "comments", "item", "1"),
            object("id", 3, "collection", "comments", "item", "2"),
            object("id", 4, "collection", "articles", "item", "1"),
            object("id", 5, "collection", "articles", "item", "2"),
            object("id", 6, "collection", "authors", "item", "1"));
        // Countries track activity only; every other item has a revision, linked to its parent's.
        assertThat(fixture.rows("SELECT id, activity, collection, item, parent FROM directus_revisions ORDER BY id"))
            .containsExactly(object("id", 1, "activity", 2, "collection", "comments", "item", "1", "parent", 3),
                object("id", 2, "activity", 3, "collection", "comments", "item", "2", "parent", 3),
                object("id", 3, "activity", 4, "collection", "articles", "item", "1", "parent", 5),
                object("id", 4, "activity", 5, "collection", "articles", "item", "2", "parent", 5),
                object("id", 5, "activity", 6, "collection", "authors", "item", "1", "parent", null));
        assertThat(revisions().get(4).get("data")).isEqualTo(object("name", "Ann", "country", 1));
        assertThat(revisions().get(4).get("delta")).isEqualTo(object("name", "Ann", "country", 1));
        assertThat(revisions().get(0).get("data")).isEqualTo(object("body", "c1", "article", 1));
    }

    @Test
    void nestedRevisionsOfAnUpdateOfSeveralItemsPointAtTheFirstItemsRevision() throws Exception {
        fixture.execute("INSERT INTO articles (id, title) VALUES (1, 'A'), (2, 'B')");

        writes.updateMany("articles", List.of(2, 1), object("title", "Same",
            "comments", object("create", List.of(object("body", "c")))), ADMIN);

        assertThat(fixture.rows("SELECT collection, item, parent FROM directus_revisions ORDER BY id")).containsExactly(
            object("collection", "comments", "item", "1", "parent", 3),
            object("collection", "comments", "item", "2", "parent", 3),
            object("collection", "articles", "item", "2", "parent", null),
            object("collection", "articles", "item", "1", "parent", null));
    }

    @Test
    void collectionsWithoutAccountabilityAndOrdosOwnWorkAreNotTracked() throws Exception {
        writes.createMany("codes", List.of(object("code", "EUR")), ADMIN);
        writes.createMany("authors", List.of(object("name", "Internal")), Accountability.system());

        assertThat(fixture.count("codes")).isEqualTo(1);
        assertThat(fixture.count("authors")).isEqualTo(1);
        assertThat(fixture.count("directus_activity")).isZero();
        assertThat(fixture.count("directus_revisions")).isZero();
    }

    @Test
    void anAnonymousCallerIsTrackedWithoutUser() throws Exception {
        fixture.access = (caller, collection, action) ->
            java.util.Optional.of(dev.ordo.plugins.data.access.CollectionRules.EVERYTHING);

        writes.createMany("countries", List.of(object("name", "A")), Accountability.anonymous(WriteFixture.CLIENT));

        assertThat(fixture.row("SELECT user, ip, action FROM directus_activity"))
            .isEqualTo(object("user", null, "ip", "10.0.0.7", "action", "create"));
    }

    @Test
    void aFailedWriteLeavesNoActivity() throws Exception {
        assertThatThrownBy(() -> writes.createMany("authors", List.of(object("name", "A"), object("name", null)), ADMIN))
            .isInstanceOf(OrdoException.class);

        assertThat(fixture.count("directus_activity")).isZero();
        assertThat(fixture.count("directus_revisions")).isZero();
    }

    /** Revision rows with their JSON parsed. */
    private List<Map<String, Object>> revisions() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : fixture.rows("SELECT * FROM directus_revisions ORDER BY id")) {
            Map<String, Object> parsed = new LinkedHashMap<>(row);
            for (String json : List.of("data", "delta")) {
                parsed.put(json, row.get(json) == null ? null : JSON.readValue((String) row.get(json), Object.class));
            }
            rows.add(parsed);
        }
        return rows;
    }
}

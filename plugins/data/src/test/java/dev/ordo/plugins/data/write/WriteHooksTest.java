package dev.ordo.plugins.data.write;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static dev.ordo.plugins.data.write.WriteFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.plugins.data.activity.ActivityAction;
import dev.ordo.plugins.data.testing.RecordingEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filter hooks before the write, inside its transaction; action hooks after the commit (PLATFORM.md §6). */
class WriteHooksTest {

    @TempDir
    Path folder;

    private WriteFixture fixture;
    private TransactionalItemWrites writes;

    @BeforeEach
    void createDatabase() throws Exception {
        fixture = new WriteFixture(folder);
        writes = fixture.writes();
    }

    @Test
    void filtersChangeThePayloadInOrder() throws Exception {
        fixture.events.onFilter("items.create", (payload, meta, context) -> {
            Map<String, Object> changed = new LinkedHashMap<>(castMap(payload));
            changed.put("title", "filtered " + changed.get("title"));
            return changed;
        });
        fixture.events.onFilter("articles.items.create", (payload, meta, context) -> {
            castMap(payload).put("title", castMap(payload).get("title").toString().toUpperCase());
            return null;
        });

        writes.createMany("articles", List.of(object("title", "news")), ADMIN);

        assertThat(fixture.value("SELECT title FROM articles")).isEqualTo("FILTERED NEWS");
    }

    @Test
    void filtersHearTheEventCollectionAndKeys() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A')");
        List<Map<String, ?>> metas = new ArrayList<>();
        fixture.events.onFilter("items.update", (payload, meta, context) -> {
            metas.add(meta);
            assertThat(context.accountability()).isEqualTo(ADMIN);
            return payload;
        });

        writes.updateMany("countries", List.of("1"), object("name", "B"), ADMIN);

        assertThat(metas).containsExactly(object("event", "items.update", "keys", List.of(1L), "collection", "countries"));
    }

    @Test
    void aThrowingFilterAbortsTheWholeWrite() throws Exception {
        fixture.events.onFilter("comments.items.create", (payload, meta, context) -> {
            throw new ForbiddenException("No comments today");
        });
        Map<String, List<Map<String, Object>>> before = fixture.everyRow();

        assertThatThrownBy(() -> writes.createMany("articles", List.of(object("title", "T",
            "comments", List.of(object("body", "c")))), ADMIN))
            .isInstanceOf(ForbiddenException.class).hasFieldOrPropertyWithValue("extensions",
                Map.of("reason", "No comments today"));

        assertThat(fixture.everyRow()).isEqualTo(before);
        assertThat(fixture.events.raisedActions).isEmpty();
    }

    @Test
    void actionsRunAfterTheCommitParentFirst() throws Exception {
        List<Long> visibleToOthers = new ArrayList<>();
        fixture.events.onAction("articles.items.create",
            (meta, context) -> visibleToOthers.add(fixture.count("articles")));

        writes.createMany("authors", List.of(object("name", "Ann",
            "articles", List.of(object("title", "A"), object("title", "B"))), object("name", "Bob")), ADMIN);

        assertThat(visibleToOthers).containsExactly(2L, 2L);
        assertThat(fixture.events.raisedActions).extracting(raised -> raised.event() + " " + raised.meta().get("key"))
            .containsExactly("items.create 1", "authors.items.create 1", "items.create 1", "articles.items.create 1",
                "items.create 2", "articles.items.create 2", "items.create 2", "authors.items.create 2");
        assertThat(fixture.events.raisedActions.get(1).meta()).isEqualTo(object("event", "authors.items.create",
            "payload", object("name", "Ann", "articles", List.of(object("title", "A"), object("title", "B"))),
            "key", 1L, "collection", "authors"));
    }

    @Test
    void noActionRunsWhenTheTransactionFails() {
        assertThatThrownBy(() -> writes.createMany("countries", List.of(object("name", "A"), object("name", null)),
            ADMIN)).isNotNull();

        assertThat(fixture.events.raisedActions).isEmpty();
        assertThat(fixture.events.raisedFilters).containsExactly("items.create", "countries.items.create",
            "items.create", "countries.items.create");
    }

    @Test
    void updateAndDeleteActionsCarryTheirKeys() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A'), (2, 'B')");

        writes.updateMany("countries", List.of(1, 2), object("name", "Z"), ADMIN);
        writes.deleteMany("countries", List.of(2), ADMIN);

        assertThat(fixture.events.raisedActions).extracting(RecordingEvents.Raised::meta).containsExactly(
            object("event", "items.update", "payload", object("name", "Z"), "keys", List.of(1L, 2L),
                "collection", "countries"),
            object("event", "countries.items.update", "payload", object("name", "Z"), "keys", List.of(1L, 2L),
                "collection", "countries"),
            object("event", "items.delete", "payload", List.of(2L), "keys", List.of(2L), "collection", "countries"),
            object("event", "countries.items.delete", "payload", List.of(2L), "keys", List.of(2L),
                "collection", "countries"));
    }

    @Test
    void aDeleteFilterMayReplaceTheKeys() throws Exception {
        fixture.execute("INSERT INTO countries (id, name) VALUES (1, 'A'), (2, 'B')");
        fixture.events.onFilter("countries.items.delete", (keys, meta, context) -> List.of(2));

        writes.deleteMany("countries", List.of(1), ADMIN);

        assertThat(fixture.rows("SELECT id FROM countries")).containsExactly(object("id", 1));
    }

    @Test
    void systemCollectionsRaiseTheirOwnEventNames() {
        assertThat(WriteHooks.names("directus_users", ActivityAction.CREATE)).containsExactly("users.create");
        assertThat(WriteHooks.names("articles", ActivityAction.DELETE))
            .containsExactly("items.delete", "articles.items.delete");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object payload) {
        return (Map<String, Object>) payload;
    }
}

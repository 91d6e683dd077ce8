package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Clients write at the same time: every write must land, none may fail because another one holds the database.
 * SQLite allows one writer at a time; a write transaction that started as a reader could not become a writer while
 * another wrote, and failed at once with "database is locked" (a 500) instead of waiting its turn.
 */
class ConcurrentWritesTest extends IntegrationTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 15;

    private String admin;

    @Override
    protected void started() {
        AccessFixtures fixtures = new AccessFixtures(ordo, database);
        admin = fixtures.adminToken();
        fixtures.collection("cw_counters", field("label", "string"), field("value", "integer"));
        for (int writer = 1; writer <= WRITERS; writer++) {
            HttpResult created = ordo.post("/items/cw_counters", Map.of("label", "writer " + writer, "value", 0), admin);
            assertThat(created.status()).as(created.body()).isEqualTo(200);
        }
    }

    @Test
    void everyConcurrentWriteLands() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<HttpResult>>> writers = new ArrayList<>();
            for (int writer = 1; writer <= WRITERS; writer++) {
                writers.add(pool.submit(writesOf(writer)));
            }
            for (Future<List<HttpResult>> writer : writers) {
                for (HttpResult answer : writer.get()) {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        HttpResult counters = ordo.get("/items/cw_counters?fields=value&filter[label][_starts_with]=writer&limit=-1", admin);
        assertThat(counters.data().findValuesAsText("value")).hasSize(WRITERS)
            .allMatch(value -> value.equals(String.valueOf(WRITES_EACH)));
        HttpResult notes = ordo.get("/items/cw_counters?aggregate[count]=*&filter[label][_starts_with]=note", admin);
        assertThat(notes.data().path(0).path("count").asInt()).isEqualTo(WRITERS * WRITES_EACH);
    }

    /** Each writer counts its own item up, one PATCH at a time, and adds a row per step. */
    private Callable<List<HttpResult>> writesOf(int writer) {
        return () -> {
            List<HttpResult> answers = new ArrayList<>();
            for (int step = 1; step <= WRITES_EACH; step++) {
                answers.add(ordo.send("PATCH", "/items/cw_counters/" + writer, Map.of("value", step), admin));
                answers.add(ordo.post("/items/cw_counters", Map.of("label", "note " + writer + "." + step), admin));
            }
            return answers;
        };
    }
}

package dev.ordo.platform;

import static dev.ordo.platform.AccessFixtures.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
        fixtures.collection("cw_counters", field("label", "string"), field("value", "integer"),
            field("partner", "integer"));
        fixtures.relation("cw_counters", "partner", "cw_counters", null);
        for (int writer = 1; writer <= WRITERS; writer++) {
            HttpResult created = ordo.post("/items/cw_counters", Map.of("label", "writer " + writer, "value", 0), admin);
            assertThat(created.status()).as(created.body()).isEqualTo(200);
        }
        // Items WRITERS + 1 .. 2 * WRITERS, which the batch updates share.
        for (int shared = 1; shared <= WRITERS; shared++) {
            HttpResult created = ordo.post("/items/cw_counters", Map.of("label", "shared " + shared, "value", 0), admin);
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

    /**
     * Batch updates of the same items in opposite key orders, both body forms: locking rows in the order given, two of
     * them would wait for each other (a deadlock the database breaks by failing one) — every update must land.
     */
    @Test
    void batchUpdatesOfTheSameItemsInOppositeOrdersAllLand() throws Exception {
        List<Integer> keys = IntStream.rangeClosed(WRITERS + 1, 2 * WRITERS).boxed().toList();
        List<Integer> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResult>> answers = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                List<Integer> order = round % 2 == 0 ? keys : reversed;
                String label = "shared, round " + round;
                // Even rounds send one change for every key, odd rounds a change per item (the batch form).
                Object body = round % 4 < 2 ? Map.of("keys", order, "data", Map.of("label", label))
                    : order.stream().map(key -> Map.of("id", key, "label", label + "." + key)).toList();
                answers.add(pool.submit(() -> ordo.send("PATCH", "/items/cw_counters", body, admin)));
            }
            for (Future<HttpResult> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // Whichever round came last, no item carries another item's change.
        HttpResult shared = ordo.get("/items/cw_counters?fields=id,label&filter[id][_gt]=" + WRITERS + "&limit=-1", admin);
        assertThat(shared.data()).hasSize(WRITERS).allSatisfy(item -> assertThat(item.path("label").asText())
            .matches("shared, round \\d+(\\." + item.path("id").asText() + ")?"));
    }

    /**
     * Two items each updated with the other nested (a many-to-one written first): one request locks A then B, the
     * other B then A. Ordering cannot prevent that deadlock; the database fails one of them, which runs again.
     */
    @Test
    void nestedWritesThatLockTheSameItemsInOppositeOrdersAllLand() throws Exception {
        int first = WRITERS + 1;
        int second = WRITERS + 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResult>> answers = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                int item = round % 2 == 0 ? first : second;
                int partner = round % 2 == 0 ? second : first;
                Map<String, Object> body = Map.of("value", round, "partner", Map.of("id", partner, "value", round));
                answers.add(pool.submit(() -> ordo.send("PATCH", "/items/cw_counters/" + item, body, admin)));
            }
            for (Future<HttpResult> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
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

package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.fuzz.AnswerShape;
import dev.ordo.platform.fuzz.DatabaseState;
import dev.ordo.platform.fuzz.FuzzProblems;
import dev.ordo.platform.fuzz.FuzzRequest;
import dev.ordo.platform.fuzz.FuzzSchema;
import dev.ordo.platform.fuzz.RequestGenerator;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.RowLines;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random requests, valid and invalid mixed, against the items API of a schema with every field type and every kind
 * of relation ({@link FuzzSchema}): no answer is a 5xx, every refusal has the Directus error shape, every success
 * carries data, and a refused write leaves the database exactly as it was (rows of every table, activity and
 * revisions, read straight through JDBC).
 *
 * <p>The seed is fixed so every run sends the same requests; {@code -Dordo.fuzz.seed=<seed>} tries another one and
 * {@code -Dordo.fuzz.requests=<n>} changes how many requests each database gets. A failure names the seed and each
 * failing request with its answer. Each bug found this way also has a focused test that does not depend on the
 * generator: the conformance scenarios of {@code 091-refused-input.yaml}.
 */
class MalformedRequestFuzzTest extends IntegrationTest {

    private static final long SEED = Long.getLong("ordo.fuzz.seed", 20_240_611L);
    private static final int REQUESTS = Integer.getInteger("ordo.fuzz.requests", 400);
    /** Problems shown in full in a failure; the rest are listed by request. */
    private static final int SHOWN_PROBLEMS = 8;

    private String admin;

    @Override
    protected void started() {
        admin = ordo.adminToken();
        FuzzSchema.apply(ordo, admin, FuzzSchema.steps());
    }

    @Test
    void noRequestBreaksTheServerOrHalfWritesTheDatabase() throws Exception {
        RequestGenerator generator = new RequestGenerator(SEED);
        FuzzProblems problems = new FuzzProblems(SEED, vendor.name(), REQUESTS, SHOWN_PROBLEMS);
        Map<String, Integer> outcomes = new TreeMap<>();
        // SQLite's direct connections come from the host's own pool, which must not lose one for the whole run.
        try (Connection held = vendor == TestVendor.SQLITE ? null : database.connect()) {
            for (int i = 0; i < REQUESTS; i++) {
                FuzzRequest request = generator.next();
                DatabaseState before = request.write() ? state(held) : null;
                HttpResult answer = ordo.send(request.method(), request.url(), request.body(), admin);
                Optional<String> problem = AnswerShape.problem(request, answer);
                if (problem.isEmpty() && request.write() && answer.status() >= 400) {
                    DatabaseState after = state(held);
                    if (!after.equals(before)) {
                        problem = Optional.of("a refused write that changed the database: " + RowLines.difference(before.lines(), after.lines()));
                    }
                }
                problem.ifPresent(what -> problems.add(what, request, answer));
                outcomes.merge(outcome(request, answer), 1, Integer::sum);
            }
        }

        System.out.println("MalformedRequestFuzzTest on " + vendor + ", seed " + SEED + ": " + outcomes);
        assertThat(problems.found()).as(problems::report).isEmpty();
        // The generator must keep reaching both sides of the API, or the property proves little.
        assertThat(outcomes).as("seed " + SEED + ": " + outcomes)
            .containsKeys("read 200", "read 400 INVALID_QUERY", "read 403 FORBIDDEN", "write 200",
                "write 400 INVALID_PAYLOAD");
    }

    private DatabaseState state(Connection held) throws SQLException {
        return held == null ? DatabaseState.of(database) : DatabaseState.of(held);
    }


    private static String outcome(FuzzRequest request, HttpResult answer) {
        String kind = request.write() ? "write " : "read ";
        return answer.status() >= 400 ? kind + answer.status() + " " + answer.errorCode()
            : kind + (answer.status() == 204 ? 200 : answer.status());
    }

}

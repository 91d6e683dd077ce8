package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.fuzz.AnswerShape;
import dev.ordo.platform.fuzz.FuzzProblems;
import dev.ordo.platform.fuzz.FuzzRequest;
import dev.ordo.platform.fuzz.FuzzSchema;
import dev.ordo.platform.fuzz.SchemaChangeGenerator;
import dev.ordo.platform.fuzz.SchemaState;
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
 * Random schema changes, valid and broken mixed, against /collections, /fields and /relations
 * ({@link SchemaChangeGenerator}): no answer is a 5xx, every refusal has the Directus error shape, and a refused
 * change leaves the schema exactly as it was: the database's catalog of the {@code sf_} tables, their rows, and
 * Ordo's metadata rows about them ({@link SchemaState}). MariaDB commits DDL implicitly, so there a refused change
 * must have been refused before its first DDL statement, or undone by Ordo.
 *
 * <p>The seed is fixed so every run sends the same requests; {@code -Dordo.fuzz.seed=<seed>} tries another one and
 * {@code -Dordo.fuzz.schema.requests=<n>} changes how many requests each database gets. A failure names the seed
 * and each failing request with its answer.
 */
class SchemaChangeFuzzTest extends IntegrationTest {

    private static final long SEED = Long.getLong("ordo.fuzz.seed", 20_261_127L);
    private static final int REQUESTS = Integer.getInteger("ordo.fuzz.schema.requests", 150);
    /** Problems shown in full in a failure; the rest are listed by request. */
    private static final int SHOWN_PROBLEMS = 6;

    private String admin;

    @Override
    protected void started() {
        admin = ordo.adminToken();
        FuzzSchema.apply(ordo, admin, SchemaChangeGenerator.steps());
    }

    @Test
    void noSchemaChangeBreaksTheServerOrHalfChangesTheSchema() throws Exception {
        SchemaChangeGenerator generator = new SchemaChangeGenerator(SEED);
        FuzzProblems problems = new FuzzProblems(SEED, vendor.name(), REQUESTS, SHOWN_PROBLEMS);
        Map<String, Integer> outcomes = new TreeMap<>();
        // SQLite's direct connections come from the host's own pool, which must not lose one for the whole run.
        try (Connection held = vendor == TestVendor.SQLITE ? null : database.connect()) {
            for (int i = 0; i < REQUESTS; i++) {
                FuzzRequest request = generator.next();
                SchemaState before = state(held);
                HttpResult answer = ordo.send(request.method(), request.url(), request.body(), admin);
                Optional<String> problem = AnswerShape.problem(request, answer);
                if (problem.isEmpty() && answer.status() >= 400) {
                    SchemaState after = state(held);
                    if (!after.equals(before)) {
                        problem = Optional.of("a refused change that changed the schema: " + RowLines.difference(before.lines(), after.lines()));
                    }
                }
                problem.ifPresent(what -> problems.add(what, request, answer));
                outcomes.merge(outcome(request, answer), 1, Integer::sum);
            }
        }

        System.out.println("SchemaChangeFuzzTest on " + vendor + ", seed " + SEED + ": " + outcomes);
        assertThat(problems.found()).as(problems::report).isEmpty();
        // The generator must keep reaching both successes and refusals, or the property proves little.
        assertThat(outcomes.keySet()).as("seed " + SEED + ": " + outcomes)
            .anyMatch(key -> key.endsWith(" 200")).anyMatch(key -> key.contains(" 400 INVALID_PAYLOAD"));
    }

    private SchemaState state(Connection held) throws SQLException {
        if (held != null) {
            return SchemaState.of(held, SchemaChangeGenerator.PREFIX);
        }
        try (Connection connection = database.connect()) {
            return SchemaState.of(connection, SchemaChangeGenerator.PREFIX);
        }
    }


    private static String outcome(FuzzRequest request, HttpResult answer) {
        String status = answer.status() >= 400 ? answer.status() + " " + answer.errorCode()
            : String.valueOf(answer.status() == 204 ? 200 : answer.status());
        return request.method() + " " + status;
    }

}

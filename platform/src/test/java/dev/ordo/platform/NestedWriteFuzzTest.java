package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.fuzz.AnswerShape;
import dev.ordo.platform.fuzz.FuzzProblems;
import dev.ordo.platform.fuzz.FuzzRequest;
import dev.ordo.platform.fuzz.FuzzSchema;
import dev.ordo.platform.fuzz.NestedModel;
import dev.ordo.platform.fuzz.NestedSchema;
import dev.ordo.platform.fuzz.NestedWriteGenerator;
import dev.ordo.platform.fuzz.NestedWriteGenerator.NestedWrite;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.RowLines;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Random nested writes (DATA-API.md §6.4) through the items API of {@link NestedSchema}, checked against a model of
 * what the spec says they do ({@link NestedModel}), with the rows read straight through JDBC before and after each
 * request: no answer is a 5xx and every refusal has the Directus error shape; a write the spec refuses is refused and
 * leaves every table, the activity and the revisions as they were; a write the spec accepts is accepted and leaves
 * exactly the rows the model expects (created rows with their values, foreign keys pointing at what was created or
 * linked, deselected children nullified or deleted, junction rows exactly the listed set, m2a rows naming their
 * collection), one activity row per created, updated or deleted item, and one revision per created or changed item
 * whose {@code parent} is the revision of the write that contained it (PLATFORM.md §3). A third of the writes are
 * sent by a user who may not do some things to some tables ({@link NestedSchema#FORBIDDEN}): nested or not, any of
 * them refuses the whole write with 403.
 *
 * <p>The seed is fixed so every run sends the same requests; {@code -Dordo.fuzz.seed=<seed>} tries another one and
 * {@code -Dordo.fuzz.nested.requests=<n>} changes how many requests each database gets. A failure names the seed and
 * each failing request with its answer.
 */
class NestedWriteFuzzTest extends IntegrationTest {

    private static final long SEED = Long.getLong("ordo.fuzz.seed", 20_261_128L);
    private static final int REQUESTS = Integer.getInteger("ordo.fuzz.nested.requests", 200);
    /** Problems shown in full in a failure; the rest are listed by request. */
    private static final int SHOWN_PROBLEMS = 6;

    /** Low enough that the bigger nested writes go over it. */
    private static final int MUTATION_LIMIT = 8;

    private String admin;

    @Override
    protected Map<String, String> settings() {
        return Map.of("MAX_BATCH_MUTATION", String.valueOf(MUTATION_LIMIT));
    }

    @Override
    protected void started() {
        admin = ordo.adminToken();
        FuzzSchema.apply(ordo, admin, NestedSchema.steps());
    }

    @Test
    void everyNestedWriteDoesWhatTheSpecSaysOrNothing() throws Exception {
        NestedWriteGenerator generator = new NestedWriteGenerator(SEED);
        FuzzProblems problems = new FuzzProblems(SEED, vendor.name(), REQUESTS, SHOWN_PROBLEMS);
        Map<String, Integer> outcomes = new TreeMap<>();
        // SQLite's direct connections come from the host's own pool, which must not lose one for the whole run.
        try (Connection held = vendor == TestVendor.SQLITE ? null : database.connect()) {
            for (int i = 0; i < REQUESTS; i++) {
                Snapshot before = snapshot(held);
                NestedWrite write = generator.next(before.rows());
                NestedModel.Outcome expected = before.rows().apply(write.method(), write.path(), write.body(),
                    MUTATION_LIMIT, write.byWriter() ? NestedSchema.FORBIDDEN : Set.of());
                FuzzRequest request = new FuzzRequest(write.method(), write.path(), List.of(), write.json(), true);
                HttpResult answer = ordo.send(write.method(), write.path(), write.json(),
                    write.byWriter() ? NestedSchema.WRITER_TOKEN : admin);
                Snapshot after = snapshot(held);
                Optional<String> problem = AnswerShape.problem(request, answer)
                    .or(() -> answer.status() >= 400 ? refusalProblem(expected, before, after)
                        : acceptanceProblem(expected, before, after));
                String caller = write.byWriter() ? " (sent by the writer)" : "";
                problem.ifPresent(what -> problems.add(what + caller, request, answer));
                outcomes.merge(outcome(expected, answer), 1, Integer::sum);
                // Not a failure: a write with several faults may be refused for any of them (the spec does not
                // order them), but the list shows which statuses differed and why.
                if (outcome(expected, answer).contains("spec")) {
                    System.out.println("other status: " + request + " -> " + answer + ", spec: " + expected.refusal());
                }
            }
        }

        System.out.println("NestedWriteFuzzTest on " + vendor + ", seed " + SEED + ": " + outcomes);
        assertThat(problems.found()).as(problems::report).isEmpty();
        // The generator must keep reaching both accepted and refused writes, or the property proves little.
        assertThat(outcomes).as("seed " + SEED + ": " + outcomes)
            .containsKeys("accepted 200", "refused 400", "refused 403", "refused 400 over the mutation limit",
                "refused 403 without permission");
    }

    private static Optional<String> refusalProblem(NestedModel.Outcome expected, Snapshot before, Snapshot after) {
        if (!after.rows().lines().equals(before.rows().lines()) || after.activity() != before.activity()
            || after.revision() != before.revision()) {
            return Optional.of("a refused write that changed the database: "
                + RowLines.difference(before.lines(), after.lines()));
        }
        return expected.refusal().isPresent() ? Optional.empty()
            : Optional.of("a refusal of a write the spec accepts");
    }

    private Optional<String> acceptanceProblem(NestedModel.Outcome expected, Snapshot before, Snapshot after) {
        if (expected.refusal().isPresent()) {
            return Optional.of("an accepted write the spec refuses (" + expected.refusal().get() + ")");
        }
        Map<NestedModel.Ref, Object> keys = expected.rows().keysOfNewRows(after.rows(), before.rows());
        List<String> rows = expected.rows().withKeys(keys).lines();
        if (!rows.equals(after.rows().lines())) {
            return Optional.of("rows other than the spec's: " + RowLines.difference(rows, after.rows().lines()));
        }
        try {
            List<String> activity = sorted(expected.activity().stream()
                .map(a -> a.action() + " " + a.collection() + " " + keys.getOrDefault(a.item(), a.item())).toList());
            List<String> revisions = sorted(expected.revisions().stream()
                .map(r -> r.collection() + " " + keys.getOrDefault(r.item(), r.item()) + " parent " + r.parentCollection()
                    + " " + keys.getOrDefault(r.parentItem(), r.parentItem())).toList());
            List<String> actualActivity = sorted(query("SELECT action, collection, item FROM directus_activity WHERE id > "
                + before.activity()));
            List<String> actualRevisions = sorted(query("SELECT r.collection, r.item, p.collection, p.item"
                + " FROM directus_revisions r LEFT JOIN directus_revisions p ON p.id = r.parent WHERE r.id > "
                + before.revision()).stream().map(line -> line.replaceFirst("^(\\S+ \\S+) ", "$1 parent ")).toList());
            if (!activity.equals(actualActivity)) {
                return Optional.of("activity other than the spec's: " + RowLines.difference(activity, actualActivity));
            }
            if (!revisions.equals(actualRevisions)) {
                return Optional.of("revisions other than the spec's: " + RowLines.difference(revisions, actualRevisions));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    /** The rows of a query, each as its values joined by spaces. */
    private List<String> query(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> lines = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                lines.add(String.join(" ", values));
            }
            return lines;
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** The rows of the fuzzed tables and the highest activity and revision ids. */
    private record Snapshot(NestedModel rows, long activity, long revision) {
        List<String> lines() {
            List<String> lines = new ArrayList<>(rows.lines());
            lines.add("last activity " + activity);
            lines.add("last revision " + revision);
            return lines;
        }
    }

    private Snapshot snapshot(Connection held) throws SQLException {
        if (held != null) {
            return snapshotOn(held);
        }
        try (Connection connection = database.connect()) {
            return snapshotOn(connection);
        }
    }

    private static Snapshot snapshotOn(Connection connection) throws SQLException {
        return new Snapshot(NestedModel.read(connection), highest(connection, "directus_activity"),
            highest(connection, "directus_revisions"));
    }

    private static long highest(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String outcome(NestedModel.Outcome expected, HttpResult answer) {
        if (answer.status() < 400) {
            return "accepted " + answer.status();
        }
        int status = expected.refusal().map(NestedModel::status).orElse(-1);
        String reason = expected.refusal().orElse("");
        return "refused " + answer.status() + (status > 0 && status != answer.status() ? " (spec " + status + ")" : "")
            + (reason.contains("MAX_BATCH_MUTATION") ? " over the mutation limit" : "")
            + (reason.contains("the caller may not") ? " without permission" : "");
    }
}

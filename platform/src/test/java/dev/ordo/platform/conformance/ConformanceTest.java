package dev.ordo.platform.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every scenario file under conformance/scenarios, on every database, once per primary key type
 * the file lists. Each file creates its schema through the API, seeds it, runs its scenarios in order and removes its
 * collections again. When a file's set-up fails, its scenarios are reported as aborted rather than failed, so the one
 * failure that matters stands out.
 */
class ConformanceTest extends IntegrationTest {

    private ConformanceReport report;

    /** The limits Directus's own blackbox suite pins, so scenarios can test the boundaries (spec §9.2). */
    @Override
    protected Map<String, String> settings() {
        return Map.of("QUERY_LIMIT_DEFAULT", "90", "MAX_BATCH_MUTATION", "100", "MAX_RELATIONAL_DEPTH", "5");
    }

    @Override
    protected void started() {
        report = new ConformanceReport(vendor.name().toLowerCase(Locale.ROOT));
    }

    @Override
    protected void finished() {
        report.write(Path.of("target", "conformance"));
    }

    @TestFactory
    Stream<DynamicNode> scenarios() {
        String token = ordo.adminToken();
        List<DynamicNode> files = new ArrayList<>();
        for (ScenarioFile file : ScenarioFile.all()) {
            for (PrimaryKeyType keyType : file.primaryKeyTypes()) {
                String run = file.name() + " [" + keyType.id() + " keys]";
                files.add(DynamicContainer.dynamicContainer(run,
                    scenarios(new ScenarioRunner(ordo, vendor, file, keyType, token), file, keyType, run)));
            }
        }
        return files.stream();
    }

    private Stream<DynamicNode> scenarios(ScenarioRunner runner, ScenarioFile file, PrimaryKeyType keyType, String run) {
        List<DynamicNode> steps = new ArrayList<>();
        steps.add(DynamicTest.dynamicTest("set up", () -> {
            try {
                runner.setUp();
            } catch (AssertionError | RuntimeException e) {
                report.failed(run, "set up", "", List.of(String.valueOf(e.getMessage())));
                throw e;
            }
        }));
        for (JsonNode scenario : file.scenarios(keyType)) {
            String name = scenario.path("name").asText();
            steps.add(DynamicTest.dynamicTest(name, () -> {
                Assumptions.assumeTrue(runner.ready(), "the file's set-up failed");
                List<String> problems = runner.run(scenario);
                if (problems.isEmpty()) {
                    report.passed(run, name);
                } else {
                    report.failed(run, name, scenario.path("request").asText(), problems);
                }
                assertThat(problems).as(scenario.path("request").asText()).isEmpty();
            }));
        }
        steps.add(DynamicTest.dynamicTest("tear down", runner::tearDown));
        return steps.stream();
    }
}

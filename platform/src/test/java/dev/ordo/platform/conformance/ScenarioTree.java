package dev.ordo.platform.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every scenario file, once per primary key type it lists, as JUnit dynamic tests against one server: each file's
 * set-up, its scenarios in order, its tear-down. When a file's set-up fails, its scenarios are reported as aborted
 * rather than failed, so the one failure that matters stands out.
 */
final class ScenarioTree {

    private ScenarioTree() {
    }

    /** @param database sqlite, postgres or mysql: which {@code by_database} expectations apply */
    static Stream<DynamicNode> of(HttpTarget server, String database, String adminToken, ConformanceReport report) {
        List<DynamicNode> files = new ArrayList<>();
        for (ScenarioFile file : ScenarioFile.all()) {
            for (PrimaryKeyType keyType : file.primaryKeyTypes()) {
                String run = file.name() + " [" + keyType.id() + " keys]";
                ScenarioRunner runner = new ScenarioRunner(server, database, file, keyType, adminToken);
                files.add(DynamicContainer.dynamicContainer(run, steps(runner, file, keyType, run, report)));
            }
        }
        return files.stream();
    }

    private static Stream<DynamicNode> steps(ScenarioRunner runner, ScenarioFile file, PrimaryKeyType keyType,
                                             String run, ConformanceReport report) {
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

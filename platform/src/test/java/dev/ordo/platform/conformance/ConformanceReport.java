package dev.ordo.platform.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the suite found on one database, written to {@code target/conformance/<database>.md}: per file and key type,
 * how many scenarios passed, and every failure with its request and differences. JUnit's own report only knows the
 * dynamic tests by index, which makes a long run hard to read.
 */
final class ConformanceReport {

    private record Outcome(String scenario, String request, List<String> problems) {
    }

    private final String database;
    private final Map<String, List<Outcome>> runs = new LinkedHashMap<>();

    ConformanceReport(String database) {
        this.database = database;
    }

    synchronized void passed(String run, String scenario) {
        outcomes(run).add(new Outcome(scenario, "", List.of()));
    }

    synchronized void failed(String run, String scenario, String request, List<String> problems) {
        outcomes(run).add(new Outcome(scenario, request, List.copyOf(problems)));
    }

    synchronized void write(Path folder) {
        StringBuilder summary = new StringBuilder("# Conformance on " + database + "\n\n| File [keys] | Passed | Failed |\n|---|---|---|\n");
        StringBuilder details = new StringBuilder("\n## Failures\n");
        int passedTotal = 0;
        int failedTotal = 0;
        for (Map.Entry<String, List<Outcome>> run : runs.entrySet()) {
            int passed = 0;
            int failed = 0;
            for (Outcome outcome : run.getValue()) {
                if (outcome.problems().isEmpty()) {
                    passed++;
                } else {
                    failed++;
                    details.append("\n### ").append(run.getKey()).append(" — ").append(outcome.scenario()).append('\n')
                        .append("`").append(outcome.request()).append("`\n");
                    outcome.problems().forEach(problem -> details.append("- ").append(problem).append('\n'));
                }
            }
            passedTotal += passed;
            failedTotal += failed;
            summary.append("| ").append(run.getKey()).append(" | ").append(passed).append(" | ").append(failed).append(" |\n");
        }
        summary.append("| **total** | ").append(passedTotal).append(" | ").append(failedTotal).append(" |\n");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(database + ".md"), summary.append(details).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Outcome> outcomes(String run) {
        return runs.computeIfAbsent(run, name -> new ArrayList<>());
    }
}

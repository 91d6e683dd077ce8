package dev.ordo.platform.conformance;

import dev.ordo.platform.testing.IntegrationTest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
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
        return ScenarioTree.of(ordo, vendor.name().toLowerCase(Locale.ROOT), ordo.adminToken(), report);
    }
}

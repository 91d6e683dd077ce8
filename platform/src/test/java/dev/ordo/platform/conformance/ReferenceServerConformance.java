package dev.ordo.platform.conformance;

import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.RemoteServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A tool, not part of the suite: runs the conformance scenarios against a server you started — Directus itself, to
 * check what the scenarios expect against the reference implementation, or an Ordo elsewhere. Only runs when
 * {@code -Dconformance.server=<address>} is given (README, "Checking the scenarios against Directus"); the server must
 * run with the suite's limits ({@code QUERY_LIMIT_DEFAULT=90}, {@code MAX_BATCH_MUTATION=100},
 * {@code MAX_RELATIONAL_DEPTH=5}). Differences are expected (Ordo's deliberate ones, and Directus versions older than
 * the spec); the report in {@code target/conformance/reference-<database>.md} lists them.
 */
@EnabledIfSystemProperty(named = "conformance.server", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceServerConformance {

    private final String database = System.getProperty("conformance.server.database", "postgres");
    private final ConformanceReport report = new ConformanceReport("reference-" + database);

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        RemoteServer server = new RemoteServer(System.getProperty("conformance.server"));
        String token = server.login(System.getProperty("conformance.server.email", OrdoTestServer.ADMIN_EMAIL),
            System.getProperty("conformance.server.password", OrdoTestServer.ADMIN_PASSWORD));
        return ScenarioTree.of(server, database, token, report);
    }

    @AfterAll
    void writeReport() {
        report.write(Path.of("target", "conformance"));
    }
}

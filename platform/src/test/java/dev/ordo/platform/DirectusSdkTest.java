package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.OrdoTestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Directus's own JavaScript SDK ({@code @directus/sdk}, pinned in {@code src/test/directus-sdk/package.json}) drives
 * Ordo as a client written for Directus v11 would: login and refresh, schema through the API, items with the query
 * language, nested writes, errors, activity, singletons, utils, users, roles and policies ({@code check.mjs}, one
 * JSON line per check). Needs Node.js 18 or newer on the PATH; the SDK is installed with {@code npm ci} into
 * {@code target/directus-sdk} on the first run.
 */
class DirectusSdkTest extends IntegrationTest {

    private static final Path SOURCES = Path.of("src/test/directus-sdk");
    private static final Path WORK = Path.of("target/directus-sdk");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void directusSdkWorksAgainstOrdo() throws Exception {
        Assumptions.assumeTrue(nodeIsInstalled(), "Node.js is not on the PATH: the Directus SDK check needs it");
        installSdk();
        Run run = run(List.of("node", "check.mjs"), Map.of(
            "ORDO_URL", "http://127.0.0.1:" + ordo.port(),
            "ORDO_EMAIL", OrdoTestServer.ADMIN_EMAIL,
            "ORDO_PASSWORD", OrdoTestServer.ADMIN_PASSWORD), 180);
        List<JsonNode> checks = new ArrayList<>();
        for (String line : run.output().lines().toList()) {
            checks.add(JSON.readTree(line));
        }
        assertThat(checks).as(run.errors()).isNotEmpty();
        assertThat(checks).as("failed checks").filteredOn(check -> !check.path("ok").asBoolean()).isEmpty();
        assertThat(run.exitCode()).as(run.errors()).isZero();
    }

    private static boolean nodeIsInstalled() {
        try {
            return run(List.of("node", "--version"), Map.of(), 30).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the check into target/ and installs the pinned SDK there, once per build. */
    private static synchronized void installSdk() throws IOException {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.exists(WORK.resolve("node_modules/@directus/sdk/package.json"))) {
            return;
        }
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300);
        assertThat(install.exitCode()).as("npm ci failed: " + install.errors()).isZero();
    }

    private static Run run(List<String> command, Map<String, String> environment, int timeoutSeconds)
        throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile().exists() ? WORK.toFile() : null);
        builder.environment().putAll(environment);
        // Both streams go to files, so waiting with a timeout works however much the command prints.
        Path output = Files.createTempFile("ordo-node", ".out");
        Path errors = Files.createTempFile("ordo-node", ".err");
        builder.redirectOutput(output.toFile()).redirectError(errors.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(output), Files.readString(errors));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private record Run(int exitCode, String output, String errors) {
    }
}

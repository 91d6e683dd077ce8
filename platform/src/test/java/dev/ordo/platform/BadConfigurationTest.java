package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordo.platform.testing.TestVendor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration Ordo cannot use ends the process with exit code 1 and one sentence naming the setting: no
 * stack trace. Each case runs the real command line in a separate JVM.
 */
class BadConfigurationTest {

    @TempDir
    Path workingDirectory;

    @Test
    void anUnknownDatabaseClientIsNamed() throws Exception {
        Failure failure = run(Map.of("DB_CLIENT", "oracledb"));

        failure.assertOneSentenceNaming("DB_CLIENT");
        assertThat(failure.message()).contains("sqlite3").contains("pg").contains("mysql");
    }

    @Test
    void anUnreachableDatabaseServerIsNamed() throws Exception {
        Failure failure = run(Map.of("DB_CLIENT", "pg", "DB_HOST", "127.0.0.1", "DB_PORT", "1",
            "DB_DATABASE", "ordo", "DB_USER", "ordo"));

        failure.assertOneSentenceNaming("DB_HOST");
    }

    @Test
    void aMissingDatabaseNameIsNamed() throws Exception {
        Failure failure = run(Map.of("DB_CLIENT", "pg", "DB_HOST", "127.0.0.1", "DB_USER", "ordo"));

        failure.assertOneSentenceNaming("DB_DATABASE");
    }

    @Test
    void aWrongPasswordIsNamed() throws Exception {
        assumeTrue(TestVendor.MYSQL.configured(), "needs a MariaDB server (ORDO_TEST_MYSQL_HOST)");
        Failure failure = run(Map.of("DB_CLIENT", "mysql",
            "DB_HOST", System.getenv("ORDO_TEST_MYSQL_HOST"),
            "DB_PORT", System.getenv().getOrDefault("ORDO_TEST_MYSQL_PORT", "3306"),
            "DB_DATABASE", "mysql", "DB_USER", "ordo_no_such_user", "DB_PASSWORD", "wrong-password-123"));

        failure.assertOneSentenceNaming("DB_PASSWORD");
        assertThat(failure.message()).doesNotContain("wrong-password-123");
    }

    @Test
    void anSqliteFileInAMissingFolderIsNamed() throws Exception {
        Failure failure = run(Map.of("DB_FILENAME", workingDirectory.resolve("missing/folder/ordo.db").toString()));

        failure.assertOneSentenceNaming("DB_FILENAME");
    }

    @Test
    void anUnwritableSqliteFileIsNamed() throws Exception {
        Path notAFolder = Files.writeString(workingDirectory.resolve("plain-file"), "x");

        Failure failure = run(Map.of("DB_FILENAME", notAFolder.resolve("ordo.db").toString()));

        failure.assertOneSentenceNaming("DB_FILENAME");
    }

    @Test
    void aPortThatIsNotANumberIsNamed() throws Exception {
        run(Map.of("PORT", "eighty")).assertOneSentenceNaming("PORT");
    }

    @Test
    void anUnknownLogLevelIsNamed() throws Exception {
        run(Map.of("LOG_LEVEL", "loud")).assertOneSentenceNaming("LOG_LEVEL");
    }

    private Failure run(Map<String, String> settings) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classpath, Ordo.class.getName(), "start")
            .directory(workingDirectory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("ORDO_") || name.equals("PORT"));
        env.put("CONFIG_PATH", workingDirectory.resolve("no.env").toString());
        env.put("PORT", "0");
        env.putAll(settings);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Ordo did not exit with settings " + settings);
        }
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Failure(process.exitValue(), stderr);
    }

    private record Failure(int exitCode, String stderr) {

        String message() {
            return stderr.strip();
        }

        void assertOneSentenceNaming(String setting) {
            assertThat(exitCode).as("exit code; stderr: %s", stderr).isEqualTo(1);
            assertThat(message()).startsWith("Ordo could not start: ").contains(setting);
            assertThat(message()).as("a single line").doesNotContain("\n");
            assertThat(message()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}

package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the real command line (SIGTERM, as a container runtime or systemd stops it): the host closes, and the log,
 * written by a background thread, reaches standard output up to the host's last line before the process ends.
 */
class ProcessStopTest {

    private static final Pattern LISTENING = Pattern.compile("is listening on http://[^:]+:(\\d+)");

    @TempDir
    Path workingDirectory;

    @Test
    void theLastLinesAreLoggedWhenTheProcessIsStopped() throws Exception {
        Process process = start(Map.of("DB_FILENAME", workingDirectory.resolve("ordo.db").toString()));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines));
        reader.start();
        try {
            int port = waitForPort(lines);
            HttpResponse<String> pong = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/server/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(pong.body()).isEqualTo("pong");

            // SIGTERM through the handle: Process.destroy() would also close the pipe the last lines come through.
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Ordo stopped").isTrue();
            reader.join(10_000);
            List<String> rest = new ArrayList<>(lines);

            assertThat(rest).anyMatch(line -> line.contains("GET /server/ping 200"));
            assertThat(rest).last().asString().endsWith("Ordo has stopped");
        } finally {
            process.destroyForcibly();
        }
    }

    private Process start(Map<String, String> settings) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classpath, Ordo.class.getName(), "start")
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("ORDO_") || name.equals("PORT"));
        env.put("CONFIG_PATH", workingDirectory.resolve("no.env").toString());
        env.put("PORT", "0");
        env.putAll(settings);
        return builder.start();
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader output = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
            }
        } catch (IOException ended) {
            lines.add("(output ended: " + ended.getMessage() + ")");
        }
    }

    /** Takes log lines up to the one that says where Ordo listens. */
    private static int waitForPort(BlockingQueue<String> lines) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (String line = lines.poll(60, TimeUnit.SECONDS); line != null; line = lines.poll(60, TimeUnit.SECONDS)) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            seen.add(line);
        }
        throw new AssertionError("Ordo did not say where it listens: " + String.join("\n", seen));
    }
}

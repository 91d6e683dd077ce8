package dev.ordo.platform.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * From {@code java -jar ordo.jar} to the first successful answer of {@code GET /server/health}, on the embedded
 * SQLite default: a first start (empty folder: system tables and the first admin are created), a restart (the
 * database exists), and a restart with a class-data-sharing archive made by one earlier run
 * ({@code -XX:SharedArchiveFile}, see the README). Each measurement is a new JVM.
 */
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColdStartBenchmark {

    private static final Path DISTRIBUTION = Path.of(System.getProperty("ordo.dist", "target/ordo"));

    @Param({"first-start", "restart", "restart-with-cds"})
    public String scenario;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    private Path workingDirectory;
    private Path archive;
    private Process ordo;
    private int port;

    /** The archive the CDS scenario starts with: written when a training run of Ordo exits. */
    @Setup(Level.Trial)
    public void createArchive() throws Exception {
        if (scenario.equals("restart-with-cds")) {
            archive = Files.createTempDirectory("ordo-cds").resolve("ordo.jsa");
            workingDirectory = Files.createTempDirectory("ordo-cold-start");
            port = freePort();
            launch("-XX:ArchiveClassesAtExit=" + archive);
            stopAndCleanUp();
        }
    }

    @Setup(Level.Invocation)
    public void prepare() throws Exception {
        workingDirectory = Files.createTempDirectory("ordo-cold-start");
        port = freePort();
        if (!scenario.equals("first-start")) {
            launch();
            stop();
        }
    }

    @Benchmark
    public int startUntilHealthy() throws Exception {
        return archive == null ? launch() : launch("-XX:SharedArchiveFile=" + archive);
    }

    private int launch(String... jvmOptions) throws Exception {
        List<String> java = new ArrayList<>(List.of("java"));
        java.addAll(List.of(jvmOptions));
        java.addAll(List.of("-jar", DISTRIBUTION.resolve("ordo.jar").toAbsolutePath().toString()));
        ProcessBuilder command = new ProcessBuilder(java)
            .directory(workingDirectory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        command.environment().keySet().removeIf(name -> name.startsWith("DB_"));
        command.environment().put("HOST", "127.0.0.1");
        command.environment().put("PORT", Integer.toString(port));
        command.environment().put("ADMIN_PASSWORD", "benchmark-password");
        command.environment().put("SECRET", "benchmark-secret-benchmark-secret");
        command.environment().put("CONFIG_PATH", workingDirectory.resolve("no.env").toString());
        ordo = command.start();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/server/health"))
            .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(health, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return response.statusCode();
                }
            } catch (IOException notYetListening) {
                // Not listening yet.
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("Ordo did not answer /server/health within 30 s");
    }

    @TearDown(Level.Invocation)
    public void stopAndCleanUp() throws Exception {
        stop();
        try (Stream<Path> paths = Files.walk(workingDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void stop() throws InterruptedException {
        if (ordo != null) {
            ordo.destroy();
            ordo.waitFor(10, TimeUnit.SECONDS);
            ordo = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.PluginJar;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import dev.ordo.testplugins.SlowEndpoint;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Stopping Ordo lets requests already running finish, then refuses new connections; connections kept alive with no
 * request on them do not hold the stop up.
 */
class ShutdownTest {

    @TempDir
    Path plugins;

    @Test
    void runningRequestsFinishDuringShutdown() throws Exception {
        try (Stream<Path> built = Files.list(OrdoTestServer.pluginDirectory())) {
            for (Path jar : built.toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        PluginJar.write(plugins, "slow", "^1.0.0", SlowEndpoint.class);
        try (TestDatabase database = TestVendor.SQLITE.createDatabase()) {
            Map<String, String> env = new HashMap<>(OrdoTestServer.defaults());
            env.putAll(database.settings());
            env.put("SERVER_SHUTDOWN_TIMEOUT", "5s");
            OrdoHost host = OrdoHost.start(OrdoConfig.from(new EnvironmentSettings(env), plugins));
            URI slow = URI.create("http://127.0.0.1:" + host.port() + "/slow");
            HttpClient client = HttpClient.newHttpClient();

            CompletableFuture<HttpResponse<String>> running = client.sendAsync(
                HttpRequest.newBuilder(slow).GET().build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(150);
            host.close();

            HttpResponse<String> answer = running.get(10, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("finished");
            CompletableFuture<HttpResponse<String>> after = client.sendAsync(
                HttpRequest.newBuilder(slow).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void idleKeptAliveConnectionsDoNotHoldTheStopUp() throws Exception {
        ListAppender<ILoggingEvent> javalinLog = new ListAppender<>();
        javalinLog.start();
        Logger javalin = (Logger) LoggerFactory.getLogger("io.javalin");
        javalin.addAppender(javalinLog);
        try (TestDatabase database = TestVendor.SQLITE.createDatabase()) {
            Map<String, String> env = new HashMap<>(OrdoTestServer.defaults());
            env.putAll(database.settings());
            env.put("SERVER_SHUTDOWN_TIMEOUT", "10s");
            OrdoHost host = OrdoHost.start(OrdoConfig.from(new EnvironmentSettings(env),
                OrdoTestServer.pluginDirectory()));
            // A client that keeps its connection open after the answer, as browsers and load balancers do.
            try (Socket client = new Socket("127.0.0.1", host.port())) {
                client.getOutputStream().write("GET /server/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
                byte[] answer = new byte[512];
                int read = client.getInputStream().read(answer);
                assertThat(new String(answer, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");

                long started = System.nanoTime();
                host.close();
                Duration stopping = Duration.ofNanos(System.nanoTime() - started);

                // Left to itself, Jetty 12 closed the idle connection 2 s into the stop; with SERVER_SHUTDOWN_TIMEOUT
                // at its default of 1 s, every stop ran out its grace period and ended in an ERROR and a stack trace.
                assertThat(stopping).isLessThan(Duration.ofMillis(800));
                assertThat(javalinLog.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
            }
        } finally {
            javalin.detachAppender(javalinLog);
        }
    }
}

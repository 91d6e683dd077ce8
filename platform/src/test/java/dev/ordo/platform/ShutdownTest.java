package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.PluginJar;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import dev.ordo.testplugins.SlowEndpoint;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping Ordo lets requests already running finish, then refuses new connections. */
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
}

package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.testplugins.BrokenModule;
import dev.ordo.testplugins.FutureEndpoint;
import dev.ordo.testplugins.HostProbeEndpoint;
import dev.ordo.platform.plugin.PluginReport;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.PluginJar;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Plugins installed by dropping jars into the plugins folder: a failing plugin is reported and skipped, a plugin
 * built for another major version of the extension API is refused, and plugins cannot reach into the host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginIsolationTest {

    private Path plugins;

    private TestDatabase database;
    private OrdoHost host;

    @BeforeAll
    void startWithExtraPlugins() throws Exception {
        plugins = Files.createTempDirectory("ordo-plugins");
        try (Stream<Path> built = Files.list(OrdoTestServer.pluginDirectory())) {
            for (Path jar : built.toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        PluginJar.write(plugins, "broken", "^1.0.0", BrokenModule.class);
        PluginJar.write(plugins, "probe", "^1.0.0", HostProbeEndpoint.class);
        PluginJar.write(plugins, "future", "^2.0.0", FutureEndpoint.class);
        database = TestVendor.SQLITE.createDatabase();
        Map<String, String> env = new HashMap<>(OrdoTestServer.defaults());
        env.putAll(database.settings());
        host = OrdoHost.start(OrdoConfig.from(new EnvironmentSettings(env), plugins));
    }

    @AfterAll
    void stop() throws Exception {
        host.close();
        database.close();
        try (Stream<Path> jars = Files.list(plugins)) {
            for (Path jar : jars.toList()) {
                Files.delete(jar);
            }
        }
        Files.delete(plugins);
    }

    @Test
    void aModuleThatFailsToStartIsReportedAndItsRoutesAreRemoved() throws Exception {
        PluginReport broken = report("broken");

        assertThat(broken.state()).isEqualTo("failed");
        assertThat(broken.error()).hasValueSatisfying(error -> assertThat(error).contains("refuses to start"));
        assertThat(get("/broken").statusCode()).isEqualTo(404);
        assertThat(get("/hello").statusCode()).isEqualTo(200);
    }

    @Test
    void aPluginForAnotherMajorVersionIsRefusedWithBothVersionsNamed() throws Exception {
        PluginReport future = report("future");

        assertThat(future.state()).isEqualTo("disabled");
        assertThat(future.error()).hasValue("it requires extension API ^2.0.0 but this Ordo provides " + dev.ordo.api.ExtensionApi.VERSION);
        assertThat(get("/future").statusCode()).isEqualTo(404);
    }

    @Test
    void pluginsSeeTheExtensionApiFromTheHostButNotTheHostItself() throws Exception {
        HttpResponse<String> probe = get("/probe");

        JsonNode visible = new com.fasterxml.jackson.databind.ObjectMapper().readTree(probe.body()).path("data");
        assertThat(visible.path("host").asBoolean()).isFalse();
        assertThat(visible.path("api").asBoolean()).isTrue();
        assertThat(visible.path("apiFromHost").asBoolean()).isTrue();
    }

    @Test
    void failedAndRefusedPluginsAreListedByTheExtensionsEndpoint() throws Exception {
        JsonNode extensions = new com.fasterxml.jackson.databind.ObjectMapper().readTree(get("/extensions").body())
            .path("data");

        Map<String, String> states = new HashMap<>();
        extensions.forEach(e -> states.put(e.path("id").asText(), e.path("state").asText()));
        assertThat(states).containsEntry("broken", "failed").containsEntry("future", "disabled")
            .containsEntry("probe", "started").containsEntry("data", "started");
    }

    private PluginReport report(String id) {
        return host.plugins().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }
}

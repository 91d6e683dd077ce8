package dev.ordo.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.platform.OrdoHost;
import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real Ordo host with the real plugin jars of this build, on a random port, and an HTTP client for it.
 */
public final class OrdoTestServer implements HttpTarget, AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OrdoHost host;
    private final TestDatabase database;
    private final RemoteServer http;

    private OrdoTestServer(OrdoHost host, TestDatabase database) {
        this.host = host;
        this.database = database;
        this.http = new RemoteServer("http://127.0.0.1:" + host.port());
    }

    /** Starts Ordo on {@code database} with test defaults, overridden by {@code settings}. */
    public static OrdoTestServer start(TestDatabase database, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(defaults());
        env.putAll(database.settings());
        env.putAll(settings);
        OrdoHost host = OrdoHost.start(OrdoConfig.from(new EnvironmentSettings(env), pluginDirectory()));
        database.servedBy(host.database().dataSource());
        return new OrdoTestServer(host, database);
    }

    public static Map<String, String> defaults() {
        Map<String, String> env = new HashMap<>();
        env.put("HOST", "127.0.0.1");
        env.put("PORT", "0");
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("SECRET", "a-test-secret-that-is-long-enough-for-hs256");
        env.put("LOG_LEVEL", "warn");
        // Logins answer at once in tests; LoginStallTest checks the padding.
        env.put("LOGIN_STALL_TIME", "0");
        env.put("EXTENSIONS_PATH", "target/no-extensions");
        return env;
    }

    /** Where the build copied the plugin jars (see the platform POM). */
    public static Path pluginDirectory() {
        return Path.of(System.getProperty("ordo.test.plugins", "target/ordo/plugins"));
    }

    public OrdoHost host() {
        return host;
    }

    public int port() {
        return host.port();
    }

    public HttpResult get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResult get(String path, String token) {
        return send("GET", path, null, token);
    }

    public HttpResult post(String path, Object json) {
        return send("POST", path, json, null);
    }

    public HttpResult post(String path, Object json, String token) {
        return send("POST", path, json, token);
    }

    /** Sends {@code json} (serialised, or as-is when it is a String) with {@code Content-Type: application/json}. */
    public HttpResult send(String method, String path, Object json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json instanceof String s ? s : write(json)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    @Override
    public HttpResult send(HttpRequest request) {
        return http.send(request);
    }

    @Override
    public URI uri(String path) {
        return http.uri(path);
    }

    /** Logs in as the bootstrap admin and returns the access token. */
    public String adminToken() {
        HttpResult login = post("/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        if (login.status() != 200) {
            throw new AssertionError("admin login failed: " + login);
        }
        return login.data().path("access_token").asText();
    }

    @Override
    public void close() {
        database.noLongerServed();
        host.close();
    }

    private static String write(Object json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

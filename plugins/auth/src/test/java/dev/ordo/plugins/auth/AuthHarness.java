package dev.ordo.plugins.auth;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.http.Response;
import dev.ordo.plugins.auth.support.MapSettings;
import dev.ordo.plugins.auth.support.MutableClock;
import dev.ordo.plugins.auth.support.Rows;
import dev.ordo.plugins.auth.support.SqliteTestDatabase;
import dev.ordo.plugins.auth.support.SystemTables;
import dev.ordo.plugins.auth.support.TestHost;
import dev.ordo.plugins.auth.support.TestRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The auth module started against a real SQLite database with system tables, as the host would start it. */
final class AuthHarness {

    static final String SECRET = "a-test-secret-that-is-not-used-anywhere-else";
    static final String ADMIN_EMAIL = "admin@example.com";
    static final String ADMIN_PASSWORD = "Admin-Pa55word";
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    final SqliteTestDatabase database;
    final Rows rows;
    final MutableClock clock = new MutableClock(START);
    private final Map<String, String> settings;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private TestHost host;

    private AuthHarness(Path directory, Map<String, String> settings) throws Exception {
        this.database = new SqliteTestDatabase(directory.resolve("ordo.db"));
        this.rows = new Rows(database);
        this.settings = settings;
        SystemTables.create(database);
    }

    /**
     * Fast hashing parameters and a fixed secret and admin, plus {@code overrides}. These tests change rows directly,
     * beside the module, so callers are not cached (CallerCacheTest and the platform's CallerChangesTest cover that).
     */
    static AuthHarness start(Path directory, Map<String, String> overrides) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of(
            "SECRET", SECRET,
            "ADMIN_EMAIL", ADMIN_EMAIL,
            "ADMIN_PASSWORD", ADMIN_PASSWORD,
            "HASH_MEMORY_COST", "1024",
            "HASH_TIME_COST", "1",
            "LOGIN_STALL_TIME", "0",
            "ACCOUNTABILITY_CACHE_TTL", "0"));
        settings.putAll(overrides);
        settings.values().removeIf(String::isEmpty);
        AuthHarness harness = new AuthHarness(directory, settings);
        harness.startModule();
        return harness;
    }

    static AuthHarness start(Path directory) throws Exception {
        return start(directory, Map.of());
    }

    /** Starts a fresh module on the same database, as a restart of Ordo would. */
    void startModule() throws Exception {
        host = new TestHost(new MapSettings(settings), database);
        new AuthModule(clock, new PrintStream(console, true, StandardCharsets.UTF_8)).start(host);
    }

    TestHost host() {
        return host;
    }

    String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    Response send(TestRequest request) throws Exception {
        return host.handle(request);
    }

    Accountability authenticate(TestRequest request) {
        return host.authenticator().authenticate(request);
    }

    Map<String, Object> login(String email, String password) throws Exception {
        return data(send(TestRequest.post("/auth/login", Map.of("email", email, "password", password))));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Response response) {
        Response.Body.Json json = (Response.Body.Json) response.body();
        return (Map<String, Object>) ((Map<String, Object>) json.value()).get("data");
    }
}

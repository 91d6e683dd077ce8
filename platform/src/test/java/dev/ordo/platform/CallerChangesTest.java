package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ordo keeps resolved callers for a few seconds (ACCOUNTABILITY_CACHE_TTL, left at its default here); every change
 * it makes to a caller's user, role, access rows or policies still applies on the very next request. Each test
 * first uses the caller's token, so that the caller is cached when the change happens.
 */
class CallerChangesTest extends IntegrationTest {

    private static final int ALLOWED_ATTEMPTS = 2;

    private String admin;

    @Override
    protected void started() throws Exception {
        admin = ordo.adminToken();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO directus_settings (auth_login_attempts) VALUES (" + ALLOWED_ATTEMPTS + ")");
        }
    }

    @Test
    void aPolicyThatLosesAdminAccessStopsGrantingItAtOnce() {
        Caller caller = adminCaller("demoted");
        assertThat(ordo.get("/users?fields=id", caller.token()).status()).isEqualTo(200);

        ok("PATCH", "/policies/" + caller.policy(), Map.of("admin_access", false));

        assertThat(ordo.get("/users?fields=id", caller.token()).errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anAccessRowRemovedOrARoleChangedTakesEffectAtOnce() {
        Caller caller = adminCaller("moved");
        assertThat(ordo.get("/users?fields=id", caller.token()).status()).isEqualTo(200);

        ok("PATCH", "/users/" + caller.user(), Map.of("role", role("Nobody in particular")));
        assertThat(ordo.get("/users?fields=id", caller.token()).errorCode()).isEqualTo("FORBIDDEN");

        ok("PATCH", "/users/" + caller.user(), Map.of("role", caller.role()));
        assertThat(ordo.get("/users?fields=id", caller.token()).status()).isEqualTo(200);
        ok("DELETE", "/access/" + caller.access(), null);
        assertThat(ordo.get("/users?fields=id", caller.token()).errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aUserSuspendedByAnAdminIsRefusedAtOnce() {
        Caller caller = adminCaller("suspended");
        assertThat(ordo.get("/users/me", caller.token()).status()).isEqualTo(200);

        ok("PATCH", "/users/" + caller.user(), Map.of("status", "suspended"));

        HttpResult refused = ordo.get("/users/me", caller.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aUserSuspendedAfterFailedLoginsIsRefusedAtOnce() throws Exception {
        Caller caller = adminCaller("guessed");
        HttpResult login = login(caller.email(), caller.password());
        String jwt = login.data().path("access_token").asText();
        assertThat(ordo.get("/users/me", jwt).status()).isEqualTo(200);

        for (int attempt = 0; attempt <= ALLOWED_ATTEMPTS; attempt++) {
            assertThat(login(caller.email(), "wrong password").status()).isEqualTo(401);
        }

        assertThat(ordo.get("/users/me", jwt).status()).isEqualTo(401);
        assertThat(ordo.get("/users/me", caller.token()).status()).isEqualTo(401);
        assertThat(ordo.get("/users/" + caller.user() + "?fields=status", admin).data().path("status").asText())
            .isEqualTo("suspended");
    }

    /** A user with a static token and a password whose role has a policy with admin access (and nothing else). */
    private Caller adminCaller(String name) {
        String policy = UUID.randomUUID().toString();
        ok("POST", "/policies", Map.of("id", policy, "name", name, "admin_access", true, "app_access", false));
        String role = role(name);
        String access = UUID.randomUUID().toString();
        ok("POST", "/access", Map.of("id", access, "role", role, "policy", policy));
        String user = UUID.randomUUID().toString();
        String email = name + "@example.com";
        String password = "password of " + name;
        ok("POST", "/users", Map.of("id", user, "email", email, "password", password, "role", role,
            "token", name + "-token", "status", "active"));
        return new Caller(user, email, password, name + "-token", role, policy, access);
    }

    private String role(String name) {
        String role = UUID.randomUUID().toString();
        ok("POST", "/roles", Map.of("id", role, "name", name));
        return role;
    }

    private record Caller(String user, String email, String password, String token, String role, String policy,
                          String access) {
    }

    private HttpResult login(String email, String password) {
        return ordo.post("/auth/login", Map.of("email", email, "password", password));
    }

    private void ok(String method, String path, Object body) {
        HttpResult result = ordo.send(method, path, body, admin);
        assertThat(result.status()).as(method + " " + path + ": " + result.body()).isIn(200, 204);
    }
}

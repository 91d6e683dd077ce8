package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertError;
import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static dev.ordo.plugins.auth.Errors.assertInvalidPayload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.http.Response;
import dev.ordo.plugins.auth.support.TestRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshAndLogoutTest {

    @TempDir
    Path directory;

    private AuthHarness auth;
    private String refreshToken;

    @BeforeEach
    void logIn() throws Exception {
        auth = AuthHarness.start(directory);
        refreshToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("refresh_token");
    }

    private Map<String, Object> refresh(String token) throws Exception {
        return AuthHarness.data(auth.send(TestRequest.post("/auth/refresh", Map.of("refresh_token", token))));
    }

    private Response logout(String token) throws Exception {
        return auth.send(TestRequest.post("/auth/logout", Map.of("refresh_token", token)));
    }

    @Test
    void rotatesTheSameSessionRowAndRefusesTheOldToken() throws Exception {
        auth.clock.advance(Duration.ofHours(1));

        Map<String, Object> pair = refresh(refreshToken);

        String rotated = (String) pair.get("refresh_token");
        assertThat(pair).containsOnlyKeys("access_token", "refresh_token", "expires").containsEntry("expires", 900_000L);
        assertThat(rotated).matches("[A-Za-z0-9_-]{64}").isNotEqualTo(refreshToken);
        List<Map<String, Object>> sessions = auth.rows.select("SELECT token, expires, ip, user_agent FROM directus_sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0)).containsEntry("token", rotated)
            .containsEntry("expires", AuthHarness.START.plus(Duration.ofHours(1)).plus(Duration.ofDays(7)).toEpochMilli())
            .containsEntry("ip", "203.0.113.7").containsEntry("user_agent", "JUnit/6");
        assertThat(auth.authenticate(TestRequest.get("/").bearer((String) pair.get("access_token"))).admin()).isTrue();

        assertInvalidCredentials(() -> refresh(refreshToken));
        assertThat(refresh(rotated)).containsKey("access_token");
    }

    @Test
    void requiresARefreshToken() {
        String missing = "The refresh token is required in either the payload or cookie.";
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/refresh", Map.of())), missing);
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/logout", Map.of())), missing);
    }

    @Test
    void refusesUnknownTokens() {
        assertInvalidCredentials(() -> refresh("x".repeat(64)));
        assertInvalidCredentials(() -> logout("x".repeat(64)));
    }

    @Test
    void refusesAndDeletesAnExpiredSession() throws Exception {
        auth.clock.advance(Duration.ofDays(7));
        auth.clock.advance(Duration.ofMillis(1));

        assertInvalidCredentials(() -> refresh(refreshToken));
        assertThat(auth.rows.count("directus_sessions")).isZero();
    }

    @Test
    void acceptsASessionUpToItsExpiryInstant() throws Exception {
        auth.clock.advance(Duration.ofDays(7));

        assertThat(refresh(refreshToken)).containsKey("access_token");
    }

    @Test
    void refusesSuspendedUsersAndDeletesTheirSession() throws Exception {
        auth.rows.update("UPDATE directus_users SET status = 'suspended'");

        assertError(() -> refresh(refreshToken), ErrorCode.USER_SUSPENDED, 401, "User suspended.");
        assertThat(auth.rows.count("directus_sessions")).isZero();
    }

    @Test
    void refusesOtherInactiveUsersAsInvalidCredentials() throws Exception {
        auth.rows.update("UPDATE directus_users SET status = 'archived'");

        assertInvalidCredentials(() -> refresh(refreshToken));
        assertThat(auth.rows.count("directus_sessions")).isZero();
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Response response = logout(refreshToken);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isInstanceOf(Response.Body.Empty.class);
        assertThat(auth.rows.count("directus_sessions")).isZero();
        assertInvalidCredentials(() -> refresh(refreshToken));
        assertInvalidCredentials(() -> logout(refreshToken));
    }
}

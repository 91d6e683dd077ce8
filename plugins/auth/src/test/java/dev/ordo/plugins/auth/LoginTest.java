package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertError;
import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static dev.ordo.plugins.auth.Errors.assertInvalidPayload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.http.Response;
import dev.ordo.plugins.auth.password.Argon2Parameters;
import dev.ordo.plugins.auth.password.PasswordHasher;
import dev.ordo.plugins.auth.support.TestRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginTest {

    @TempDir
    Path directory;

    private AuthHarness auth;
    private String adminId;
    private String adminRole;

    @BeforeEach
    void start() throws Exception {
        auth = AuthHarness.start(directory);
        adminId = (String) auth.rows.single("SELECT id FROM directus_users");
        adminRole = (String) auth.rows.single("SELECT role FROM directus_users");
    }

    @Test
    void answersATokenPairAndRecordsTheSession() throws Exception {
        Response response = auth.send(TestRequest.post("/auth/login",
            Map.of("email", AuthHarness.ADMIN_EMAIL, "password", AuthHarness.ADMIN_PASSWORD, "mode", "json")));

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> data = AuthHarness.data(response);
        assertThat(data).containsOnlyKeys("access_token", "refresh_token", "expires");
        assertThat(data).containsEntry("expires", 900_000L);
        String refreshToken = (String) data.get("refresh_token");
        assertThat(refreshToken).matches("[A-Za-z0-9_-]{64}");

        List<Map<String, Object>> sessions = auth.rows.select("SELECT * FROM directus_sessions");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0))
            .containsEntry("token", refreshToken)
            .containsEntry("user", adminId)
            .containsEntry("expires", AuthHarness.START.plus(Duration.ofDays(7)).toEpochMilli())
            .containsEntry("ip", "203.0.113.7")
            .containsEntry("user_agent", "JUnit/6")
            .containsEntry("origin", "https://studio.example")
            .containsEntry("share", null)
            .containsEntry("next_token", null);
        assertThat(auth.rows.single("SELECT last_access FROM directus_users")).isEqualTo(AuthHarness.START.toEpochMilli());

        List<Map<String, Object>> activity = auth.rows.select("SELECT * FROM directus_activity");
        assertThat(activity).hasSize(1);
        assertThat(activity.get(0))
            .containsEntry("action", "login")
            .containsEntry("user", adminId)
            .containsEntry("timestamp", AuthHarness.START.toEpochMilli())
            .containsEntry("collection", "directus_users")
            .containsEntry("item", adminId)
            .containsEntry("ip", "203.0.113.7")
            .containsEntry("user_agent", "JUnit/6")
            .containsEntry("origin", "https://studio.example");
    }

    @Test
    void issuesAnAccessTokenWithTheUsersClaims() throws Exception {
        String accessToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");

        Map<?, ?> claims = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), Map.class);
        long issuedAt = AuthHarness.START.getEpochSecond();
        assertThat(claims).isEqualTo(Map.of("id", adminId, "role", adminRole, "app_access", true, "admin_access", true,
            "iat", (int) issuedAt, "exp", (int) (issuedAt + 900), "iss", "directus"));

        Accountability caller = auth.authenticate(TestRequest.get("/users/me").bearer(accessToken));
        assertThat(caller.user()).contains(adminId);
        assertThat(caller.admin()).isTrue();
    }

    @Test
    void matchesTheEmailCaseInsensitively() throws Exception {
        assertThat(auth.login("ADMIN@Example.COM", AuthHarness.ADMIN_PASSWORD)).containsKey("access_token");
    }

    @Test
    void answersWrongPasswordsUnknownEmailsAndInactiveUsersAlike() throws Exception {
        String hash = new PasswordHasher(new Argon2Parameters(1024, 1, 1, 32)).hash("right-password");
        auth.rows.user("suspended@example.com", hash, "suspended", null);
        auth.rows.user("invited@example.com", hash, "invited", null);
        String external = auth.rows.user("sso@example.com", hash, "active", null);
        auth.rows.update("UPDATE directus_users SET provider = 'github' WHERE id = ?", external);
        auth.rows.user("nopassword@example.com", null, "active", null);

        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        assertInvalidCredentials(() -> auth.login("nobody@example.com", AuthHarness.ADMIN_PASSWORD));
        assertInvalidCredentials(() -> auth.login("suspended@example.com", "right-password"));
        assertInvalidCredentials(() -> auth.login("invited@example.com", "right-password"));
        assertInvalidCredentials(() -> auth.login("sso@example.com", "right-password"));
        assertInvalidCredentials(() -> auth.login("nopassword@example.com", "right-password"));
        assertThat(auth.rows.count("directus_sessions")).isZero();
        assertThat(auth.rows.count("directus_activity")).isZero();
    }

    @Test
    void namesTheFieldThatIsMissingOrMalformed() {
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", Map.of("password", "x"))), "\"email\" is required");
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", Map.of("email", "a@b.c"))),
            "\"password\" is required");
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", Map.of("email", " ", "password", "x"))),
            "\"email\" is not allowed to be empty");
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", Map.of("email", "a@b.c", "password", ""))),
            "\"password\" is not allowed to be empty");
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", Map.of("email", 42, "password", "x"))),
            "\"email\" must be a string");
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", List.of("email"))),
            "\"value\" must be of type object");
        Map<String, Object> nullEmail = new HashMap<>(Map.of("password", "x"));
        nullEmail.put("email", null);
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login", nullEmail)), "\"email\" is required");
    }

    @Test
    void refusesAnUnknownMode() {
        assertInvalidPayload(() -> auth.send(TestRequest.post("/auth/login",
                Map.of("email", AuthHarness.ADMIN_EMAIL, "password", AuthHarness.ADMIN_PASSWORD, "mode", "jwt"))),
            "\"mode\" must be one of [json, cookie, session]");
    }

    @Test
    void suspendsAUserAfterTheAllowedAttempts() throws Exception {
        auth.rows.update("INSERT INTO directus_settings (id, auth_login_attempts) VALUES (1, 2)");

        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        assertThat(auth.rows.single("SELECT status FROM directus_users WHERE id = ?", adminId)).isEqualTo("active");
        // The attempt after the allowed ones suspends the user, even with the right password.
        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD));

        assertThat(auth.rows.single("SELECT status FROM directus_users WHERE id = ?", adminId)).isEqualTo("suspended");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        auth.rows.update("INSERT INTO directus_settings (id, auth_login_attempts) VALUES (1, 2)");

        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD);
        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD);

        assertThat(auth.rows.single("SELECT status FROM directus_users WHERE id = ?", adminId)).isEqualTo("active");
    }

    @Test
    void everyAnswerTakesAtLeastTheStallTime(@TempDir Path other) throws Exception {
        AuthHarness stalled = AuthHarness.start(other, Map.of("LOGIN_STALL_TIME", "300ms"));

        long failing = System.nanoTime();
        assertInvalidCredentials(() -> stalled.login("nobody@example.com", "whatever"));
        long failed = System.nanoTime() - failing;
        long succeeding = System.nanoTime();
        stalled.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD);
        long succeeded = System.nanoTime() - succeeding;

        assertThat(Duration.ofNanos(failed)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(Duration.ofNanos(succeeded)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void noLimitWhenTheProjectSetsNone() throws Exception {
        auth.rows.update("INSERT INTO directus_settings (id, auth_login_attempts) VALUES (1, NULL)");

        for (int i = 0; i < 30; i++) {
            assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        }

        assertThat(auth.rows.single("SELECT status FROM directus_users WHERE id = ?", adminId)).isEqualTo("active");
    }

    @Test
    void purgesTheUsersExpiredSessions() throws Exception {
        auth.rows.update("INSERT INTO directus_sessions (token, \"user\", expires) VALUES ('old', ?, ?)", adminId,
            AuthHarness.START.minusSeconds(1).toEpochMilli());
        auth.rows.update("INSERT INTO directus_sessions (token, \"user\", expires) VALUES ('live', ?, ?)", adminId,
            AuthHarness.START.plusSeconds(60).toEpochMilli());

        auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD);

        assertThat(auth.rows.select("SELECT token FROM directus_sessions WHERE token IN ('old', 'live')"))
            .containsExactly(Map.of("token", "live"));
    }

    @Test
    void asksUsersWithTwoFactorAuthenticationForTheirCode() throws Exception {
        String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        auth.rows.update("UPDATE directus_users SET tfa_secret = ? WHERE id = ?", secret, adminId);
        Map<String, Object> credentials = Map.of("email", AuthHarness.ADMIN_EMAIL, "password", AuthHarness.ADMIN_PASSWORD);

        assertError(() -> auth.send(TestRequest.post("/auth/login", credentials)), ErrorCode.INVALID_OTP, 401,
            "Invalid user OTP.");
        Map<String, Object> wrongCode = new HashMap<>(credentials);
        wrongCode.put("otp", "000000".equals(totp(secret)) ? "111111" : "000000");
        assertError(() -> auth.send(TestRequest.post("/auth/login", wrongCode)), ErrorCode.INVALID_OTP, 401,
            "Invalid user OTP.");
        assertThat(auth.rows.count("directus_sessions")).isZero();

        Map<String, Object> rightCode = new HashMap<>(credentials);
        rightCode.put("otp", totp(secret));
        assertThat(AuthHarness.data(auth.send(TestRequest.post("/auth/login", rightCode)))).containsKey("access_token");
    }

    /** RFC 6238 code for the harness clock, computed independently of the plugin's verifier. */
    private String totp(String base32Secret) throws Exception {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(base32Secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(AuthHarness.START.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int code = ((hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
            | (hash[offset + 3] & 0xff)) % 1_000_000;
        return String.format("%06d", code);
    }
}

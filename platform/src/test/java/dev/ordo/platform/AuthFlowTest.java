package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.OrdoTestServer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Login, refresh, logout, static tokens and /users/me over HTTP, as a Directus client does them. */
class AuthFlowTest extends IntegrationTest {

    private static final String STATIC_TOKEN = "static-token-for-tests-0123456789";

    @Override
    protected Map<String, String> settings() {
        return Map.of("ADMIN_TOKEN", STATIC_TOKEN);
    }

    @Test
    void loginReturnsTokensAndTheTokenOpensUsersMe() {
        HttpResult login = login(OrdoTestServer.ADMIN_EMAIL, OrdoTestServer.ADMIN_PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.data().path("expires").asLong()).isEqualTo(15 * 60 * 1000L);
        assertThat(login.data().path("refresh_token").asText()).hasSize(64);
        HttpResult me = ordo.get("/users/me", login.data().path("access_token").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("email").asText()).isEqualTo(OrdoTestServer.ADMIN_EMAIL);
        assertThat(me.data().path("password").asText()).isEqualTo("**********");
        assertThat(me.data().path("token").asText()).isEqualTo("**********");
    }

    @Test
    void usersMeAnswersTheFieldsAsked() {
        HttpResult me = ordo.get("/users/me?fields=email,status", STATIC_TOKEN);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().fieldNames()).toIterable().containsExactly("email", "status");
        assertThat(me.data().path("email").asText()).isEqualTo(OrdoTestServer.ADMIN_EMAIL);
    }

    @Test
    void loginIsCaseInsensitiveOnTheEmail() {
        assertThat(login(OrdoTestServer.ADMIN_EMAIL.toUpperCase(), OrdoTestServer.ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAndUnknownUsersLookTheSame() {
        HttpResult wrongPassword = login(OrdoTestServer.ADMIN_EMAIL, "nope");
        HttpResult unknownUser = login("nobody@example.com", "nope");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void loginWithoutAPasswordIsAnInvalidPayload() {
        HttpResult missing = ordo.post("/auth/login", Map.of("email", OrdoTestServer.ADMIN_EMAIL));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        String refreshToken = login(OrdoTestServer.ADMIN_EMAIL, OrdoTestServer.ADMIN_PASSWORD)
            .data().path("refresh_token").asText();

        HttpResult refreshed = ordo.post("/auth/refresh", Map.of("refresh_token", refreshToken));
        HttpResult reused = ordo.post("/auth/refresh", Map.of("refresh_token", refreshToken));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.data().path("refresh_token").asText()).isNotEqualTo(refreshToken);
        assertThat(ordo.get("/users/me", refreshed.data().path("access_token").asText()).status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String refreshToken = login(OrdoTestServer.ADMIN_EMAIL, OrdoTestServer.ADMIN_PASSWORD)
            .data().path("refresh_token").asText();

        HttpResult logout = ordo.post("/auth/logout", Map.of("refresh_token", refreshToken));
        HttpResult refreshAfterLogout = ordo.post("/auth/refresh", Map.of("refresh_token", refreshToken));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refreshAfterLogout.status()).isEqualTo(401);
        assertThat(sessionExists(refreshToken)).isFalse();
    }

    @Test
    void cookieModeKeepsTheRefreshTokenInACookie() {
        HttpResult login = ordo.post("/auth/login", Map.of("email", OrdoTestServer.ADMIN_EMAIL,
            "password", OrdoTestServer.ADMIN_PASSWORD, "mode", "cookie"));
        String refreshToken = cookieValue(login, "directus_refresh_token");

        HttpResult refreshed = sendWithCookie("/auth/refresh", "{}", "directus_refresh_token=" + refreshToken);
        HttpResult reused = sendWithCookie("/auth/refresh", "{}", "directus_refresh_token=" + refreshToken);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.data().has("refresh_token")).isFalse();
        assertThat(login.header("Set-Cookie")).containsIgnoringCase("HttpOnly");
        assertThat(ordo.get("/users/me", login.data().path("access_token").asText()).status()).isEqualTo(200);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(cookieValue(refreshed, "directus_refresh_token")).isNotEqualTo(refreshToken);
        assertThat(reused.status()).isEqualTo(401);
    }

    @Test
    void sessionModeAuthenticatesByTheSessionCookieUntilLogout() {
        HttpResult login = ordo.post("/auth/login", Map.of("email", OrdoTestServer.ADMIN_EMAIL,
            "password", OrdoTestServer.ADMIN_PASSWORD, "mode", "session"));
        String session = "directus_session_token=" + cookieValue(login, "directus_session_token");

        HttpResult me = sendWithCookie("GET", "/users/me", null, session);
        HttpResult refreshed = sendWithCookie("/auth/refresh", "{\"mode\":\"session\"}", session);
        // A second refresh with the old cookie inside the grace period gets the same successor (browser tabs).
        HttpResult again = sendWithCookie("/auth/refresh", "{\"mode\":\"session\"}", session);
        String renewed = "directus_session_token=" + cookieValue(refreshed, "directus_session_token");
        // Used once before the logout, so that the caller is known (cached) when the session ends.
        HttpResult meRenewed = sendWithCookie("GET", "/users/me", null, renewed);
        HttpResult logout = sendWithCookie("/auth/logout", "{\"mode\":\"session\"}", renewed);
        HttpResult afterLogout = sendWithCookie("GET", "/users/me", null, renewed);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.data().fieldNames()).toIterable().containsExactly("expires");
        assertThat(login.data().path("expires").asLong()).isEqualTo(24 * 60 * 60 * 1000L);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("email").asText()).isEqualTo(OrdoTestServer.ADMIN_EMAIL);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(meRenewed.status()).isEqualTo(200);
        assertThat(sessionClaim(again)).isEqualTo(sessionClaim(refreshed)).isNotEqualTo(sessionClaim(login));
        assertThat(logout.status()).isEqualTo(204);
        // Jetty deletes a cookie by dating it in 1970.
        assertThat(logout.header("Set-Cookie")).startsWith("directus_session_token=;").contains("1970");
        assertThat(afterLogout.status()).isEqualTo(401);
    }

    @Test
    void refreshWithoutAnyTokenIsAnInvalidPayload() {
        HttpResult refresh = ordo.post("/auth/refresh", Map.of());

        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void staticTokensAuthenticateByHeaderAndByQuery() {
        HttpResult byHeader = ordo.get("/users/me", STATIC_TOKEN);
        HttpResult byQuery = ordo.get("/users/me?access_token=" + STATIC_TOKEN);

        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.data().path("email").asText()).isEqualTo(OrdoTestServer.ADMIN_EMAIL);
        assertThat(byQuery.status()).isEqualTo(200);
    }

    @Test
    void unknownStaticTokensAreInvalidCredentialsEvenOnUnknownRoutes() {
        HttpResult me = ordo.get("/users/me", "no-such-static-token");
        HttpResult elsewhere = ordo.get("/no/such/route", "no-such-static-token");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(elsewhere.status()).isEqualTo(401);
    }

    @Test
    void aTokenInBothTheHeaderAndTheQueryIsRefused() {
        HttpResult both = ordo.get("/users/me?access_token=" + STATIC_TOKEN, STATIC_TOKEN);

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorCode()).isEqualTo("INVALID_PAYLOAD");
    }

    @Test
    void aTamperedJwtIsAnInvalidToken() {
        String token = ordo.adminToken();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"admin_access\":true", "\"admin_access\":false");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpResult result = ordo.get("/users/me", tampered);

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.errorCode()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void anUnsignedJwtIsAnInvalidToken() {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64Url("{\"id\":\"x\",\"role\":null,\"app_access\":true,\"admin_access\":true,\"iss\":\"directus\","
            + "\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}");

        HttpResult result = ordo.get("/users/me", header + "." + payload + ".");

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.errorCode()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void anExpiredJwtIsRefusedAsExpired() throws Exception {
        String adminId = ordo.get("/users/me?fields=id", STATIC_TOKEN).data().path("id").asText();
        long now = System.currentTimeMillis() / 1000;
        String unsigned = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url("{\"id\":\"" + adminId
            + "\",\"role\":null,\"app_access\":true,\"admin_access\":true,\"iat\":" + (now - 1000) + ",\"exp\":"
            + (now - 100) + ",\"iss\":\"directus\"}");
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(OrdoTestServer.defaults().get("SECRET").getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(hmac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));

        HttpResult result = ordo.get("/users/me", unsigned + "." + signature);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorCode()).isEqualTo("TOKEN_EXPIRED");
    }

    @Test
    void usersMeNeedsAUser() {
        HttpResult anonymous = ordo.get("/users/me");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        HttpResult result = ordo.send(HttpRequest.newBuilder(ordo.uri("/users/me"))
            .header("Authorization", "bearer " + STATIC_TOKEN).GET().build());

        assertThat(result.status()).isEqualTo(200);
    }

    private HttpResult login(String email, String password) {
        return ordo.post("/auth/login", Map.of("email", email, "password", password));
    }

    private boolean sessionExists(String token) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM directus_sessions WHERE token = ?")) {
            query.setString(1, token);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResult sendWithCookie(String path, String json, String cookie) {
        return sendWithCookie("POST", path, json, cookie);
    }

    private HttpResult sendWithCookie(String method, String path, String json, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ordo.uri(path)).header("Cookie", cookie);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return ordo.send(request.build());
    }

    private static String cookieValue(HttpResult result, String name) {
        return result.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
            .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + result));
    }

    /** The session claim of the access token in a session-mode answer's cookie. */
    private static String sessionClaim(HttpResult result) {
        String jwt = cookieValue(result, "directus_session_token");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
            java.nio.charset.StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"session\":\"([^\"]+)\".*", "$1");
    }
}

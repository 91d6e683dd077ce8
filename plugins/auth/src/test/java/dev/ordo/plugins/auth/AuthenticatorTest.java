package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertError;
import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static dev.ordo.plugins.auth.Errors.assertInvalidPayload;
import static dev.ordo.plugins.auth.support.SystemTables.PUBLIC_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.plugins.auth.support.TestRequest;
import dev.ordo.plugins.auth.token.AccessTokenClaims;
import dev.ordo.plugins.auth.token.AccessTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorTest {

    private static final String PASSWORD = "user-password";

    @TempDir
    Path directory;

    private AuthHarness auth;
    private String hash;

    @BeforeEach
    void start() throws Exception {
        auth = AuthHarness.start(directory);
        hash = (String) auth.rows.single("SELECT password FROM directus_users");
        auth.rows.update("UPDATE directus_users SET password = ?", hash);
    }

    private String userWithToken(String email, String role, String token) throws Exception {
        String id = auth.rows.user(email, hash, "active", role);
        auth.rows.update("UPDATE directus_users SET token = ? WHERE id = ?", token, id);
        return id;
    }

    private TestRequest withToken(String token) {
        return TestRequest.get("/items/articles").bearer(token);
    }

    @Test
    void givesAnonymousCallersThePublicPolicies() {
        Accountability caller = auth.authenticate(TestRequest.get("/items/articles"));

        assertThat(caller.user()).isEmpty();
        assertThat(caller.role()).isEmpty();
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.policies()).containsExactly(PUBLIC_POLICY);
        assertThat(caller.admin()).isFalse();
        assertThat(caller.app()).isFalse();
        assertThat(caller.isAnonymous()).isTrue();
        assertThat(caller.client()).isEqualTo(TestRequest.CLIENT);
    }

    @Test
    void inheritsPoliciesThroughTheRoleChainAndAddsUserPolicies() throws Exception {
        String root = auth.rows.role("Company", null);
        String middle = auth.rows.role("Editors", root);
        String leaf = auth.rows.role("Junior editors", middle);
        String rootPolicy = auth.rows.policy("App", false, true);
        String middlePolicy = auth.rows.policy("Edit", false, false);
        String leafPolicy = auth.rows.policy("Draft", false, false);
        String userPolicy = auth.rows.policy("Personal", false, false);
        auth.rows.access(leaf, null, leafPolicy, 1);
        auth.rows.access(root, null, rootPolicy, 1);
        auth.rows.access(middle, null, middlePolicy, 1);
        String user = userWithToken("junior@example.com", leaf, "junior-token");
        auth.rows.access(null, user, userPolicy, 1);

        Accountability caller = auth.authenticate(withToken("junior-token"));

        assertThat(caller.user()).contains(user);
        assertThat(caller.role()).contains(leaf);
        assertThat(caller.roles()).containsExactly(root, middle, leaf);
        assertThat(caller.policies()).containsExactly(rootPolicy, middlePolicy, leafPolicy, userPolicy);
        assertThat(caller.admin()).isFalse();
        assertThat(caller.app()).isTrue();
        assertThat(caller.session()).isEmpty();
    }

    @Test
    void grantsAdminThroughAUserAttachedPolicy() throws Exception {
        String role = auth.rows.role("Staff", null);
        String admin = auth.rows.policy("Break glass", true, false);
        String user = userWithToken("ops@example.com", role, "ops-token");
        auth.rows.access(null, user, admin, null);

        Accountability caller = auth.authenticate(withToken("ops-token"));

        assertThat(caller.policies()).containsExactly(admin);
        assertThat(caller.admin()).isTrue();
        assertThat(caller.app()).isTrue();
    }

    @Test
    void givesAUserWithoutARoleThePublicPoliciesAndTheirOwn() throws Exception {
        String personal = auth.rows.policy("Personal", false, false);
        String user = userWithToken("norole@example.com", null, "norole-token");
        auth.rows.access(null, user, personal, 5);

        Accountability caller = auth.authenticate(withToken("norole-token"));

        assertThat(caller.role()).isEmpty();
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.policies()).containsExactly(PUBLIC_POLICY, personal);
        assertThat(caller.admin()).isFalse();
        assertThat(caller.app()).isFalse();
    }

    @Test
    void doesNotGiveUsersWithARoleThePublicPolicies() throws Exception {
        String role = auth.rows.role("Empty", null);
        userWithToken("empty@example.com", role, "empty-token");

        Accountability caller = auth.authenticate(withToken("empty-token"));

        assertThat(caller.roles()).containsExactly(role);
        assertThat(caller.policies()).isEmpty();
        assertThat(caller.app()).isFalse();
    }

    @Test
    void dropsPoliciesWhoseIpAllowListExcludesTheClient() throws Exception {
        String role = auth.rows.role("Office", null);
        String officeOnly = auth.rows.policy("Office only", false, true, "10.0.0.0/8", false);
        auth.rows.access(role, null, officeOnly, 1);
        userWithToken("office@example.com", role, "office-token");

        Accountability outside = auth.authenticate(withToken("office-token"));
        Accountability inside = auth.authenticate(withToken("office-token")
            .client(new ClientInfo(Optional.of("10.1.2.3"), Optional.empty(), Optional.empty())));

        assertThat(outside.policies()).isEmpty();
        assertThat(outside.app()).isFalse();
        assertThat(inside.policies()).containsExactly(officeOnly);
        assertThat(inside.app()).isTrue();
    }

    @Test
    void refusesARoleChainWithACycle() throws Exception {
        String first = auth.rows.role("First", null);
        String second = auth.rows.role("Second", first);
        auth.rows.update("UPDATE directus_roles SET parent = ? WHERE id = ?", second, first);
        userWithToken("loop@example.com", second, "loop-token");

        assertThatThrownBy(() -> auth.authenticate(withToken("loop-token")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("form a cycle");
    }

    @Test
    void readsTheRoleFromTheDatabaseNotFromTheToken() throws Exception {
        String accessToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");
        String plainRole = auth.rows.role("Plain", null);
        auth.rows.update("UPDATE directus_users SET role = ?", plainRole);

        Accountability caller = auth.authenticate(withToken(accessToken));

        assertThat(caller.role()).contains(plainRole);
        assertThat(caller.admin()).isFalse();
        assertThat(caller.app()).isFalse();
    }

    @Test
    void refusesTokensOfUsersWhoAreNoLongerActive() throws Exception {
        String accessToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");
        userWithToken("static@example.com", null, "static-token");
        auth.rows.update("UPDATE directus_users SET status = 'suspended'");

        assertInvalidCredentials(() -> auth.authenticate(withToken(accessToken)));
        assertInvalidCredentials(() -> auth.authenticate(withToken("static-token")));
    }

    @Test
    void refusesUnknownStaticTokens() {
        assertInvalidCredentials(() -> auth.authenticate(withToken("no-such-token")));
    }

    @Test
    void reportsExpiredAccessTokens() throws Exception {
        String accessToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");
        auth.clock.advance(Duration.ofMinutes(15));

        assertError(() -> auth.authenticate(withToken(accessToken)), ErrorCode.TOKEN_EXPIRED, 401, "Token expired.");
    }

    @Test
    void reportsTokensSignedWithAnotherSecret() throws Exception {
        String adminId = (String) auth.rows.single("SELECT id FROM directus_users");
        String forged = new AccessTokens("not-the-secret".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(15), auth.clock)
            .issue(new AccessTokenClaims(adminId, Optional.empty(), true, true, false, Optional.empty()));

        assertError(() -> auth.authenticate(withToken(forged)), ErrorCode.INVALID_TOKEN, 403, "Invalid token.");
    }

    @Test
    void treatsAJwtFromAnotherIssuerAsAStaticToken() throws Exception {
        String accessToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");
        String[] parts = accessToken.split("\\.");
        String otherIssuer = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
            "{\"id\":\"x\",\"iss\":\"keycloak\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        userWithToken("odd@example.com", null, otherIssuer);

        assertThat(auth.authenticate(withToken(otherIssuer)).user()).isPresent();
        auth.rows.update("UPDATE directus_users SET token = NULL WHERE email = 'odd@example.com'");
        assertInvalidCredentials(() -> auth.authenticate(withToken(otherIssuer)));
    }

    @Test
    void refusesATokenInBothQueryAndHeader() {
        assertInvalidPayload(() -> auth.authenticate(withToken("a").query("access_token", "a")),
            "The request uses more than one method for including an access token");
    }

    @Test
    void acceptsTheQueryParameter() throws Exception {
        userWithToken("query@example.com", null, "query-token");

        assertThat(auth.authenticate(TestRequest.get("/assets/x").query("access_token", "query-token")).user()).isPresent();
    }

    @Test
    void bindsSessionTokensToTheirSession() throws Exception {
        String refreshToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("refresh_token");
        String adminId = (String) auth.rows.single("SELECT id FROM directus_users");
        AccessTokens tokens = new AccessTokens(AuthHarness.SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofDays(1),
            auth.clock);
        String sessionToken = tokens.issue(new AccessTokenClaims(adminId, Optional.empty(), true, true, false,
            Optional.of(refreshToken)));

        assertThat(auth.authenticate(withToken(sessionToken)).session()).contains(refreshToken);

        auth.send(TestRequest.post("/auth/logout", Map.of("refresh_token", refreshToken)));
        assertInvalidCredentials(() -> auth.authenticate(withToken(sessionToken)));
    }
}

package dev.ordo.plugins.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.auth.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final String SECRET = "a-test-secret-that-is-not-used-anywhere-else";
    private static final Instant ISSUED = Instant.ofEpochSecond(1772359200L);
    private static final String USER = "3f1e2d4c-5b6a-4789-8abc-def012345678";
    private static final String ROLE = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d";

    /** Signed by jsonwebtoken 9.0.2 (Directus's library): these claims, SECRET above, expiresIn 15m, issuer directus. */
    private static final String JSONWEBTOKEN_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + "eyJpZCI6IjNmMWUyZDRjLTViNmEtNDc4OS04YWJjLWRlZjAxMjM0NTY3OCIsInJvbGUiOiI2YTdiOGM5ZC0wZTFmLTRhMmItOGMzZC00ZTVm"
        + "NmE3YjhjOWQiLCJhcHBfYWNjZXNzIjp0cnVlLCJhZG1pbl9hY2Nlc3MiOmZhbHNlLCJpYXQiOjE3NzIzNTkyMDAsImV4cCI6MTc3MjM2MDEw"
        + "MCwiaXNzIjoiZGlyZWN0dXMifQ.2UGbmiNPnqBRMMyTRL3y6muil7p8jjBl_LrpN3vBA2A";

    /** Signed by jsonwebtoken 9.0.2 with the five-byte secret "short", which Directus accepts. */
    private static final String JSONWEBTOKEN_SHORT_SECRET_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + "eyJpZCI6IjNmMWUyZDRjLTViNmEtNDc4OS04YWJjLWRlZjAxMjM0NTY3OCIsInJvbGUiOm51bGwsImFwcF9hY2Nlc3MiOmZhbHNlLCJhZG1p"
        + "bl9hY2Nlc3MiOmZhbHNlLCJpYXQiOjE3NzIzNTkyMDAsImV4cCI6MTc3MjM2MDEwMCwiaXNzIjoiZGlyZWN0dXMifQ."
        + "wFnEQsiIqpTml1IAZUa4nlWwMg6Y1l4_lPfAySaKK28";

    private final MutableClock clock = new MutableClock(ISSUED);
    private final AccessTokens tokens = new AccessTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(15), clock);
    private final ObjectMapper json = new ObjectMapper();

    private String issueUserToken() {
        return tokens.issue(new AccessTokenClaims(USER, Optional.of(ROLE), true, false, false, Optional.empty()));
    }

    @Test
    void issuesExactlyTheTokenDirectusWouldIssue() {
        assertThat(issueUserToken()).isEqualTo(JSONWEBTOKEN_TOKEN);
    }

    @Test
    void writesTheDirectusClaims() throws Exception {
        String token = tokens.issue(new AccessTokenClaims(USER, Optional.empty(), false, true, true, Optional.empty()));

        assertThat(claimsOf(token.split("\\.")[0]))
            .containsExactly(entry("alg", "HS256"), entry("typ", "JWT"));
        assertThat(claimsOf(token.split("\\.")[1])).containsExactly(
            entry("id", USER), entry("role", null), entry("app_access", true), entry("admin_access", true),
            entry("enforce_tfa", true), entry("iat", 1772359200), entry("exp", 1772360100),
            entry("iss", "directus"));
    }

    @Test
    void verifiesItsOwnTokensAndTokensSignedByJsonwebtoken() {
        assertThat(tokens.verify(issueUserToken())).contains(new VerifiedAccessToken(USER, Optional.empty()));
        assertThat(tokens.verify(JSONWEBTOKEN_TOKEN)).contains(new VerifiedAccessToken(USER, Optional.empty()));
    }

    @Test
    void acceptsSecretsOfAnyLengthAsDirectusDoes() {
        AccessTokens shortSecret = new AccessTokens("short".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(15), clock);

        assertThat(shortSecret.verify(JSONWEBTOKEN_SHORT_SECRET_TOKEN)).contains(new VerifiedAccessToken(USER, Optional.empty()));
    }

    @Test
    void carriesTheSessionClaim() {
        String token = tokens.issue(new AccessTokenClaims(USER, Optional.empty(), false, false, false, Optional.of("abc")));

        assertThat(tokens.verify(token)).contains(new VerifiedAccessToken(USER, Optional.of("abc")));
    }

    @Test
    void refusesATamperedSignature() {
        String token = issueUserToken();
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertInvalidToken(tampered);
    }

    @Test
    void refusesATamperedPayload() throws Exception {
        String[] parts = issueUserToken().split("\\.");
        Map<String, Object> claims = claimsOf(parts[1]);
        claims.put("id", "00000000-0000-4000-8000-000000000000");

        assertInvalidToken(parts[0] + "." + encode(claims) + "." + parts[2]);
    }

    @Test
    void refusesAlgNone() throws Exception {
        String payload = issueUserToken().split("\\.")[1];

        assertInvalidToken(encode(Map.of("alg", "none", "typ", "JWT")) + "." + payload + ".");
        assertInvalidToken(encode(Map.of("alg", "none", "typ", "JWT")) + "." + payload + "." + issueUserToken().split("\\.")[2]);
    }

    @Test
    void refusesOtherAlgorithmsEvenWhenCorrectlySigned() throws Exception {
        String payload = issueUserToken().split("\\.")[1];

        assertInvalidToken(sign("HmacSHA512", encode(Map.of("alg", "HS512", "typ", "JWT")) + "." + payload));
        assertInvalidToken(sign("HmacSHA256", encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + payload));
        assertInvalidToken(sign("HmacSHA256", encode(Map.of("alg", "hs256", "typ", "JWT")) + "." + payload));
        assertInvalidToken(sign("HmacSHA256", encode(Map.of("typ", "JWT")) + "." + payload));
    }

    @Test
    void refusesATokenSignedWithAnotherSecret() {
        AccessTokens other = new AccessTokens("another-secret".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(15), clock);
        String token = other.issue(new AccessTokenClaims(USER, Optional.empty(), false, false, false, Optional.empty()));

        assertInvalidToken(token);
    }

    @Test
    void reportsExpiryOnlyAtTheExpiryInstant() {
        String token = issueUserToken();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(tokens.verify(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.verify(token))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED);
                assertThat(e.status()).isEqualTo(401);
            });
    }

    @Test
    void checksTheSignatureBeforeTheExpiry() {
        AccessTokens other = new AccessTokens("another-secret".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(15), clock);
        String token = other.issue(new AccessTokenClaims(USER, Optional.empty(), false, false, false, Optional.empty()));
        clock.advance(Duration.ofHours(1));

        assertInvalidToken(token);
    }

    @Test
    void treatsOtherIssuersAndNonJwtsAsNotDirectusTokens() throws Exception {
        String[] parts = issueUserToken().split("\\.");
        Map<String, Object> claims = claimsOf(parts[1]);
        claims.put("iss", "someone-else");
        String foreign = sign("HmacSHA256", parts[0] + "." + encode(claims));
        claims.remove("iss");
        String withoutIssuer = sign("HmacSHA256", parts[0] + "." + encode(claims));

        assertThat(tokens.verify(foreign)).isEmpty();
        assertThat(tokens.verify(withoutIssuer)).isEmpty();
        assertThat(tokens.verify("a-static-token")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    void refusesDirectusTokensWithoutTheRequiredClaims() throws Exception {
        String[] parts = issueUserToken().split("\\.");
        for (String claim : new String[] {"exp", "id", "role", "app_access", "admin_access"}) {
            Map<String, Object> claims = claimsOf(parts[1]);
            claims.remove(claim);
            assertInvalidToken(sign("HmacSHA256", parts[0] + "." + encode(claims)));
        }
        Map<String, Object> notYetValid = claimsOf(parts[1]);
        notYetValid.put("nbf", ISSUED.getEpochSecond() + 60);
        assertInvalidToken(sign("HmacSHA256", parts[0] + "." + encode(notYetValid)));
    }

    private void assertInvalidToken(String token) {
        assertThatThrownBy(() -> tokens.verify(token))
            .isInstanceOfSatisfying(OrdoException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TOKEN);
                assertThat(e.status()).isEqualTo(403);
                assertThat(e.getMessage()).isEqualTo("Invalid token.");
            });
    }

    private Map<String, Object> claimsOf(String part) throws Exception {
        return new LinkedHashMap<>(json.readValue(decode(part), new TypeReference<Map<String, Object>>() { }));
    }

    private String encode(Object value) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(value));
    }

    private static byte[] decode(String part) {
        return Base64.getUrlDecoder().decode(part);
    }

    private static String sign(String algorithm, String signingInput) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), algorithm));
        byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}

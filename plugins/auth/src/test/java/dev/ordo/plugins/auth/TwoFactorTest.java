package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertError;
import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static dev.ordo.plugins.auth.Errors.assertInvalidPayload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.plugins.auth.support.TestRequest;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting up, using and removing two-factor authentication through /users/me/tfa/*. */
class TwoFactorTest {

    @TempDir
    Path directory;

    private AuthHarness auth;
    private String token;

    @BeforeEach
    void start() throws Exception {
        auth = AuthHarness.start(directory);
        token = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");
    }

    @Test
    void generateProposesASecretWithoutStoringIt() throws Exception {
        Map<String, Object> generated = generate();

        assertThat((String) generated.get("secret")).matches("[A-Z2-7]{32}");
        assertThat((String) generated.get("otpauth_url")).startsWith("otpauth://totp/Directus:admin%40example.com?secret="
            + generated.get("secret")).endsWith("&issuer=Directus");
        assertThat(auth.rows.single("SELECT tfa_secret FROM directus_users")).isNull();
    }

    @Test
    void generateWantsThePassword() {
        assertInvalidPayload(() -> auth.send(TestRequest.post("/users/me/tfa/generate", Map.of()).bearer(token)),
            "\"password\" is required");
        assertInvalidCredentials(() -> auth.send(TestRequest.post("/users/me/tfa/generate",
            Map.of("password", "wrong")).bearer(token)));
    }

    @Test
    void enabledTwoFactorIsAskedAtLoginAndCanBeDisabled() throws Exception {
        String secret = (String) generate().get("secret");

        assertInvalidPayload(() -> auth.send(TestRequest.post("/users/me/tfa/enable",
            Map.of("secret", secret, "otp", "000000")).bearer(token)), "\"otp\" is invalid");
        auth.send(TestRequest.post("/users/me/tfa/enable", Map.of("secret", secret, "otp", code(secret, now())))
            .bearer(token));

        assertThat(auth.rows.single("SELECT tfa_secret FROM directus_users")).isEqualTo(secret);
        assertError(() -> auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD), ErrorCode.INVALID_OTP, 401,
            "Invalid user OTP.");
        Map<String, Object> withCode = new HashMap<>(Map.of("email", AuthHarness.ADMIN_EMAIL,
            "password", AuthHarness.ADMIN_PASSWORD, "otp", code(secret, now())));
        assertThat(AuthHarness.data(auth.send(TestRequest.post("/auth/login", withCode)))).containsKey("access_token");
        assertInvalidPayload(() -> auth.send(TestRequest.post("/users/me/tfa/generate",
            Map.of("password", AuthHarness.ADMIN_PASSWORD)).bearer(token)), "TFA Secret is already set for this user");

        auth.send(TestRequest.post("/users/me/tfa/disable", Map.of("otp", code(secret, now()))).bearer(token));

        assertThat(auth.rows.single("SELECT tfa_secret FROM directus_users")).isNull();
    }

    @Test
    void anAdminMayTurnSomeoneElsesTwoFactorOff() throws Exception {
        String other = auth.rows.user("other@example.com", null, "active", null);
        auth.rows.update("UPDATE directus_users SET tfa_secret = 'JBSWY3DPEHPK3PXP' WHERE id = ?", other);

        auth.send(TestRequest.post("/users/" + other + "/tfa/disable", Map.of()).bearer(token));

        assertThat(auth.rows.single("SELECT tfa_secret FROM directus_users WHERE id = ?", other)).isNull();
        assertError(() -> auth.send(TestRequest.post("/users/" + other + "/tfa/disable", Map.of())),
            ErrorCode.FORBIDDEN, 403, "You don't have permission to access this.");
    }

    @Test
    void anonymousCallersHaveNoTwoFactorToSetUp() {
        assertInvalidCredentials(() -> auth.send(TestRequest.post("/users/me/tfa/generate",
            Map.of("password", "x"))));
    }

    private Map<String, Object> generate() throws Exception {
        return AuthHarness.data(auth.send(TestRequest.post("/users/me/tfa/generate",
            Map.of("password", AuthHarness.ADMIN_PASSWORD)).bearer(token)));
    }

    private Instant now() {
        return auth.clock.instant();
    }

    /** RFC 6238 with SHA-1, 6 digits and 30-second steps, written out here independently of the verifier. */
    private static String code(String base32Secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}

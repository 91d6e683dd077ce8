package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.TotpCodes;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two-factor authentication over HTTP, as the Studio sets it up: generate, enable, log in with a code, disable. */
class TwoFactorFlowTest extends IntegrationTest {

    private static final String EMAIL = "tfa@example.com";
    private static final String PASSWORD = "two factor password";

    @Override
    protected void started() {
        HttpResult created = ordo.post("/users", Map.of("id", UUID.randomUUID().toString(), "email", EMAIL,
            "password", PASSWORD, "status", "active"), ordo.adminToken());
        assertThat(created.status()).as(created.body()).isIn(200, 204);
    }

    @Test
    void aUserWithTwoFactorNeedsTheCodeToLogInUntilTheyTurnItOff() {
        String token = login(Map.of("email", EMAIL, "password", PASSWORD)).data().path("access_token").asText();
        HttpResult generated = ordo.post("/users/me/tfa/generate", Map.of("password", PASSWORD), token);
        String secret = generated.data().path("secret").asText();
        assertThat(generated.status()).isEqualTo(200);
        assertThat(generated.data().path("otpauth_url").asText()).startsWith("otpauth://totp/");

        HttpResult wrongCode = ordo.post("/users/me/tfa/enable", Map.of("secret", secret, "otp", "000000"), token);
        HttpResult enabled = ordo.post("/users/me/tfa/enable", Map.of("secret", secret, "otp", code(secret)), token);
        HttpResult withoutCode = login(Map.of("email", EMAIL, "password", PASSWORD));
        HttpResult withBadCode = login(Map.of("email", EMAIL, "password", PASSWORD, "otp", "123456"));
        HttpResult withCode = login(Map.of("email", EMAIL, "password", PASSWORD, "otp", code(secret)));

        assertThat(wrongCode.errorCode()).isEqualTo("INVALID_PAYLOAD");
        assertThat(enabled.status()).isIn(200, 204);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.errorCode()).isEqualTo("INVALID_OTP");
        assertThat(withBadCode.errorCode()).isEqualTo("INVALID_OTP");
        assertThat(withCode.status()).isEqualTo(200);

        HttpResult disabled = ordo.post("/users/me/tfa/disable", Map.of("otp", code(secret)), token);

        assertThat(disabled.status()).isIn(200, 204);
        assertThat(login(Map.of("email", EMAIL, "password", PASSWORD)).status()).isEqualTo(200);
    }

    private HttpResult login(Map<String, String> credentials) {
        return ordo.post("/auth/login", credentials);
    }

    private static String code(String secret) {
        return TotpCodes.at(secret, Instant.now());
    }
}

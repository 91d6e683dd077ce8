package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.MailCatcher;
import dev.ordo.platform.testing.OrdoTestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password reset by email, end to end: Ordo sends through the mail plugin to a local SMTP server (GreenMail). */
class PasswordResetTest extends IntegrationTest {

    private static final String RESET_PAGE = "https://app.example.com/reset-password";

    private MailCatcher mail;

    @Override
    protected Map<String, String> settings() {
        mail = new MailCatcher();
        return mail.settings(Map.of(
            "EMAIL_FROM", "ordo@example.com", "PUBLIC_URL", "https://ordo.example.com/",
            "PASSWORD_RESET_URL_ALLOW_LIST", RESET_PAGE + ",https://other.example.com/reset"));
    }

    @Override
    protected void finished() {
        mail.close();
    }

    @BeforeEach
    void emptyTheMailbox() throws Exception {
        mail.clear();
    }

    @Test
    void aMailedLinkSetsTheNewPasswordOnce() throws Exception {
        HttpResult request = ordo.post("/auth/password/request",
            Map.of("email", OrdoTestServer.ADMIN_EMAIL, "reset_url", RESET_PAGE));

        assertThat(request.status()).isEqualTo(204);
        String body = MailCatcher.body(mail.onlyMail(OrdoTestServer.ADMIN_EMAIL));
        assertThat(body).contains(RESET_PAGE + "?token=");
        String token = MailCatcher.token(body);

        HttpResult reset = ordo.post("/auth/password/reset", Map.of("token", token, "password", "a-new-password-1"));
        HttpResult again = ordo.post("/auth/password/reset", Map.of("token", token, "password", "another-one-2"));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(login("a-new-password-1").status()).isEqualTo(200);
        assertThat(login(OrdoTestServer.ADMIN_PASSWORD).status()).isEqualTo(401);
        // The token named the old password, so it is spent.
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.errorCode()).isEqualTo("FORBIDDEN");

        restoreTheAdminPassword();
    }

    @Test
    void withoutAResetUrlTheLinkGoesToThePublicUrl() throws Exception {
        ordo.post("/auth/password/request", Map.of("email", OrdoTestServer.ADMIN_EMAIL));

        assertThat(MailCatcher.body(mail.onlyMail(OrdoTestServer.ADMIN_EMAIL)))
            .contains("https://ordo.example.com/admin/reset-password?token=");
    }

    @Test
    void aResetUrlOffTheAllowListIsRefused() throws Exception {
        HttpResult request = ordo.post("/auth/password/request",
            Map.of("email", OrdoTestServer.ADMIN_EMAIL, "reset_url", "https://evil.example.com/reset-password"));

        assertThat(request.status()).isEqualTo(400);
        assertThat(request.errorCode()).isEqualTo("INVALID_PAYLOAD");
        assertThat(mail.count()).isZero();
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        HttpResult request = ordo.post("/auth/password/request", Map.of("email", "nobody@example.com"));

        assertThat(request.status()).isEqualTo(204);
        assertThat(mail.count()).isZero();
    }

    @Test
    void aForgedOrMalformedTokenIsRefused() {
        HttpResult forged = ordo.post("/auth/password/reset", Map.of("token",
            "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImFkbWluQGV4YW1wbGUuY29tIiwiaXNzIjoiZGlyZWN0dXMifQ.c2lnbmF0dXJl",
            "password", "whatever-1"));
        HttpResult malformed = ordo.post("/auth/password/reset", Map.of("token", "not-a-token", "password", "x"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.errorCode()).isEqualTo("INVALID_TOKEN");
        assertThat(malformed.status()).isEqualTo(403);
        assertThat(malformed.errorCode()).isEqualTo("INVALID_TOKEN");
    }

    private void restoreTheAdminPassword() throws Exception {
        mail.clear();
        ordo.post("/auth/password/request", Map.of("email", OrdoTestServer.ADMIN_EMAIL));
        String token = MailCatcher.token(MailCatcher.body(mail.onlyMail(OrdoTestServer.ADMIN_EMAIL)));
        assertThat(ordo.post("/auth/password/reset", Map.of("token", token, "password", OrdoTestServer.ADMIN_PASSWORD))
            .status()).isEqualTo(204);
    }



    private HttpResult login(String password) {
        return ordo.post("/auth/login", Map.of("email", OrdoTestServer.ADMIN_EMAIL, "password", password));
    }
}

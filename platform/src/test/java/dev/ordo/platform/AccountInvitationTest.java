package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.MailCatcher;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations, end to end with mail through a local SMTP server (GreenMail); registration is closed by default. */
class AccountInvitationTest extends IntegrationTest {

    private static final String ACCEPT_PAGE = "https://app.example.com/accept-invite";

    private MailCatcher mail;
    private String role;

    @Override
    protected Map<String, String> settings() {
        mail = new MailCatcher();
        return mail.settings(Map.of(
            "PUBLIC_URL", "https://ordo.example.com", "USER_INVITE_URL_ALLOW_LIST", ACCEPT_PAGE,
            "REGISTER_STALL_TIME", "0"));
    }

    @Override
    protected void started() {
        role = ordo.post("/roles", Map.of("name", "Members"), ordo.adminToken()).data().path("id").asText();
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
    void anInvitedUserAcceptsAndLogsIn() throws Exception {
        HttpResult invite = ordo.post("/users/invite",
            Map.of("email", "ivy@example.com", "role", role, "invite_url", ACCEPT_PAGE), ordo.adminToken());

        assertThat(invite.status()).isEqualTo(204);
        assertThat(user("ivy@example.com").path("status").asText()).isEqualTo("invited");
        String body = MailCatcher.body(mail.onlyMail("ivy@example.com"));
        assertThat(body).contains(ACCEPT_PAGE + "?token=");
        String token = MailCatcher.token(body);
        assertThat(login("ivy@example.com", "ivy-password-1").status()).isEqualTo(401);

        HttpResult accept = ordo.post("/users/invite/accept", Map.of("token", token, "password", "ivy-password-1"));
        HttpResult again = ordo.post("/users/invite/accept", Map.of("token", token, "password", "ivy-password-2"));

        assertThat(accept.status()).isEqualTo(204);
        assertThat(user("ivy@example.com").path("status").asText()).isEqualTo("active");
        assertThat(user("ivy@example.com").path("role").asText()).isEqualTo(role);
        assertThat(login("ivy@example.com", "ivy-password-1").status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("INVALID_INVITE");
    }

    @Test
    void invitationsNeedTheRightToCreateUsersAndAnAllowedPage() {
        HttpResult anonymous = ordo.post("/users/invite", Map.of("email", "x@example.com", "role", role));
        HttpResult offList = ordo.post("/users/invite", Map.of("email", "x@example.com", "role", role,
            "invite_url", "https://evil.example.com/accept"), ordo.adminToken());

        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(offList.status()).isEqualTo(400);
        assertThat(mail.count()).isZero();
    }

    @Test
    void registrationIsClosedUntilTheProjectOpensIt() {
        // This project has no settings row: public registration is off, as in Directus.
        HttpResult closed = ordo.post("/users/register", Map.of("email", "rae@example.com", "password", "rae-pass-1"));

        assertThat(closed.status()).isEqualTo(403);
    }

    private JsonNode user(String email) {
        HttpResult found = ordo.get("/users?filter[email][_eq]=" + email + "&fields=status,role", ordo.adminToken());
        assertThat(found.data().size()).isEqualTo(1);
        return found.data().get(0);
    }



    private HttpResult login(String email, String password) {
        return ordo.post("/auth/login", Map.of("email", email, "password", password));
    }
}

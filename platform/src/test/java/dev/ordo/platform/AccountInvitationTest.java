package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations, end to end with mail through a local SMTP server (GreenMail); registration is closed by default. */
class AccountInvitationTest extends IntegrationTest {

    private static final String ACCEPT_PAGE = "https://app.example.com/accept-invite";
    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_\\-.]+)");

    private GreenMail smtp;
    private String role;

    @Override
    protected Map<String, String> settings() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.of("EMAIL_TRANSPORT", "smtp", "EMAIL_SMTP_HOST", "127.0.0.1",
            "EMAIL_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "EMAIL_SMTP_IGNORE_TLS", "true",
            "PUBLIC_URL", "https://ordo.example.com", "USER_INVITE_URL_ALLOW_LIST", ACCEPT_PAGE,
            "REGISTER_STALL_TIME", "0");
    }

    @Override
    protected void started() {
        role = ordo.post("/roles", Map.of("name", "Members"), ordo.adminToken()).data().path("id").asText();
    }

    @Override
    protected void finished() {
        smtp.stop();
    }

    @BeforeEach
    void emptyTheMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void anInvitedUserAcceptsAndLogsIn() throws Exception {
        HttpResult invite = ordo.post("/users/invite",
            Map.of("email", "ivy@example.com", "role", role, "invite_url", ACCEPT_PAGE), ordo.adminToken());

        assertThat(invite.status()).isEqualTo(204);
        assertThat(user("ivy@example.com").path("status").asText()).isEqualTo("invited");
        String body = GreenMailUtil.getBody(onlyMail("ivy@example.com"));
        assertThat(body).contains(ACCEPT_PAGE + "?token=");
        String token = token(body);
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
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void registrationIsClosedUntilTheProjectOpensIt() {
        // This project has no settings row: public registration is off, as in Directus.
        HttpResult closed = ordo.post("/users/register", Map.of("email", "rae@example.com", "password", "rae-pass-1"));

        assertThat(closed.status()).isEqualTo(403);
    }

    private com.fasterxml.jackson.databind.JsonNode user(String email) {
        HttpResult found = ordo.get("/users?filter[email][_eq]=" + email + "&fields=status,role", ordo.adminToken());
        assertThat(found.data().size()).isEqualTo(1);
        return found.data().get(0);
    }

    private MimeMessage onlyMail(String to) throws Exception {
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(to);
        return received[0];
    }

    private static String token(String body) {
        Matcher matcher = TOKEN.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private HttpResult login(String email, String password) {
        return ordo.post("/auth/login", Map.of("email", email, "password", password));
    }
}

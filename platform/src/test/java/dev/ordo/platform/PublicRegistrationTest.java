package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import dev.ordo.platform.testing.MailCatcher;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Public registration with email verification, end to end through a local SMTP server (GreenMail). The project's
 * settings open registration, for emails at example.com only, before Ordo starts.
 */
class PublicRegistrationTest extends IntegrationTest {


    private MailCatcher mail;
    private final String role = UUID.randomUUID().toString();

    @Override
    protected Map<String, String> settings() {
        return mail.settings(Map.of(
            "PUBLIC_URL", "https://ordo.example.com", "REGISTER_STALL_TIME", "0"));
    }

    @Override
    protected void prepare(TestDatabase fresh) throws Exception {
        mail = new MailCatcher();
        Map<String, String> env = new HashMap<>(OrdoTestServer.defaults());
        env.putAll(fresh.settings());
        env.putAll(settings());
        OrdoHost.bootstrap(OrdoConfig.from(new EnvironmentSettings(env), OrdoTestServer.pluginDirectory()));
        try (Connection connection = fresh.connect()) {
            // PostgreSQL keeps ids as uuids, the others as text.
            Object id = vendor == TestVendor.POSTGRES ? UUID.fromString(role) : role;
            try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO directus_roles (id, name) VALUES (?, 'Members')")) {
                insert.setObject(1, id);
                insert.executeUpdate();
            }
            String json = vendor == TestVendor.POSTGRES ? "CAST(? AS json)" : "?";
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO directus_settings "
                + "(project_name, public_registration, public_registration_verify_email, public_registration_role, "
                + "public_registration_email_filter) VALUES ('Directus', ?, ?, ?, " + json + ")")) {
                insert.setBoolean(1, true);
                insert.setBoolean(2, true);
                insert.setObject(3, id);
                insert.setString(4, "{\"email\": {\"_ends_with\": \"@example.com\"}}");
                insert.executeUpdate();
            }
        }
    }

    @Override
    protected void finished() {
        mail.close();
    }

    @Test
    void aRegisteredUserVerifiesTheirEmailThenLogsIn() throws Exception {
        HttpResult register = ordo.post("/users/register",
            Map.of("email", "reg@example.com", "password", "reg-password-1", "first_name", "Reg"));

        assertThat(register.status()).isEqualTo(204);
        assertThat(user("reg@example.com").path("status").asText()).isEqualTo("unverified");
        assertThat(user("reg@example.com").path("role").asText()).isEqualTo(role);
        assertThat(login("reg@example.com", "reg-password-1").status()).isEqualTo(401);
        String body = MailCatcher.body(mail.onlyMail("reg@example.com"));
        assertThat(body).contains("https://ordo.example.com/users/register/verify-email?token=");

        HttpResult verified = ordo.send(HttpRequest.newBuilder(
            ordo.uri("/users/register/verify-email?token=" + MailCatcher.token(body))).GET().build());

        assertThat(verified.status()).isEqualTo(302);
        assertThat(verified.header("Location")).isEqualTo("https://ordo.example.com/admin/login");
        assertThat(user("reg@example.com").path("status").asText()).isEqualTo("active");
        assertThat(login("reg@example.com", "reg-password-1").status()).isEqualTo(200);
        // Registering again with a known email answers the same and changes nothing.
        assertThat(ordo.post("/users/register", Map.of("email", "reg@example.com", "password", "other-pass-2"))
            .status()).isEqualTo(204);
        assertThat(login("reg@example.com", "reg-password-1").status()).isEqualTo(200);
    }

    @Test
    void anEmailTheProjectsFilterRefusesIsForbiddenAndNothingIsCreated() {
        HttpResult register = ordo.post("/users/register",
            Map.of("email", "someone@elsewhere.org", "password", "reg-password-1"));

        assertThat(register.status()).isEqualTo(403);
        assertThat(register.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(ordo.get("/users?filter[email][_eq]=someone@elsewhere.org&fields=id", ordo.adminToken()).data())
            .isEmpty();
    }

    @Test
    void aVerificationLinkWithABadTokenIsRefused() {
        HttpResult refused = ordo.get("/users/register/verify-email?token=not-a-token");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("INVALID_TOKEN");
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

package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.plugins.auth.support.TestRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentUserTest {

    @TempDir
    Path directory;

    private AuthHarness auth;
    private String adminId;

    @BeforeEach
    void start() throws Exception {
        auth = AuthHarness.start(directory, Map.of("ADMIN_TOKEN", "admin-static-token"));
        adminId = (String) auth.rows.single("SELECT id FROM directus_users");
        auth.rows.update("UPDATE directus_users SET tags = ?, auth_data = ?, theme_light_overrides = ?, location = ?",
            "[\"ops\",\"berlin\"]", "{\"refresh\":\"x\",\"n\":2}", "{\"primary\":\"#6644FF\"}", "Berlin");
    }

    @Test
    void answersTheCallersRowWithSecretsConcealedAndValuesTyped() throws Exception {
        String accessToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");

        Map<String, Object> me = AuthHarness.data(auth.send(TestRequest.get("/users/me").bearer(accessToken)));

        assertThat(me).hasSize(27);
        assertThat(me)
            .containsEntry("id", adminId)
            .containsEntry("email", "admin@example.com")
            .containsEntry("first_name", "Admin")
            .containsEntry("password", "**********")
            .containsEntry("token", "**********")
            .containsEntry("tfa_secret", null)
            .containsEntry("status", "active")
            .containsEntry("provider", "default")
            .containsEntry("text_direction", "auto")
            .containsEntry("location", "Berlin")
            .containsEntry("email_notifications", true)
            .containsEntry("last_access", "2026-03-01T10:00:00.000Z")
            .containsEntry("tags", List.of("ops", "berlin"))
            .containsEntry("auth_data", Map.of("refresh", "x", "n", 2))
            .containsEntry("theme_light_overrides", Map.of("primary", "#6644FF"))
            .containsEntry("theme_dark_overrides", null)
            .containsEntry("avatar", null)
            .containsEntry("role", auth.rows.single("SELECT role FROM directus_users"));
    }

    @Test
    void showsUnsetSecretsAsNull() throws Exception {
        auth.rows.update("UPDATE directus_users SET token = NULL, email_notifications = 0");

        Map<String, Object> me = AuthHarness.data(auth.send(TestRequest.get("/users/me").bearer(
            (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token"))));

        assertThat(me).containsEntry("token", null).containsEntry("password", "**********")
            .containsEntry("email_notifications", false);
    }

    @Test
    void refusesCallersWithoutAUser() {
        assertInvalidCredentials(() -> auth.send(TestRequest.get("/users/me")));
    }
}

package dev.ordo.plugins.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.plugins.auth.support.TestRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminBootstrapTest {

    private static final Pattern ANNOUNCEMENT = Pattern.compile(
        "Ordo created the first admin: admin@example\\.com / ([A-Za-z0-9_-]{24}) — change it after logging in\\.\\R");

    @TempDir
    Path directory;

    @Test
    void createsExactlyOneAdminWithAnAdministratorRoleAndPolicy() throws Exception {
        AuthHarness auth = AuthHarness.start(directory, Map.of("ADMIN_TOKEN", "the-admin-token"));

        List<Map<String, Object>> users = auth.rows.select(
            "SELECT id, email, password, status, role, token, provider, first_name, last_name FROM directus_users");
        assertThat(users).hasSize(1);
        Map<String, Object> admin = users.get(0);
        assertThat(admin).containsEntry("email", "admin@example.com").containsEntry("status", "active")
            .containsEntry("token", "the-admin-token").containsEntry("provider", "default")
            .containsEntry("first_name", "Admin").containsEntry("last_name", "User");
        assertThat((String) admin.get("password")).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");

        List<Map<String, Object>> roles = auth.rows.select("SELECT id, name, icon, parent FROM directus_roles");
        assertThat(roles).hasSize(1);
        assertThat(roles.get(0)).containsEntry("id", admin.get("role")).containsEntry("name", "Administrator")
            .containsEntry("icon", "verified").containsEntry("parent", null);

        List<Map<String, Object>> policies = auth.rows.select(
            "SELECT id, name, icon, admin_access, app_access, enforce_tfa FROM directus_policies WHERE name = 'Administrator'");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).containsEntry("icon", "verified").containsEntry("admin_access", 1)
            .containsEntry("app_access", 1).containsEntry("enforce_tfa", 0);
        assertThat(auth.rows.count("directus_policies")).isEqualTo(2);

        List<Map<String, Object>> access = auth.rows.select("SELECT role, \"user\", policy FROM directus_access WHERE role IS NOT NULL");
        assertThat(access).hasSize(1);
        assertThat(access.get(0)).containsEntry("role", admin.get("role")).containsEntry("user", null)
            .containsEntry("policy", policies.get(0).get("id"));

        Accountability accountability = auth.authenticate(TestRequest.get("/").bearer("the-admin-token"));
        assertThat(accountability.admin()).isTrue();
        assertThat(accountability.app()).isTrue();
        assertThat(accountability.user()).contains((String) admin.get("id"));
        assertThat(accountability.policies()).containsExactly((String) policies.get(0).get("id"));
    }

    @Test
    void loginWorksWithTheConfiguredPasswordAndNothingIsPrinted() throws Exception {
        AuthHarness auth = AuthHarness.start(directory);

        assertThat(auth.login("admin@example.com", AuthHarness.ADMIN_PASSWORD)).containsKey("access_token");
        assertThat(auth.console()).isEmpty();
    }

    @Test
    void printsAGeneratedPasswordOnceAndItWorks() throws Exception {
        AuthHarness auth = AuthHarness.start(directory, Map.of("ADMIN_PASSWORD", ""));

        Matcher printed = ANNOUNCEMENT.matcher(auth.console());
        assertThat(printed.matches()).as("console: %s", auth.console()).isTrue();
        String password = printed.group(1);
        assertThat(auth.login("admin@example.com", password)).containsKey("access_token");

        auth.startModule();

        assertThat(auth.console()).isEqualTo(printed.group(0));
        assertThat(auth.rows.count("directus_users")).isEqualTo(1);
        assertThat(auth.rows.count("directus_roles")).isEqualTo(1);
        assertThat(auth.rows.count("directus_policies")).isEqualTo(2);
        assertThat(auth.rows.count("directus_access")).isEqualTo(2);
    }

    @Test
    void leavesAnInstallationWithUsersAlone() throws Exception {
        AuthHarness auth = AuthHarness.start(directory, Map.of("ADMIN_PASSWORD", ""));
        auth.rows.update("DELETE FROM directus_access WHERE role IS NOT NULL");
        auth.rows.update("DELETE FROM directus_roles");
        auth.rows.update("DELETE FROM directus_policies WHERE name = 'Administrator'");
        String console = auth.console();

        auth.startModule();

        assertThat(auth.console()).isEqualTo(console);
        assertThat(auth.rows.count("directus_roles")).isZero();
        assertThat(auth.rows.count("directus_users")).isEqualTo(1);
    }
}

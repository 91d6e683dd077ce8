package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.items.DirectWrites;
import dev.ordo.plugins.auth.support.TestRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows auth changes with its own SQL are told to {@link DirectWrites}, so that kept answers are dropped. */
class DirectChangesTest {

    @TempDir
    Path directory;

    private AuthHarness auth;
    private final List<String> changed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        auth = AuthHarness.start(directory);
        auth.host().services().register(DirectWrites.class, changed::add);
    }

    @Test
    void aLoginTellsOfTheLastAccessAndTheActivityItWrote() throws Exception {
        auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD);

        assertThat(changed).containsExactly("directus_users", "directus_activity");
    }

    @Test
    void aRefreshTellsOfTheLastAccessAndARefusedOneOfNothing() throws Exception {
        String refreshToken = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD)
            .get("refresh_token");
        changed.clear();

        auth.send(TestRequest.post("/auth/refresh", Map.of("refresh_token", refreshToken)));
        assertThat(changed).containsExactly("directus_users");

        changed.clear();
        assertInvalidCredentials(() -> auth.send(TestRequest.post("/auth/refresh",
            Map.of("refresh_token", refreshToken))));
        assertThat(changed).isEmpty();
    }

    @Test
    void turningTwoFactorOffTellsOfTheUser() throws Exception {
        String token = (String) auth.login(AuthHarness.ADMIN_EMAIL, AuthHarness.ADMIN_PASSWORD).get("access_token");
        String other = auth.rows.user("other@example.com", null, "active", null);
        auth.rows.update("UPDATE directus_users SET tfa_secret = 'JBSWY3DPEHPK3PXP' WHERE id = ?", other);
        changed.clear();

        auth.send(TestRequest.post("/users/" + other + "/tfa/disable", Map.of()).bearer(token));

        assertThat(changed).containsExactly("directus_users");
    }

    @Test
    void aSuspensionTellsOfTheUser() throws Exception {
        auth.rows.update("INSERT INTO directus_settings (id, auth_login_attempts) VALUES (1, 1)");

        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));
        assertThat(changed).isEmpty();
        assertInvalidCredentials(() -> auth.login(AuthHarness.ADMIN_EMAIL, "wrong-password"));

        assertThat(auth.rows.single("SELECT status FROM directus_users WHERE email = ?", AuthHarness.ADMIN_EMAIL))
            .isEqualTo("suspended");
        assertThat(changed).containsExactly("directus_users");
    }
}

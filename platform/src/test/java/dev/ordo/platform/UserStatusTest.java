package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.HttpResult;
import dev.ordo.platform.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only active users sign in or use their static token; every other status answers like wrong credentials. */
class UserStatusTest extends IntegrationTest {

    private static final List<String> INACTIVE = List.of("suspended", "invited", "draft", "archived", "unverified");
    private static final String PASSWORD = "status password";

    @Override
    protected void started() {
        for (String status : INACTIVE) {
            create(status);
        }
        create("active");
    }

    @Test
    void onlyAnActiveUserSignsInOrUsesAStaticToken() {
        assertThat(login("active").status()).isEqualTo(200);
        assertThat(ordo.get("/users/me", "active-token").status()).isEqualTo(200);
        for (String status : INACTIVE) {
            HttpResult login = login(status);
            HttpResult byToken = ordo.get("/users/me", status + "-token");
            assertThat(login.status()).as(status).isEqualTo(401);
            assertThat(login.errorCode()).as(status).isEqualTo("INVALID_CREDENTIALS");
            assertThat(byToken.status()).as(status).isEqualTo(401);
            assertThat(byToken.errorCode()).as(status).isEqualTo("INVALID_CREDENTIALS");
        }
    }

    private void create(String status) {
        HttpResult created = ordo.post("/users", Map.of("id", UUID.randomUUID().toString(),
            "email", status + "@example.com", "password", PASSWORD, "token", status + "-token", "status", status),
            ordo.adminToken());
        assertThat(created.status()).as(created.body()).isIn(200, 204);
    }

    private HttpResult login(String status) {
        return ordo.post("/auth/login", Map.of("email", status + "@example.com", "password", PASSWORD));
    }
}

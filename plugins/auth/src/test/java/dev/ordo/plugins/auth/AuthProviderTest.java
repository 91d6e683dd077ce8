package dev.ordo.plugins.auth;

import static dev.ordo.plugins.auth.Errors.assertInvalidCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.auth.AuthProvider;
import dev.ordo.api.error.RouteNotFoundException;
import dev.ordo.plugins.auth.support.TestRequest;
import dev.ordo.api.http.Response;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider contributed the way a plugin contributes one (an LDAP directory, say) logs its own users in. */
class AuthProviderTest {

    @TempDir
    Path directory;

    private AuthHarness auth;

    @BeforeEach
    void start() throws Exception {
        auth = AuthHarness.start(directory);
        String grace = auth.rows.user("grace@example.com", null, "active", null);
        auth.rows.update("UPDATE directus_users SET provider = 'directory', external_identifier = 'grace' WHERE id = ?",
            grace);
        auth.host().services().add(AuthProvider.class, new DirectoryProvider(grace));
    }

    @Test
    void aUserOfTheProviderLogsInThroughIt() throws Exception {
        Map<String, Object> tokens = AuthHarness.data(auth.send(TestRequest.post("/auth/login/directory",
            Map.of("identifier", "grace", "password", "open-sesame"))));

        assertThat(tokens).containsKeys("access_token", "refresh_token");
        assertInvalidCredentials(() -> auth.send(TestRequest.post("/auth/login/directory",
            Map.of("identifier", "grace", "password", "wrong"))));
    }

    @Test
    void usersLogInOnlyThroughTheirOwnProvider() {
        // The admin is a local user: the directory provider does not know it, and grace cannot use the local login.
        assertInvalidCredentials(() -> auth.send(TestRequest.post("/auth/login/directory",
            Map.of("identifier", "admin", "password", "open-sesame"))));
        assertInvalidCredentials(() -> auth.login("grace@example.com", "open-sesame"));
    }

    @Test
    void theProvidersAreListedAndUnknownOnesAreNotRoutes() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = (Map<String, Object>) ((Response.Body.Json) auth.send(TestRequest.get("/auth"))
            .body()).value();
        Map<String, Object> directory = new LinkedHashMap<>();
        directory.put("name", "directory");
        directory.put("label", "directory");
        directory.put("driver", "ldap");
        directory.put("icon", null);

        assertThat(listed.get("data")).isEqualTo(List.of(directory));
        assertThat(listed.get("disableDefault")).isEqualTo(false);
        assertThatThrownBy(() -> auth.send(TestRequest.post("/auth/login/nowhere",
            Map.of("identifier", "grace", "password", "open-sesame")))).isInstanceOf(RouteNotFoundException.class);
    }

    /** Knows one user, "grace", whose password is "open-sesame". */
    private record DirectoryProvider(String graceId) implements AuthProvider {
        @Override
        public String name() {
            return "directory";
        }

        @Override
        public String driver() {
            return "ldap";
        }

        @Override
        public Optional<String> userId(Map<String, Object> payload) {
            return "grace".equals(payload.get("identifier")) ? Optional.of(graceId) : Optional.empty();
        }

        @Override
        public boolean verify(String userId, Map<String, Object> payload) {
            return userId.equals(graceId) && "open-sesame".equals(payload.get("password"));
        }
    }
}

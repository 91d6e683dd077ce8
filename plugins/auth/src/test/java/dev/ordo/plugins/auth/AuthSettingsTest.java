package dev.ordo.plugins.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.plugins.auth.password.Argon2Parameters;
import dev.ordo.plugins.auth.support.MapSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {

    @Test
    void hasTheDocumentedDefaults() {
        AuthSettings settings = AuthSettings.from(new MapSettings(Map.of()));

        assertThat(settings.secretGenerated()).isTrue();
        assertThat(settings.secret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.adminEmail()).isEqualTo("admin@example.com");
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(settings.adminToken()).isEmpty();
        assertThat(settings.hashing()).isEqualTo(new Argon2Parameters(19456, 2, 1, 32));
    }

    @Test
    void generatesOneSecretPerProcess() {
        assertThat(AuthSettings.from(new MapSettings(Map.of())).secret())
            .isEqualTo(AuthSettings.from(new MapSettings(Map.of())).secret());
    }

    @Test
    void mapsEveryVariable() {
        AuthSettings settings = AuthSettings.from(new MapSettings(Map.of(
            "SECRET", "short",
            "ACCESS_TOKEN_TTL", "30m",
            "REFRESH_TOKEN_TTL", "2d",
            "ADMIN_EMAIL", " root@ordo.dev ",
            "ADMIN_PASSWORD", "p4ss",
            "ADMIN_TOKEN", "static-admin-token",
            "HASH_MEMORY_COST", "4096",
            "HASH_TIME_COST", "3",
            "HASH_PARALLELISM", "2",
            "HASH_LENGTH", "24")));

        assertThat(settings.secret()).isEqualTo("short".getBytes(StandardCharsets.UTF_8));
        assertThat(settings.secretGenerated()).isFalse();
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(2));
        assertThat(settings.adminEmail()).isEqualTo("root@ordo.dev");
        assertThat(settings.adminPassword()).contains("p4ss");
        assertThat(settings.adminToken()).contains("static-admin-token");
        assertThat(settings.hashing()).isEqualTo(new Argon2Parameters(4096, 3, 2, 24));
    }

    @Test
    void namesTheVariableOfAnUnusableValue() {
        assertInvalid("ACCESS_TOKEN_TTL", "soon");
        assertInvalid("ACCESS_TOKEN_TTL", "0");
        assertInvalid("REFRESH_TOKEN_TTL", "0d");
        assertInvalid("HASH_MEMORY_COST", "4");
        assertInvalid("HASH_TIME_COST", "0");
        assertInvalid("HASH_PARALLELISM", "0");
        assertInvalid("HASH_LENGTH", "2");
        assertInvalid("HASH_LENGTH", "many");
    }

    @Test
    void neverPrintsSecrets() {
        AuthSettings settings = AuthSettings.from(new MapSettings(Map.of(
            "SECRET", "the-secret", "ADMIN_PASSWORD", "the-password", "ADMIN_TOKEN", "the-token")));

        assertThat(settings.toString()).doesNotContain("the-secret", "the-password", "the-token");
        assertThat(settings.adminPassword()).isEqualTo(Optional.of("the-password"));
    }

    private static void assertInvalid(String variable, String value) {
        assertThatThrownBy(() -> AuthSettings.from(new MapSettings(Map.of(variable, value))))
            .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo(variable));
    }
}

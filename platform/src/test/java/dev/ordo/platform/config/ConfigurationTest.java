package dev.ordo.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @TempDir
    Path folder;

    @Test
    void withNothingConfiguredOrdoRunsOnSqliteInTheWorkingDirectoryOnPort8055() {
        OrdoConfig config = OrdoConfig.from(new EnvironmentSettings(Map.of()), folder.resolve("plugins"));

        assertThat(config.database().client()).isEqualTo("sqlite3");
        assertThat(config.database().connection().filename()).hasValue("ordo.db");
        assertThat(config.server().port()).isEqualTo(8055);
        assertThat(config.server().host()).isEqualTo("0.0.0.0");
        assertThat(config.server().maxPayloadBytes()).isEqualTo(1024 * 1024);
        assertThat(config.database().poolSize()).isEqualTo(10);
        assertThat(config.logLevel()).isEqualTo("info");
    }

    @Test
    void everyDirectusDatabaseVariableIsRead() {
        EnvironmentSettings settings = new EnvironmentSettings(Map.of("DB_CLIENT", "PG", "DB_HOST", "db.internal",
            "DB_PORT", "6543", "DB_DATABASE", "content", "DB_USER", "ordo", "DB_PASSWORD", "s3cret",
            "DB_SSL__REJECT_UNAUTHORIZED", "false", "DB_POOL__MAX", "4"));

        DatabaseConfig database = DatabaseConfig.from(settings);

        assertThat(database.client()).isEqualTo("pg");
        assertThat(database.connection().host()).hasValue("db.internal");
        assertThat(database.connection().port()).hasValue(6543);
        assertThat(database.connection().database()).hasValue("content");
        assertThat(database.connection().user()).hasValue("ordo");
        assertThat(database.connection().password()).hasValue("s3cret");
        assertThat(database.connection().filename()).isEmpty();
        assertThat(database.connection().options()).isEqualTo(Map.of("SSL__REJECT_UNAUTHORIZED", "false"));
        assertThat(database.poolSize()).isEqualTo(4);
        assertThat(database.connection().toString()).doesNotContain("s3cret");
    }

    @Test
    void theEnvironmentWinsOverTheEnvFile() throws Exception {
        Path env = Files.writeString(folder.resolve(".env"), """
            # comment
            PORT=9000
            export HOST=127.0.0.1
            PUBLIC_URL="http://example.com/api"
            SECRET='single quoted # not a comment'
            LOG_LEVEL=debug # trailing comment
            """);

        EnvironmentSettings settings = EnvironmentSettings.load(Map.of("CONFIG_PATH", env.toString(), "PORT", "9100"));

        assertThat(settings.get("PORT")).hasValue("9100");
        assertThat(settings.get("HOST")).hasValue("127.0.0.1");
        assertThat(settings.get("PUBLIC_URL")).hasValue("http://example.com/api");
        assertThat(settings.get("SECRET")).hasValue("single quoted # not a comment");
        assertThat(settings.get("LOG_LEVEL")).hasValue("debug");
    }

    @Test
    void aVariableCanBeReadFromAFile() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "from-a-file\n");

        EnvironmentSettings settings = new EnvironmentSettings(Map.of("DB_PASSWORD_FILE", secret.toString()));

        assertThat(settings.get("DB_PASSWORD")).hasValue("from-a-file");
    }

    @Test
    void typedValuesAreCheckedAndTheMessageNamesTheVariable() {
        EnvironmentSettings settings = new EnvironmentSettings(Map.of("PORT", "eighty", "ACCESS_TOKEN_TTL", "15m",
            "REFRESH_TOKEN_TTL", "7d", "FLAG", "yes", "LIST", " a, b ,,c ", "MAX_PAYLOAD_SIZE", "10mb", "BAD_TTL", "soon"));

        assertThatThrownBy(() -> settings.getInt("PORT", 8055))
            .isInstanceOf(InvalidSettingException.class).hasMessage("PORT must be a whole number.");
        assertThat(settings.getDuration("ACCESS_TOKEN_TTL", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.getDuration("REFRESH_TOKEN_TTL", Duration.ZERO)).isEqualTo(Duration.ofDays(7));
        assertThat(settings.getDuration("UNSET", Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> settings.getDuration("BAD_TTL", Duration.ZERO)).hasMessageStartingWith("BAD_TTL ");
        assertThat(settings.getBoolean("FLAG", false)).isTrue();
        assertThat(settings.getList("LIST")).isEqualTo(List.of("a", "b", "c"));
        assertThat(settings.getByteSize("MAX_PAYLOAD_SIZE", 0)).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ServerConfig.from(new EnvironmentSettings(Map.of("PORT", "70000"))))
            .hasMessage("PORT must be between 0 and 65535.");
    }
}

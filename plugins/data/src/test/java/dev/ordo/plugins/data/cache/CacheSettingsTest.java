package dev.ordo.plugins.data.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.plugins.data.testing.MapSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheSettingsTest {

    @Test
    void defaultsAreDirectuss() {
        assertThat(CacheSettings.from(new MapSettings(Map.of()))).isEqualTo(new CacheSettings(false,
            Duration.ofMinutes(5), false, Set.of("directus_activity", "directus_presets"), OptionalLong.of(0), false,
            Optional.empty(), OptionalLong.empty()));
    }

    @Test
    void everyVariableIsRead() {
        CacheSettings settings = CacheSettings.from(new MapSettings(Map.of("CACHE_ENABLED", "true", "CACHE_TTL",
            "1.5h", "CACHE_AUTO_PURGE", "true", "CACHE_AUTO_PURGE_IGNORE_LIST", "a, b", "CACHE_CONTROL_S_MAXAGE",
            "false", "CACHE_SKIP_ALLOWED", "true", "CACHE_STATUS_HEADER", "X-Cache", "CACHE_VALUE_MAX_SIZE", "1.5kb")));

        assertThat(settings).isEqualTo(new CacheSettings(true, Duration.ofMinutes(90), true, Set.of("a", "b"),
            OptionalLong.empty(), true, Optional.of("X-Cache"), OptionalLong.of(1536)));
    }

    @ParameterizedTest
    @CsvSource({"CACHE_VALUE_MAX_SIZE, lots", "CACHE_CONTROL_S_MAXAGE, soon", "CACHE_STATUS_HEADER, X Cache"})
    void aValueThatCannotBeUsedNamesItsVariable(String variable, String value) {
        assertThatThrownBy(() -> CacheSettings.from(new MapSettings(Map.of(variable, value))))
            .isInstanceOf(InvalidSettingException.class)
            .hasMessageStartingWith(variable);
    }
}

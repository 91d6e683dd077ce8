package dev.ordo.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Map<String, String> values = Map.ofEntries(Map.entry("TTL", "15m"), Map.entry("DAYS", "7d"),
        Map.entry("MILLIS", "500"), Map.entry("WEEKS", "2w"), Map.entry("SECONDS", "30s"), Map.entry("BAD", "fifteen minutes"), Map.entry("SPELT", "15 minutes"),
        Map.entry("DECIMAL", "1.5h"), Map.entry("YEAR", "1y"), Map.entry("NEGATIVE", "-5m"),
        Map.entry("ON", "on"), Map.entry("OFF", "0"), Map.entry("MAYBE", "maybe"), Map.entry("NUMBER", "42"),
        Map.entry("BLANK", " "));
    private final Settings settings = name -> Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());

    @Test
    void durationsReadAsDirectusReadsThemWithTheMsPackage() {
        assertThat(settings.getDuration("TTL", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.getDuration("DAYS", Duration.ZERO)).isEqualTo(Duration.ofDays(7));
        assertThat(settings.getDuration("MILLIS", Duration.ZERO)).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.getDuration("WEEKS", Duration.ZERO)).isEqualTo(Duration.ofDays(14));
        assertThat(settings.getDuration("SECONDS", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.getDuration("SPELT", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.getDuration("DECIMAL", Duration.ZERO)).isEqualTo(Duration.ofMinutes(90));
        assertThat(settings.getDuration("YEAR", Duration.ZERO)).isEqualTo(Duration.ofHours(365 * 24 + 6));
        assertThatThrownBy(() -> settings.getDuration("NEGATIVE", Duration.ZERO))
            .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> settings.getDuration("BAD", Duration.ZERO))
            .isInstanceOf(InvalidSettingException.class)
            .hasMessageStartingWith("BAD must be a duration");
    }

    @Test
    void booleansAcceptTheUsualSpellingsAndNameTheVariableOtherwise() {
        assertThat(settings.getBoolean("ON", false)).isTrue();
        assertThat(settings.getBoolean("OFF", true)).isFalse();
        assertThat(settings.getBoolean("UNSET", true)).isTrue();
        assertThatThrownBy(() -> settings.getBoolean("MAYBE", false))
            .isInstanceOf(InvalidSettingException.class)
            .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("MAYBE"));
    }

    @Test
    void sizesReadAsTheBytesPackageReadsThem() {
        Map<String, Long> sizes = Map.of("1024", 1024L, "100b", 100L, "2 MB", 2_097_152L, "0.5kb", 512L, "10mb",
            10_485_760L, "1.5GB", 1_610_612_736L);
        sizes.forEach((text, bytes) -> assertThat(((Settings) name -> Optional.of(text)).getByteSize("SIZE", 0))
            .as(text).isEqualTo(bytes));
        assertThat(settings.getByteSize("UNSET", 7L)).isEqualTo(7L);
        assertThatThrownBy(() -> settings.getByteSize("MAYBE", 0))
            .isInstanceOf(InvalidSettingException.class)
            .hasMessageStartingWith("MAYBE ");
    }

    @Test
    void blankValuesCountAsUnset() {
        assertThat(settings.get("BLANK", "fallback")).isEqualTo("fallback");
        assertThat(settings.getInt("NUMBER", 0)).isEqualTo(42);
        assertThat(settings.getLong("UNSET", 7L)).isEqualTo(7L);
    }
}

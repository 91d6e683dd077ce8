package dev.ordo.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.http.RateLimiters;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitConfigTest {

    @Test
    void limitersAreOffByDefault() {
        EnvironmentSettings none = new EnvironmentSettings(Map.of());

        assertThat(RateLimitConfig.perIp(none).enabled()).isFalse();
        assertThat(RateLimitConfig.global(none).enabled()).isFalse();
    }

    @Test
    void directusDefaultsOnceEnabled() {
        EnvironmentSettings settings = new EnvironmentSettings(Map.of("RATE_LIMITER_ENABLED", "true",
            "RATE_LIMITER_GLOBAL_ENABLED", "true"));

        assertThat(RateLimitConfig.perIp(settings)).isEqualTo(new RateLimitConfig(true, 50, Duration.ofSeconds(1)));
        assertThat(RateLimitConfig.global(settings)).isEqualTo(new RateLimitConfig(true, 1000, Duration.ofSeconds(1)));
    }

    @Test
    void aBareDurationIsInSecondsAsInDirectusAndUnitsAreAccepted() {
        assertThat(RateLimitConfig.perIp(enabledWith("RATE_LIMITER_DURATION", "60")).duration())
            .isEqualTo(Duration.ofSeconds(60));
        assertThat(RateLimitConfig.perIp(enabledWith("RATE_LIMITER_DURATION", "500ms")).duration())
            .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refusesWhatItCannotUse() {
        assertThatThrownBy(() -> RateLimitConfig.perIp(enabledWith("RATE_LIMITER_POINTS", "0")))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RATE_LIMITER_POINTS");
        assertThatThrownBy(() -> RateLimitConfig.perIp(enabledWith("RATE_LIMITER_DURATION", "0")))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RATE_LIMITER_DURATION");
        assertThatThrownBy(() -> RateLimitConfig.perIp(enabledWith("RATE_LIMITER_STORE", "redis")))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RATE_LIMITER_STORE");
    }

    @Test
    void aModulesLimiterTakesItsDefaultsUntilTheOperatorSetsOtherwise() {
        RateLimiters.Defaults onByDefault = new RateLimiters.Defaults(true, 5, Duration.ofSeconds(60));

        assertThat(RateLimitConfig.from(new EnvironmentSettings(Map.of()), "RATE_LIMITER_REGISTRATION", onByDefault))
            .isEqualTo(new RateLimitConfig(true, 5, Duration.ofSeconds(60)));
        assertThat(RateLimitConfig.from(new EnvironmentSettings(Map.of("RATE_LIMITER_REGISTRATION_ENABLED", "false")),
            "RATE_LIMITER_REGISTRATION", onByDefault).enabled()).isFalse();
        assertThat(RateLimitConfig.from(new EnvironmentSettings(Map.of("RATE_LIMITER_REGISTRATION_POINTS", "2",
            "RATE_LIMITER_REGISTRATION_DURATION", "10")), "RATE_LIMITER_REGISTRATION", onByDefault))
            .isEqualTo(new RateLimitConfig(true, 2, Duration.ofSeconds(10)));
    }

    private static EnvironmentSettings enabledWith(String name, String value) {
        return new EnvironmentSettings(Map.of("RATE_LIMITER_ENABLED", "true", name, value));
    }
}

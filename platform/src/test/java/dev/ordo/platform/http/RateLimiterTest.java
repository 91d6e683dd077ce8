package dev.ordo.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.RequestsExceededException;
import dev.ordo.platform.config.RateLimitConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(new RateLimitConfig(true, 3, Duration.ofSeconds(10)), clock);

    @Test
    void refusesTheRequestAfterThePointsOfAWindowAreSpent() {
        limiter.consume("a");
        limiter.consume("a");
        clock.advance(Duration.ofSeconds(4));
        limiter.consume("a");

        RequestsExceededException refused = catchThrowableOfType(RequestsExceededException.class,
            () -> limiter.consume("a"));

        assertThat(refused.code()).isEqualTo(ErrorCode.REQUESTS_EXCEEDED);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);
        assertThat(refused.extensions()).containsEntry("limit", 3)
            .containsEntry("reset", "2026-01-01T00:00:10Z");
    }

    @Test
    void aNewWindowStartsWhenTheOldOneEnds() {
        for (int i = 0; i < 3; i++) {
            limiter.consume("a");
        }
        assertThatThrownBy(() -> limiter.consume("a")).isInstanceOf(RequestsExceededException.class);

        clock.advance(Duration.ofSeconds(10));

        limiter.consume("a");
        limiter.consume("a");
        limiter.consume("a");
        assertThatThrownBy(() -> limiter.consume("a")).isInstanceOf(RequestsExceededException.class);
    }

    @Test
    void eachKeyHasItsOwnWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.consume("a");
        }

        limiter.consume("b");

        assertThatThrownBy(() -> limiter.consume("a")).isInstanceOf(RequestsExceededException.class);
    }

    @Test
    void aDisabledLimiterNeverRefuses() {
        RateLimiter disabled = new RateLimiter(RateLimitConfig.DISABLED, clock);

        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                disabled.consume("a");
            }
        }).doesNotThrowAnyException();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

package dev.ordo.plugins.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidTokenException;
import dev.ordo.api.error.TokenExpiredException;
import dev.ordo.plugins.auth.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordResetTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final DirectusJwt jwt = new DirectusJwt("secret".getBytes(StandardCharsets.UTF_8), clock);
    private final PasswordResetTokens tokens = new PasswordResetTokens(jwt);

    @Test
    void aTokenNamesItsEmailAndThePasswordItWasIssuedFor() {
        PasswordResetTokens.Claims claims = tokens.verify(tokens.issue("ann@example.com", "$argon2id$old"));

        assertThat(claims.email()).isEqualTo("ann@example.com");
        assertThat(PasswordResetTokens.matchesPassword(claims, "$argon2id$old")).isTrue();
        assertThat(PasswordResetTokens.matchesPassword(claims, "$argon2id$new")).isFalse();
    }

    @Test
    void aTokenLastsOneDay() {
        String token = tokens.issue("ann@example.com", "h");

        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(TokenExpiredException.class);
    }

    @Test
    void otherTokensAreNotResetTokens() {
        String access = new AccessTokens("secret".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(15), clock)
            .issue(new AccessTokenClaims("id", Optional.empty(), false, false, false, Optional.empty()));
        String foreign = new PasswordResetTokens(new DirectusJwt("other".getBytes(StandardCharsets.UTF_8), clock))
            .issue("ann@example.com", "h");

        assertThatThrownBy(() -> tokens.verify(access)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.verify(foreign)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> tokens.verify("static-token")).isInstanceOf(InvalidTokenException.class);
    }
}

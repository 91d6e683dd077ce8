package dev.ordo.plugins.auth.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidTokenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens of password reset links, as Directus makes them: a {@link DirectusJwt} with the email, scope
 * {@code password-reset} and a digest of the current password hash, valid for one day. Because of the digest a token
 * stops working as soon as the password changes, so each link resets the password once.
 */
public final class PasswordResetTokens {

    public static final Duration LIFETIME = Duration.ofDays(1);
    private static final String SCOPE = "password-reset";

    private final DirectusJwt jwt;

    public PasswordResetTokens(DirectusJwt jwt) {
        this.jwt = jwt;
    }

    /** @param passwordHash the user's stored hash, or empty text when the user has no password yet */
    public String issue(String email, String passwordHash) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("scope", SCOPE);
        claims.put("hash", Sha256.hex(passwordHash));
        return jwt.sign(claims, LIFETIME);
    }

    /**
     * The email of a valid reset token.
     *
     * @throws InvalidTokenException          not a Directus token, or a forged one
     * @throws dev.ordo.api.error.TokenExpiredException past its day
     * @throws ForbiddenException             a Directus token of another kind
     */
    public Claims verify(String token) {
        JsonNode claims = jwt.verify(token).orElseThrow(InvalidTokenException::new);
        if (!DirectusJwt.isText(claims.get("scope"), SCOPE) || !claims.path("email").isTextual()
            || !claims.path("hash").isTextual()) {
            throw new ForbiddenException();
        }
        return new Claims(claims.get("email").asText(), claims.get("hash").asText());
    }

    /** Whether {@code claims} were issued while {@code passwordHash} was the user's password. */
    public static boolean matchesPassword(Claims claims, String passwordHash) {
        return MessageDigest.isEqual(claims.passwordDigest().getBytes(StandardCharsets.US_ASCII),
            Sha256.hex(passwordHash).getBytes(StandardCharsets.US_ASCII));
    }

    /** What a reset token says. */
    public record Claims(String email, String passwordDigest) {
    }
}

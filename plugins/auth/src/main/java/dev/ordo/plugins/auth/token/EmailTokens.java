package dev.ordo.plugins.auth.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidTokenException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens mailed to prove that someone reads an address, as Directus makes them: a {@link DirectusJwt} with the email
 * and a scope, {@code invite} for invitations and {@code pending-registration} for a registration to verify.
 */
public final class EmailTokens {

    public static final String INVITE = "invite";
    public static final String PENDING_REGISTRATION = "pending-registration";

    private final DirectusJwt jwt;

    public EmailTokens(DirectusJwt jwt) {
        this.jwt = jwt;
    }

    public String issue(String email, String scope, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("scope", scope);
        return jwt.sign(claims, lifetime);
    }

    /**
     * The email of a valid token of {@code scope}.
     *
     * @throws InvalidTokenException                       not a Directus token, or a forged one
     * @throws dev.ordo.api.error.TokenExpiredException    past its lifetime
     * @throws ForbiddenException                          a Directus token of another kind
     */
    public String verify(String token, String scope) {
        JsonNode claims = jwt.verify(token).orElseThrow(InvalidTokenException::new);
        if (!DirectusJwt.isText(claims.get("scope"), scope) || !claims.path("email").isTextual()) {
            throw new ForbiddenException();
        }
        return claims.get("email").asText();
    }
}

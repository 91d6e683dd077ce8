package dev.ordo.plugins.auth.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordo.api.error.InvalidTokenException;
import dev.ordo.api.error.TokenExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Directus access tokens ({@link DirectusJwt}s): the user's id, role and access flags, and in session mode the session
 * they belong to.
 */
public final class AccessTokens {

    public static final String ISSUER = DirectusJwt.ISSUER;

    private final DirectusJwt jwt;
    private final Duration ttl;

    public AccessTokens(byte[] secret, Duration ttl, Clock clock) {
        this(new DirectusJwt(secret, clock), ttl);
    }

    /** Tokens signed by {@code jwt}, the signer the module's other tokens share. */
    public AccessTokens(DirectusJwt jwt, Duration ttl) {
        this.jwt = Objects.requireNonNull(jwt, "jwt");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    /** How long a new access token is valid. */
    public Duration ttl() {
        return ttl;
    }

    public String issue(AccessTokenClaims claims) {
        return issue(claims, ttl);
    }

    /** A token valid for {@code lifetime} rather than the default (session-mode tokens live as long as the cookie). */
    public String issue(AccessTokenClaims claims, Duration lifetime) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", claims.userId());
        payload.put("role", claims.role().orElse(null));
        payload.put("app_access", claims.appAccess() || claims.adminAccess());
        payload.put("admin_access", claims.adminAccess());
        if (claims.enforceTfa()) {
            payload.put("enforce_tfa", true);
        }
        claims.session().ifPresent(session -> payload.put("session", session));
        return jwt.sign(payload, lifetime);
    }

    /**
     * @return empty when {@code token} is not a Directus JWT (not a JWT, or another issuer): the caller then treats
     *         it as a static token
     * @throws InvalidTokenException  a Directus JWT with another algorithm, a wrong signature or malformed claims
     * @throws TokenExpiredException  a genuine Directus JWT past its {@code exp}
     */
    public Optional<VerifiedAccessToken> verify(String token) {
        return jwt.verify(token).map(AccessTokens::checkClaims);
    }

    private static VerifiedAccessToken checkClaims(JsonNode claims) {
        JsonNode id = claims.get("id");
        if (id == null || !id.isTextual() || !claims.has("role") || !claims.has("app_access") || !claims.has("admin_access")) {
            throw new InvalidTokenException();
        }
        JsonNode session = claims.get("session");
        if (session != null && !session.isNull() && !session.isTextual()) {
            throw new InvalidTokenException();
        }
        return new VerifiedAccessToken(id.asText(),
            session == null || session.isNull() ? Optional.empty() : Optional.of(session.asText()));
    }
}

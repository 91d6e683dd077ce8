package dev.ordo.plugins.auth.token;

import java.util.Objects;
import java.util.Optional;

/**
 * What Ordo puts into an access token, as Directus does. The flags are informational: every request recomputes
 * them from the database.
 *
 * @param enforceTfa the user has no TOTP secret yet although a policy requires one (sent only when true)
 * @param session    the session a session-mode token is bound to
 */
public record AccessTokenClaims(String userId, Optional<String> role, boolean appAccess, boolean adminAccess,
                                boolean enforceTfa, Optional<String> session) {

    public AccessTokenClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(session, "session");
    }
}

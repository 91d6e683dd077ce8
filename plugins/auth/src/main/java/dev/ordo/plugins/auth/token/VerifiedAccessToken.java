package dev.ordo.plugins.auth.token;

import java.util.Objects;
import java.util.Optional;

/**
 * A Directus access token whose signature and lifetime check out. Only the user id and the session are used from
 * it: role and flags are read from the database again.
 */
public record VerifiedAccessToken(String userId, Optional<String> session) {

    public VerifiedAccessToken {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(session, "session");
    }
}

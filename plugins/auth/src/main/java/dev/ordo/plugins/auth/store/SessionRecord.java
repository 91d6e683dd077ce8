package dev.ordo.plugins.auth.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code directus_sessions}: a refresh token and whom it belongs to.
 *
 * @param user    empty for share sessions, which this plugin does not serve yet
 * @param expires   empty when the stored value could not be read, which counts as expired
 * @param nextToken in session mode, the session that replaced this one at a refresh (this one then lives on for a
 *                  short grace period, so that concurrent refreshes get the same successor)
 */
public record SessionRecord(String token, Optional<String> user, Optional<Instant> expires, Optional<String> nextToken) {

    public SessionRecord {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(nextToken, "nextToken");
    }

    /** As in Directus, a session is valid up to and including its expiry instant. */
    public boolean isExpiredAt(Instant now) {
        return expires.map(expiry -> expiry.isBefore(now)).orElse(true);
    }

    @Override
    public String toString() {
        // The token is a credential.
        return "SessionRecord[user=" + user.orElse(null) + ", expires=" + expires.orElse(null) + "]";
    }
}

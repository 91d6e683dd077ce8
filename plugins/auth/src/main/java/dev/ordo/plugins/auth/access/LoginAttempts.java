package dev.ordo.plugins.auth.access;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Directus's brute-force guard (PLATFORM.md §1.3): every login attempt of a known, active user counts; a successful
 * one starts the count again; the attempt after {@code auth_login_attempts} of them gets the user suspended. Counts
 * live in memory, one per user that has attempts, so each instance counts its own.
 */
public final class LoginAttempts {

    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    /**
     * Counts an attempt of {@code userId}.
     *
     * @param allowed {@code auth_login_attempts}; empty for no limit
     * @return false when the user has no attempt left (and must be suspended)
     */
    public boolean consume(String userId, OptionalInt allowed) {
        if (allowed.isEmpty()) {
            return true;
        }
        int made = attempts.merge(userId, 1, Integer::sum);
        return made <= allowed.getAsInt();
    }

    /** After a successful login, or once the user is suspended. */
    public void reset(String userId) {
        attempts.remove(userId);
    }
}

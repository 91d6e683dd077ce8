package dev.ordo.plugins.auth.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ordo.api.Registration;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.event.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Callers resolved in the last few seconds ({@code ACCOUNTABILITY_CACHE_TTL}), so that a request need not read the
 * user, the role chain and the policies again. Every change Ordo makes to users, roles, access rows, policies or
 * sessions purges it once committed; a change made beside Ordo (in the database directly, or by another instance)
 * applies within the time to live. A zero time to live turns the cache off.
 *
 * <p>Each entry remembers the generation it was read under and a purge starts a new one, so a reading that began
 * before a purge is never served after it.
 */
public final class CallerCache {

    /** Changes to these collections may change who a caller is or what they may do. */
    static final List<String> CALLER_COLLECTIONS = List.of("users", "roles", "access", "policies", "sessions");
    private static final int MAXIMUM_CALLERS = 100_000;

    private final Cache<CallerKey, Entry> entries;
    private final AtomicLong generation = new AtomicLong();

    public CallerCache(Duration timeToLive) {
        this.entries = timeToLive.isZero() || timeToLive.isNegative() ? null
            : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(MAXIMUM_CALLERS).build();
    }

    /** The generation to pass to {@link #put} for what is read from now on. */
    long generation() {
        return generation.get();
    }

    Optional<Entry> find(CallerKey key) {
        if (entries == null) {
            return Optional.empty();
        }
        Entry entry = entries.getIfPresent(key);
        return entry != null && entry.generation() == generation.get() ? Optional.of(entry) : Optional.empty();
    }

    /**
     * @param sessionExpiry when the session a session-mode token is bound to expires; the entry is not served after it
     */
    void put(CallerKey key, Accountability caller, Optional<Instant> sessionExpiry, long readUnder) {
        if (entries != null && readUnder == generation.get()) {
            entries.put(key, new Entry(caller, sessionExpiry, readUnder));
        }
    }

    /** Forgets every caller. Call it after the change that makes them stale has committed. */
    public void purge() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    /** Purges whenever the items service writes to a collection callers are read from. */
    public List<Registration> purgeOnChanges(Events events) {
        return events.afterWritesTo(CALLER_COLLECTIONS, this::purge);
    }

    /**
     * Whose credentials, from where: the client's address is part of the key because policies may be limited to
     * some addresses ({@code ip_access}).
     *
     * @param subject the user and session of a JWT, a digest of a static token, or nothing for the public
     */
    record CallerKey(Kind kind, String subject, Optional<String> ip) {

        enum Kind { PUBLIC, ACCESS_TOKEN, STATIC_TOKEN }
    }

    /** A resolved caller; its client is replaced by the current request's. */
    record Entry(Accountability caller, Optional<Instant> sessionExpiry, long generation) {

        boolean isUsableAt(Instant now) {
            return sessionExpiry.map(expiry -> !expiry.isBefore(now)).orElse(true);
        }
    }
}

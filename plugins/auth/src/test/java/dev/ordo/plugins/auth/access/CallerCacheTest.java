package dev.ordo.plugins.auth.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.plugins.auth.access.CallerCache.CallerKey;
import dev.ordo.plugins.auth.access.CallerCache.CallerKey.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerCacheTest {

    private static final CallerKey KEY = new CallerKey(Kind.STATIC_TOKEN, "digest", Optional.of("10.0.0.1"));
    private static final Accountability CALLER = Accountability.user("u1", Optional.of("r1"), List.of("r1"),
        List.of("p1"), false, true, ClientInfo.UNKNOWN);

    private final CallerCache cache = new CallerCache(Duration.ofMinutes(1));

    @Test
    void aCallerIsServedUntilThePurge() {
        cache.put(KEY, CALLER, Optional.empty(), cache.generation());

        assertThat(cache.find(KEY)).map(CallerCache.Entry::caller).contains(CALLER);
        assertThat(cache.find(new CallerKey(Kind.STATIC_TOKEN, "digest", Optional.of("10.0.0.2")))).isEmpty();

        cache.purge();

        assertThat(cache.find(KEY)).isEmpty();
    }

    @Test
    void aCallerReadBeforeAPurgeIsNeverServedAfterIt() {
        long readUnder = cache.generation();
        cache.purge();

        cache.put(KEY, CALLER, Optional.empty(), readUnder);

        assertThat(cache.find(KEY)).isEmpty();
    }

    @Test
    void anEntryIsNotUsableOnceItsSessionHasExpired() {
        Instant expiry = Instant.parse("2026-11-27T10:00:00Z");
        cache.put(KEY, CALLER, Optional.of(expiry), cache.generation());

        CallerCache.Entry entry = cache.find(KEY).orElseThrow();

        assertThat(entry.isUsableAt(expiry)).isTrue();
        assertThat(entry.isUsableAt(expiry.plusMillis(1))).isFalse();
    }

    @Test
    void aZeroTimeToLiveKeepsNothing() {
        CallerCache off = new CallerCache(Duration.ZERO);

        off.put(KEY, CALLER, Optional.empty(), off.generation());

        assertThat(off.find(KEY)).isEmpty();
    }
}

package dev.ordo.plugins.data.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.plugins.data.access.AdminOnlyAccessRules;
import dev.ordo.plugins.data.testing.Callers;
import dev.ordo.plugins.data.testing.MapSettings;
import dev.ordo.plugins.data.testing.TestRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private final ResponseCache cache = new ResponseCache(
        CacheSettings.from(new MapSettings(Map.of("CACHE_ENABLED", "true"))), new AdminOnlyAccessRules(),
        Clock.systemUTC());
    private final TestRequest request = new TestRequest(HttpMethod.GET, "/items/articles", Map.of(), Callers.ADMIN);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void anAnswerComputedWhileTheCacheWasEmptiedIsNotKept() {
        cache.read(request, Optional.empty(), () -> {
            cache.clear();
            return answer();
        });

        cache.read(request, Optional.empty(), this::answer);

        assertThat(computed).hasValue(2);
    }

    @Test
    void anAnswerIsKeptPerCaller() {
        cache.read(request, Optional.empty(), this::answer);
        cache.read(request, Optional.empty(), this::answer);
        cache.read(new TestRequest(HttpMethod.GET, "/items/articles", Map.of(), Callers.EDITOR),
            Optional.empty(), this::answer);

        assertThat(computed).hasValue(2);
    }

    private Response answer() {
        return Response.data(Map.of("answer", computed.incrementAndGet()));
    }
}

package dev.ordo.plugins.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.schema.SchemaOverview;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CachedSchemaServiceTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Builds distinct, empty overviews and counts the builds. */
    private static final class CountingBuilder implements Supplier<SchemaOverview> {
        final AtomicInteger builds = new AtomicInteger();

        @Override
        public SchemaOverview get() {
            builds.incrementAndGet();
            return new SchemaOverview(Map.of(), List.of());
        }
    }

    @Test
    void nothingIsBuiltBeforeTheFirstUse() {
        CountingBuilder builder = new CountingBuilder();
        CachedSchemaService service = new CachedSchemaService(builder);

        service.invalidate();

        assertThat(builder.builds).hasValue(0);
    }

    @Test
    void theOverviewIsBuiltOnceAndThenServedFromTheCache() {
        CountingBuilder builder = new CountingBuilder();
        CachedSchemaService service = new CachedSchemaService(builder);

        SchemaOverview first = service.overview();
        SchemaOverview second = service.overview();

        assertThat(second).isSameAs(first);
        assertThat(builder.builds).hasValue(1);
    }

    @Test
    void invalidateMakesTheNextCallRebuild() {
        CountingBuilder builder = new CountingBuilder();
        CachedSchemaService service = new CachedSchemaService(builder);
        SchemaOverview before = service.overview();

        service.invalidate();
        service.invalidate();
        SchemaOverview after = service.overview();

        assertThat(after).isNotSameAs(before);
        assertThat(service.overview()).isSameAs(after);
        assertThat(builder.builds).hasValue(2);
    }

    @Test
    @Timeout(10)
    void concurrentCallersAfterAnInvalidationShareOneRebuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch holdRebuild = new CountDownLatch(1);
        CachedSchemaService service = new CachedSchemaService(() -> {
            if (builds.incrementAndGet() > 1) {
                await(holdRebuild);
            }
            return new SchemaOverview(Map.of(), List.of());
        });
        SchemaOverview before = service.overview();
        service.invalidate();

        CountDownLatch started = new CountDownLatch(8);
        List<Future<SchemaOverview>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(threads.submit(() -> {
                started.countDown();
                return service.overview();
            }));
        }
        started.await();
        Thread.sleep(100); // let every caller reach the service while the rebuild is held
        holdRebuild.countDown();

        SchemaOverview rebuilt = results.get(0).get(5, TimeUnit.SECONDS);
        for (Future<SchemaOverview> result : results) {
            assertThat(result.get(5, TimeUnit.SECONDS)).isSameAs(rebuilt);
        }
        assertThat(rebuilt).isNotSameAs(before);
        assertThat(builds).hasValue(2);
    }

    @Test
    @Timeout(10)
    void anOverviewBuiltAcrossAnInvalidationIsReturnedButNotKept() throws Exception {
        CountDownLatch buildStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        CachedSchemaService service = new CachedSchemaService(() -> {
            if (builds.incrementAndGet() == 1) {
                buildStarted.countDown();
                await(release);
            }
            return new SchemaOverview(Map.of(), List.of());
        });

        Future<SchemaOverview> during = threads.submit(service::overview);
        buildStarted.await();
        service.invalidate(); // the schema changed while it was being read
        release.countDown();
        SchemaOverview stale = during.get(5, TimeUnit.SECONDS);

        SchemaOverview fresh = service.overview();

        assertThat(fresh).isNotSameAs(stale);
        assertThat(builds).hasValue(2);
        assertThat(service.overview()).isSameAs(fresh);
    }

    @Test
    void aFailedBuildIsNotCachedAndTheNextCallTriesAgain() {
        AtomicInteger builds = new AtomicInteger();
        CachedSchemaService service = new CachedSchemaService(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new SchemaReadException("database is down", null);
            }
            return new SchemaOverview(Map.of(), List.of());
        });

        assertThatThrownBy(service::overview).isInstanceOf(SchemaReadException.class).hasMessage("database is down");
        assertThat(service.overview().collections()).isEmpty();
        assertThat(builds).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

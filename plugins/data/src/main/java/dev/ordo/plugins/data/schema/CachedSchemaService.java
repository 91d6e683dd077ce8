package dev.ordo.plugins.data.schema;

import dev.ordo.api.schema.SchemaOverview;
import dev.ordo.api.schema.SchemaService;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SchemaService}: builds the overview on first use and keeps it until {@link #invalidate()}.
 *
 * <p>Builds run one at a time, so callers arriving while the overview is missing wait for a single rebuild
 * instead of each reading the database. Every invalidation starts a new generation; an overview whose build
 * began before the latest invalidation is handed to the caller that built it but not kept, so a schema change
 * made during a build is never hidden by the cache.
 */
public final class CachedSchemaService implements SchemaService {

    private static final Logger LOG = LoggerFactory.getLogger(CachedSchemaService.class);

    private record Cached(long generation, SchemaOverview overview) {
    }

    private final Supplier<SchemaOverview> builder;
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock buildLock = new ReentrantLock();
    private volatile Cached cached;

    public CachedSchemaService(Supplier<SchemaOverview> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    @Override
    public SchemaOverview overview() {
        Cached current = cached;
        if (current != null && current.generation() == generation.get()) {
            return current.overview();
        }
        buildLock.lock();
        try {
            long buildGeneration = generation.get();
            current = cached;
            if (current != null && current.generation() == buildGeneration) {
                return current.overview();
            }
            long started = System.nanoTime();
            SchemaOverview overview = builder.get();
            cached = new Cached(buildGeneration, overview);
            LOG.debug("Built the schema overview ({} collections, {} relations) in {} ms",
                overview.collections().size(), overview.relations().size(), (System.nanoTime() - started) / 1_000_000);
            return overview;
        } finally {
            buildLock.unlock();
        }
    }

    @Override
    public void invalidate() {
        generation.incrementAndGet();
    }
}

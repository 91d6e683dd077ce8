package dev.ordo.platform.bench;

import dev.ordo.platform.OrdoHost;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The items API over HTTP against the seeded blog (100 authors, 50 tags, 10,000 articles), one client thread on one
 * kept-alive connection ({@link KeepAliveClient}): latency percentiles ({@code SampleTime}) and requests per second
 * ({@code Throughput}). {@link DirectJdbcBenchmark} runs the same work as plain SQL for comparison.
 */
// A longer warm-up than the in-process benchmarks: the HTTP path runs many more methods, and on two cores the JIT was
// still compiling them through the measurement after 10 s (a fifth of a CPU, seen with -prof async).
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ItemsBenchmark {


    @Param({"SQLITE", "POSTGRES", "MYSQL"})
    public String vendor;

    private TestDatabase database;
    private OrdoHost host;
    private KeepAliveClient client;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = TestVendor.valueOf(vendor).createDatabase();
        host = BlogSeed.startOrdo(database);
        client = new KeepAliveClient(host.port());
    }

    /** The HTTP round trip alone (a route that does no work), to set the reads against. */
    @Benchmark
    public String ping() throws Exception {
        return get("/server/ping");
    }

    @Benchmark
    public String firstPage() throws Exception {
        return get("/items/articles?limit=25");
    }

    @Benchmark
    public String filteredSortedWithAuthor() throws Exception {
        return get("/items/articles?fields=*,author.name&filter[views][_gt]=500&sort=-published_on");
    }

    @Benchmark
    public String countByStatus() throws Exception {
        return get("/items/articles?aggregate[count]=*&groupBy[]=status");
    }

    @Benchmark
    public String allArticlesWithTagIds() throws Exception {
        return get("/items/articles?fields=*,tags.tags_id&limit=-1");
    }

    /**
     * A filter through the many-to-many that no article matches, so every article is looked at: with {@code _some}
     * (one {@code EXISTS} per article) and in the implicit form, which also matches articles without tags when the
     * condition holds on nulls (an {@code EXISTS} or a {@code NOT EXISTS}). The difference is the implicit form's cost.
     */
    @Benchmark
    public String tagFilterSome() throws Exception {
        return get("/items/articles?fields=id&filter[tags][_some][tags_id][name][_null]=true");
    }

    @Benchmark
    public String tagFilterImplicit() throws Exception {
        return get("/items/articles?fields=id&filter[tags][tags_id][name][_null]=true");
    }

    @Benchmark
    public String createOne() throws Exception {
        return client.post("/items/articles?fields=id", BlogSeed.ADMIN_TOKEN,
            "{\"title\":\"New\",\"status\":\"draft\",\"views\":0,\"author\":1}");
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        host.close();
        database.close();
    }

    private String get(String path) throws IOException {
        return client.get(path, BlogSeed.ADMIN_TOKEN);
    }
}

package dev.ordo.platform.bench;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.platform.OrdoHost;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reads of {@link ItemsBenchmark} through the items service in the same process, as a module calls it: the data
 * path alone (planning, SQL, value conversion, relations), without HTTP and JSON. Set beside
 * {@link DirectJdbcBenchmark}, it shows what the data path costs over hand-written SQL; set beside
 * {@link ItemsBenchmark}, what the HTTP round trip adds.
 */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ItemsServiceBenchmark {

    private static final Query FIRST_PAGE = Query.EMPTY.withLimit(Optional.of(25));
    private static final Query FILTERED_SORTED = Query.fields(List.of("*", "author.name"))
        .withFilter(Optional.of(new Filter.Condition("views", "_gt", "500"))).withSort(List.of("-published_on"));
    private static final Query COUNT_BY_STATUS = new Query(List.of(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of("count", List.of("*")),
        List.of("status"), Map.of(), Map.of(), true, Optional.empty(), Optional.empty());
    private static final Query ALL_WITH_TAG_IDS = Query.fields(List.of("*", "tags.tags_id"))
        .withLimit(Optional.of(-1));

    @Param({"SQLITE", "POSTGRES", "MYSQL"})
    public String vendor;

    private TestDatabase database;
    private OrdoHost host;
    private ItemsService items;
    private final Accountability admin = Accountability.system();

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = TestVendor.valueOf(vendor).createDatabase();
        host = OrdoHost.start(BlogSeed.install(database, Map.of()));
        items = host.services().find(ItemsService.class).orElseThrow();
    }

    @Benchmark
    public ReadResult firstPage() {
        return items.read("articles", FIRST_PAGE, admin);
    }

    @Benchmark
    public ReadResult filteredSortedWithAuthor() {
        return items.read("articles", FILTERED_SORTED, admin);
    }

    @Benchmark
    public ReadResult countByStatus() {
        return items.read("articles", COUNT_BY_STATUS, admin);
    }

    @Benchmark
    public ReadResult allArticlesWithTagIds() {
        return items.read("articles", ALL_WITH_TAG_IDS, admin);
    }

    @TearDown(Level.Trial)
    public void stop() {
        host.close();
        database.close();
    }
}

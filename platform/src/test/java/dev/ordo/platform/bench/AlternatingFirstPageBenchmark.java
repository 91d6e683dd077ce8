package dev.ordo.platform.bench;

import dev.ordo.platform.OrdoHost;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * {@code GET /items/articles?limit=25} over HTTP and the same work as direct JDBC ({@link BlogSql#firstPage}),
 * alternated request by request on one thread, so that both meet the same state of a shared machine: run apart, as
 * {@link ItemsBenchmark} and {@link DirectJdbcBenchmark} are, their ratio moves with whatever else the machine does.
 * Each iteration is 2,000 pairs; at the end the benchmark prints the medians of each measured iteration and the
 * median of their ratios (JMH's own score is only the iteration's whole time).
 */
@Warmup(iterations = 15)
@Measurement(iterations = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlternatingFirstPageBenchmark {

    private static final int PAIRS = 2000;

    @Param({"SQLITE", "POSTGRES", "MYSQL"})
    public String vendor;

    private TestDatabase database;
    private OrdoHost host;
    private KeepAliveClient client;
    private Connection connection;
    private BlogSql sql;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = TestVendor.valueOf(vendor).createDatabase();
        host = BlogSeed.startOrdo(database);
        client = new KeepAliveClient(host.port());
        connection = database.connect();
        sql = new BlogSql(connection);
    }

    /** The medians of one measured iteration's JDBC and HTTP times, in µs. */
    private record Medians(double jdbcMicros, double httpMicros) {
        double ratio() {
            return httpMicros / jdbcMicros;
        }
    }

    private final List<Medians> medians = new ArrayList<>();
    private boolean measuring;

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public void pairs() throws Exception {
        long[] jdbc = new long[PAIRS];
        long[] http = new long[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            long start = System.nanoTime();
            sql.firstPage();
            long between = System.nanoTime();
            client.get("/items/articles?limit=25", BlogSeed.ADMIN_TOKEN);
            long end = System.nanoTime();
            jdbc[i] = between - start;
            http[i] = end - between;
        }
        if (measuring) {
            medians.add(new Medians(median(jdbc) / 1000.0, median(http) / 1000.0));
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private void printMedians() {
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < medians.size(); i++) {
            Medians iteration = medians.get(i);
            each.append(String.format(Locale.ROOT, "%n  iteration %d: JDBC %.1f µs, HTTP %.1f µs, %.2fx", i + 1,
                iteration.jdbcMicros(), iteration.httpMicros(), iteration.ratio()));
        }
        double[] ratios = medians.stream().mapToDouble(Medians::ratio).sorted().toArray();
        System.out.printf(Locale.ROOT, "%n%s limit=25 alternated with direct JDBC, %d pairs per iteration:%s%n"
            + "  HTTP/JDBC median of the iterations: %.2fx%n", vendor, PAIRS, each, ratios[ratios.length / 2]);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        printMedians();
        client.close();
        connection.close();
        host.close();
        database.close();
    }
}

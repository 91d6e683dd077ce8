package dev.ordo.platform.bench;

import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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

/** The work of {@link ItemsBenchmark} as hand-written SQL over one JDBC connection ({@link BlogSql}): the floor. */
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DirectJdbcBenchmark {

    @Param({"SQLITE", "POSTGRES", "MYSQL"})
    public String vendor;

    private TestDatabase database;
    private Connection connection;
    private BlogSql sql;

    @Setup(Level.Trial)
    public void seed() throws Exception {
        database = TestVendor.valueOf(vendor).createDatabase();
        BlogSeed.install(database, Map.of());
        connection = database.connect();
        sql = new BlogSql(connection);
    }

    @Benchmark
    public int firstPage() throws SQLException {
        return sql.firstPage();
    }

    @Benchmark
    public int filteredSortedWithAuthor() throws SQLException {
        return sql.filteredSortedWithAuthor();
    }

    @Benchmark
    public List<Map<String, Object>> countByStatus() throws SQLException {
        return sql.countByStatus();
    }

    @Benchmark
    public int allArticlesWithTagIds() throws SQLException {
        return sql.allArticlesWithTagIds();
    }

    @Benchmark
    public int createOne() throws SQLException {
        return sql.createOne();
    }

    @TearDown(Level.Trial)
    public void stop() throws SQLException {
        connection.close();
        database.close();
    }
}

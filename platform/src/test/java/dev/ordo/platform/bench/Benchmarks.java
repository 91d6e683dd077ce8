package dev.ordo.platform.bench;

import dev.ordo.platform.testing.TestVendor;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs Ordo's platform benchmarks and prints their figures: introspection of a generated schema on every
 * configured database, and cold start on SQLite. Run it with {@code mvn -pl platform -Pbenchmark verify}
 * (see the README); PostgreSQL and MariaDB join when ORDO_TEST_PG_HOST / ORDO_TEST_MYSQL_HOST are set. The first
 * argument (Maven: {@code -Dbenchmark=ColdStart}) selects benchmarks by a regular expression on their names.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String[] vendors = TestVendor.available().map(Enum::name).toArray(String[]::new);
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : "Benchmark";
        Options options = new OptionsBuilder()
            .include(include)
            .param("vendor", vendors)
            .forks(1)
            .shouldFailOnError(true)
            .build();
        new Runner(options).run();
    }
}

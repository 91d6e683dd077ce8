package dev.ordo.platform.bench;

import dev.ordo.platform.testing.TestVendor;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs Ordo's platform benchmarks and prints their figures: introspection of a generated schema on every
 * configured database, and cold start on SQLite. Run it with {@code mvn -pl platform -Pbenchmark verify}
 * (see the README); PostgreSQL and MariaDB join when ORDO_TEST_PG_HOST / ORDO_TEST_MYSQL_HOST are set. The first
 * argument (Maven: {@code -Dbenchmark=ColdStart}) selects benchmarks by a regular expression on their names; the
 * second (Maven: {@code -Dbenchmark.options="-p vendor=SQLITE -prof gc"}) holds more JMH command-line options,
 * which win over the defaults here.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : "Benchmark";
        String more = args.length > 1 ? args[1].trim() : "";
        CommandLineOptions given = new CommandLineOptions(more.isEmpty() ? new String[0] : more.split("\\s+"));
        // The builder's own settings win over its parent's, so only what the command line leaves open is set here.
        ChainedOptionsBuilder options = new OptionsBuilder().parent(given).include(include).shouldFailOnError(true);
        if (!given.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!given.getParameter("vendor").hasValue()) {
            options.param("vendor", TestVendor.available().map(Enum::name).toArray(String[]::new));
        }
        new Runner(options.build()).run();
    }
}

package dev.ordo.platform.bench;

import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.platform.config.DatabaseConfig;
import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.db.DatabaseConnector;
import dev.ordo.platform.plugin.InstalledPlugins;
import dev.ordo.platform.testing.OrdoTestServer;
import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
 * How long one full introspection of 1,000 tables x 20 columns takes through each backend plugin, loaded from its
 * jar the way the host loads it. One connection, reused, as the schema service does.
 */
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IntrospectionBenchmark {

    @Param({"SQLITE", "POSTGRES", "MYSQL"})
    public String vendor;

    @Param("1000")
    public int tables;

    @Param("20")
    public int columns;

    private TestDatabase database;
    private InstalledPlugins plugins;
    private SchemaBackend backend;
    private Connection connection;

    @Setup(Level.Trial)
    public void createSchema() throws SQLException {
        database = TestVendor.valueOf(vendor).createDatabase();
        GeneratedSchema.create(database, tables, columns);
        plugins = InstalledPlugins.loadAndStart(List.of(OrdoTestServer.pluginDirectory()));
        DatabaseConfig config = DatabaseConfig.from(new EnvironmentSettings(database.settings()));
        backend = DatabaseConnector.backendFor(config.client(), plugins.extensions(SchemaBackend.class));
        connection = backend.dataSource(config.connection()).getConnection();
    }

    @Benchmark
    public DatabaseSchema introspect() throws SQLException {
        DatabaseSchema schema = backend.introspect(connection);
        if (schema.tables().size() < tables) {
            throw new IllegalStateException("introspection saw " + schema.tables().size() + " tables");
        }
        return schema;
    }

    @TearDown(Level.Trial)
    public void dropSchema() throws SQLException {
        connection.close();
        plugins.stop();
        database.close();
    }
}

package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A thousand tables of twenty columns are read whole. */
class IntrospectionScaleTest {

    private static final int TABLES = 1_000;
    private static final int CREATORS = 4;

    private static MysqlTestDatabase database;

    @BeforeAll
    static void createTables() throws Exception {
        database = MysqlTestDatabase.create();
        database.execute(tableSql(0));
        // DDL waits on the disk, not the processor: a few connections at once make setting up much quicker.
        ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int creator = 0; creator < CREATORS; creator++) {
                int first = creator;
                done.add(creators.submit(() -> {
                    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                        for (int i = 1 + first; i < TABLES; i += CREATORS) {
                            statement.addBatch(tableSql(i));
                        }
                        statement.executeBatch();
                    }
                    return null;
                }));
            }
            for (Future<?> creator : done) {
                creator.get();
            }
        } finally {
            creators.shutdown();
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readsAThousandTablesOfTwentyColumnsWhole() throws SQLException {
        // How fast is measured by IntrospectionBenchmark (platform), not here: a timed test fails on a busy machine.
        try (Connection connection = database.connect()) {
            DatabaseSchema schema = database.backend().introspect(connection);
            assertThat(schema.tables()).hasSize(TABLES);
            TableSchema last = schema.table(name(TABLES - 1)).orElseThrow();
            assertThat(last.columns()).hasSize(20);
            assertThat(last.primaryKey()).containsExactly("id");
            assertThat(last.foreignKeys()).hasSize(1);
            assertThat(last.column("c1").orElseThrow().indexed()).isTrue();
            assertThat(last.column("c2").orElseThrow().fieldType()).isEqualTo(FieldType.INTEGER);
        }
    }

    /** An id, a foreign key to the first table, an indexed string and seventeen more columns of mixed types. */
    private static String tableSql(int index) {
        List<String> columns = new ArrayList<>();
        columns.add("id int AUTO_INCREMENT PRIMARY KEY");
        columns.add("c1 varchar(50) NOT NULL DEFAULT 'x'");
        for (int c = 2; c < 19; c++) {
            columns.add("c" + c + (c % 2 == 0 ? " int DEFAULT 0" : " text"));
        }
        columns.add("owner int");
        columns.add("KEY " + name(index) + "_c1_index (c1)");
        columns.add("CONSTRAINT " + name(index) + "_owner_foreign FOREIGN KEY (owner) REFERENCES "
            + name(0) + " (id) ON DELETE SET NULL");
        return "CREATE TABLE " + name(index) + " (" + String.join(", ", columns) + ")";
    }

    private static String name(int index) {
        return String.format("table_%04d", index);
    }
}

package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 1,000 tables of 20 columns are read whole, in the same four queries as one table. */
class IntrospectionScaleTest {

    private static final int TABLES = 1000;
    private static final int COLUMNS = 20;

    private static TestDatabase database;

    @BeforeAll
    static void createManyTables() throws SQLException {
        database = TestDatabase.create();
        StringBuilder script = new StringBuilder();
        for (int table = 0; table < TABLES; table++) {
            script.append("CREATE TABLE t").append(table).append(" (id serial PRIMARY KEY");
            script.append(", name varchar(50) NOT NULL DEFAULT 'x' UNIQUE");
            script.append(", previous integer").append(table > 0 ? " REFERENCES t" + (table - 1) + " (id)" : "");
            for (int column = 3; column < COLUMNS; column++) {
                script.append(", c").append(column).append(column % 2 == 0 ? " numeric(10,2) DEFAULT 0" : " text");
            }
            script.append(");\nCREATE INDEX t").append(table).append("_c4_index ON t").append(table).append(" (c4);\n");
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(script.toString());
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readsEverythingInFourQueries() throws SQLException {
        try (Connection real = database.connect()) {
            // How fast is measured by IntrospectionBenchmark (platform), not here: a timed test fails on a busy machine.
            QueryCountingConnection counting = new QueryCountingConnection(real);
            DatabaseSchema schema = database.backend().introspect(counting.connection());
            assertThat(counting.queries()).isEqualTo(CatalogReader.QUERY_COUNT).isEqualTo(4);

            assertThat(schema.tables()).hasSize(TABLES);
            assertThat(schema.tables().values()).allSatisfy(table -> assertThat(table.columns()).hasSize(COLUMNS));
            TableSchema last = schema.table("t999").orElseThrow();
            assertThat(last.primaryKey()).containsExactly("id");
            assertThat(last.columns().get(0).defaultValue()).contains("AUTO_INCREMENT");
            ColumnSchema previous = last.column("previous").orElseThrow();
            assertThat(previous.foreignKeyTable()).contains("t998");
            assertThat(last.column("name").orElseThrow().unique()).isTrue();
            assertThat(last.column("c4").orElseThrow().indexed()).isTrue();
            assertThat(last.column("c4").orElseThrow().fieldType()).isEqualTo(FieldType.DECIMAL);
            assertThat(schema.table("t0").orElseThrow().foreignKeys()).isEmpty();
        }
    }

    @Test
    void anEmptySchemaTakesTheSameFourQueries() throws SQLException {
        try (TestDatabase empty = TestDatabase.create(); Connection real = empty.connect()) {
            QueryCountingConnection counting = new QueryCountingConnection(real);
            assertThat(empty.backend().introspect(counting.connection()).tables()).isEmpty();
            assertThat(counting.queries()).isEqualTo(4);
        }
    }
}

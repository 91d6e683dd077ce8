package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.TableSchema;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Introspection reads every table of a large schema, in a fixed number of queries. */
class IntrospectionScaleTest {

    private static final int TABLES = 1000;
    private static final int COLUMNS = 20;

    private final SqliteBackend backend = new SqliteBackend();

    @Test
    void aThousandTablesOfTwentyColumnsAreReadWhole(@TempDir Path folder) throws SQLException {
        // How fast is measured by IntrospectionBenchmark (platform), not here: a timed test fails on a busy machine.
        try (Connection connection = TestDatabase.open(backend, folder.resolve("large.db"))) {
            createTables(connection, TABLES);
            DatabaseSchema schema = backend.introspect(connection);

            assertThat(schema.tables()).hasSize(TABLES);
            assertThat(schema.tables().values()).allSatisfy(table -> assertThat(table.columns()).hasSize(COLUMNS));
            TableSchema last = schema.table("t0999").orElseThrow();
            assertThat(last.columns()).extracting(ColumnSchema::name).startsWith("id", "previous", "c02");
            assertThat(last.column("previous").orElseThrow().foreignKeyTable()).contains("t0998");
            assertThat(last.column("c02").orElseThrow().indexed()).isTrue();
        }
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables(@TempDir Path folder) throws SQLException {
        int small;
        int large;
        try (Connection connection = TestDatabase.open(backend, folder.resolve("small.db"))) {
            createTables(connection, 1);
            small = queriesToIntrospect(connection);
        }
        try (Connection connection = TestDatabase.open(backend, folder.resolve("large.db"))) {
            createTables(connection, 200);
            large = queriesToIntrospect(connection);
        }
        assertThat(small).isEqualTo(4);
        assertThat(large).isEqualTo(small);
    }

    private int queriesToIntrospect(Connection connection) throws SQLException {
        AtomicInteger queries = new AtomicInteger();
        backend.introspect(counting(connection, queries));
        return queries.get();
    }

    /** The real connection, counting the statements executed through it. */
    private static Connection counting(Connection connection, AtomicInteger queries) {
        InvocationHandler onConnection = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement) {
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                    (statementProxy, statementMethod, statementArgs) -> {
                        if (statementMethod.getName().startsWith("execute")) {
                            queries.incrementAndGet();
                        }
                        return invoke(statement, statementMethod, statementArgs);
                    });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, onConnection);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    /** Tables t0000.. with an auto-increment key, a foreign key to the previous table and an index. */
    private static void createTables(Connection connection, int count) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int t = 0; t < count; t++) {
                String name = String.format("t%04d", t);
                StringBuilder ddl = new StringBuilder("create table " + name + " (id integer primary key");
                ddl.append(", previous integer")
                    .append(t > 0 ? String.format(" references t%04d (id) on delete set null", t - 1) : "");
                for (int c = 2; c < COLUMNS; c++) {
                    ddl.append(String.format(", c%02d %s", c, c % 2 == 0 ? "varchar(50) default 'x'" : "integer"));
                }
                statement.execute(ddl.append(')').toString());
                statement.execute("create index " + name + "_c02_index on " + name + " (c02)");
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }
}

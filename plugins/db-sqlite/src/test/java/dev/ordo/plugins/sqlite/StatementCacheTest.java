package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections keep the statements they prepare, and a kept statement behaves as a newly prepared one. */
class StatementCacheTest {

    private static final String BY_ID = "select name from t where id > ? order by id";

    @TempDir
    Path folder;

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = TestDatabase.open(new SqliteBackend(), folder.resolve("cache.db"));
        TestDatabase.execute(connection, "create table t (id integer primary key, name text)");
        TestDatabase.execute(connection, "insert into t values (1, 'a'), (2, 'b'), (3, 'c')");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aStatementClosedByItsUserIsLentAgainForTheSameText() throws SQLException {
        Statement first;
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            first = statement.unwrap(Statement.class);
        }
        assertThat(CachingConnection.idleStatements(connection)).isEqualTo(1);
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            assertThat(statement.unwrap(Statement.class)).isSameAs(first);
            assertThat(CachingConnection.idleStatements(connection)).isZero();
        }
        try (PreparedStatement other = connection.prepareStatement("select count(*) from t")) {
            assertThat(other.unwrap(Statement.class)).isNotSameAs(first);
        }
    }

    @Test
    void aLentStatementStartsWithoutTheLastUsersValuesOrRowCap() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setInt(1, 1);
            statement.setMaxRows(1);
            assertThat(names(statement)).containsExactly("b");
        }
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            // Unbound, as in a new statement: SQLite reads the parameter as null, and nothing is greater than null.
            assertThat(names(statement)).isEmpty();
        }
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setInt(1, 0);
            assertThat(names(statement)).containsExactly("a", "b", "c");
        }
    }

    @Test
    void givingBackAHalfReadStatementEndsItsRead() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setInt(1, 0);
            ResultSet rows = statement.executeQuery();
            assertThat(rows.next()).isTrue();
            // The result set is left open: closing the statement must still reset it.
        }
        // SQLite refuses to drop a table that an unfinished statement is reading.
        TestDatabase.execute(connection, "drop table t");
        assertThat(TestDatabase.strings(connection, "select count(*) from sqlite_master where name = 't'"))
            .containsExactly("0");
    }

    @Test
    void theSameTextInUseTwiceAtOnceGetsTwoStatements() throws SQLException {
        try (PreparedStatement outer = connection.prepareStatement(BY_ID)) {
            outer.setInt(1, 0);
            try (ResultSet outerRows = outer.executeQuery()) {
                List<String> pairs = new ArrayList<>();
                while (outerRows.next()) {
                    try (PreparedStatement inner = connection.prepareStatement(BY_ID)) {
                        assertThat(inner.unwrap(Statement.class)).isNotSameAs(outer.unwrap(Statement.class));
                        inner.setInt(1, 2);
                        pairs.add(outerRows.getString(1) + names(inner));
                    }
                }
                assertThat(pairs).containsExactly("a[c]", "b[c]", "c[c]");
            }
        }
    }

    @Test
    void aClosedLentStatementRefusesUseAsAClosedStatementDoes() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(BY_ID);
        statement.close();
        statement.close();
        assertThat(statement.isClosed()).isTrue();
        assertThatThrownBy(() -> statement.setInt(1, 0)).isInstanceOf(SQLException.class)
            .hasMessage("The statement is closed");
        assertThat(CachingConnection.idleStatements(connection)).isEqualTo(1);
    }

    @Test
    void theLeastRecentlyUsedStatementsAreClosedPastTheBound() throws SQLException {
        List<Statement> driverStatements = new ArrayList<>();
        for (int i = 0; i < StatementCache.CAPACITY + 6; i++) {
            try (PreparedStatement statement = connection.prepareStatement("select " + i)) {
                driverStatements.add(statement.unwrap(Statement.class));
            }
        }
        assertThat(CachingConnection.idleStatements(connection)).isEqualTo(StatementCache.CAPACITY);
        assertThat(driverStatements.subList(0, 6)).allMatch(StatementCacheTest::isClosed);
        assertThat(driverStatements.subList(6, driverStatements.size())).noneMatch(StatementCacheTest::isClosed);
    }

    @Test
    void aStatementWithALastingSettingIsNotKept() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setQueryTimeout(3);
        }
        assertThat(CachingConnection.idleStatements(connection)).isZero();
    }

    @Test
    void aDriverStatementClosedThroughItsResultsIsReplaced() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setInt(1, 0);
            statement.executeQuery().getStatement().close();
        }
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setInt(1, 2);
            assertThat(names(statement)).containsExactly("c");
        }
    }

    @Test
    void aKeptStatementSeesSchemaChanges() throws SQLException {
        String all = "select * from t order by id";
        try (PreparedStatement statement = connection.prepareStatement(all)) {
            assertThat(statement.executeQuery().getMetaData().getColumnCount()).isEqualTo(2);
        }
        TestDatabase.execute(connection, "alter table t add column extra text default 'x'");
        try (PreparedStatement statement = connection.prepareStatement(all);
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.getMetaData().getColumnCount()).isEqualTo(3);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("extra")).isEqualTo("x");
        }
    }

    @Test
    void closingTheConnectionClosesTheKeptStatements() throws SQLException {
        Statement kept;
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            kept = statement.unwrap(Statement.class);
        }
        assertThat(kept.isClosed()).isFalse();
        connection.close();
        assertThat(kept.isClosed()).isTrue();
        assertThat(connection.isClosed()).isTrue();
    }

    @Test
    void aLentStatementNamesItsOwnConnection() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            assertThat(statement.getConnection()).isSameAs(connection);
        }
    }

    private static List<String> names(PreparedStatement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static boolean isClosed(Statement statement) {
        try {
            return statement.isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

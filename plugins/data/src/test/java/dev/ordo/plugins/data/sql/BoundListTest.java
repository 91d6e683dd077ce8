package dev.ordo.plugins.data.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ordo.plugins.data.values.Vendor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class BoundListTest {

    private final Sql sql = new Sql(Vendor.SQLITE);

    @Test
    void bindsEveryKeyInPlaceBetweenTheOtherValues() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table things (id integer primary key, label text)");
                statement.execute("with recursive n(value) as (select 1 union all select value + 1 from n "
                    + "where value < 20000) insert into things (id, label) select value, 'n' || (value % 3) from n");
            }
            List<Object> wanted = new ArrayList<>(IntStream.rangeClosed(1, 9000).filter(i -> i % 2 == 0)
                .boxed().toList());
            Field<Object> id = Sql.column("t", "id");
            Field<Object> label = Sql.column("t", "label");
            var query = sql.dsl().select(id).from(Sql.table("things", "t"))
                .where(label.ne("n0")).and(Sql.in(id, wanted)).and(id.lt(8000)).orderBy(id);
            List<String> statements = new ArrayList<>();

            List<Long> found = new SqlRunner(connection, sql, statements::add).query(query, row -> row.getLong(1));

            List<Long> expected = IntStream.range(1, 8000).filter(i -> i % 2 == 0 && i % 3 != 0)
                .mapToObj(i -> (long) i).toList();
            assertEquals(expected, found);
            assertEquals(4500 + 2, statements.get(0).chars().filter(c -> c == '?').count());
        }
    }

    @Test
    void notInLeavesOutTheListedValues() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table things (id integer primary key)");
                statement.execute("insert into things values (1), (2), (3), (4)");
            }
            Field<Object> id = Sql.column("t", "id");
            var query = sql.dsl().select(id).from(Sql.table("things", "t")).where(Sql.notIn(id, List.of(2, 4)))
                .orderBy(id);

            List<Long> found = new SqlRunner(connection, sql, s -> { }).query(query, row -> row.getLong(1));

            assertEquals(List.of(1L, 3L), found);
        }
    }

    @Test
    void rendersPlaceholdersOnEveryDialect() {
        for (Vendor vendor : Vendor.values()) {
            String text = new Sql(vendor).dsl().render(DSL.selectOne().where(Sql.in(DSL.field(DSL.name("k")),
                List.of(1, 2, 3))));
            assertEquals(3, text.chars().filter(c -> c == '?').count(), text);
        }
    }

    @Test
    void refusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> Sql.in(DSL.field(DSL.name("k")), List.of()));
    }
}

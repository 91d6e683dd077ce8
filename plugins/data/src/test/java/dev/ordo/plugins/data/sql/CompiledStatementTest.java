package dev.ordo.plugins.data.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ordo.plugins.data.values.Vendor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class CompiledStatementTest {

    private final Sql sql = new Sql(Vendor.SQLITE);
    private final Field<Object> id = Sql.column("t", "id");
    private final Field<Object> label = Sql.column("t", "label");

    @Test
    void oneRenderingServesEveryBatchOfKeys() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table things (id integer primary key, label text)");
                statement.execute("insert into things values (1, 'a'), (2, 'b'), (3, 'a'), (4, 'a'), (5, 'b')");
            }
            // Values bound before and after the slot must keep their places around the keys.
            CompiledStatement compiled = CompiledStatement.of(sql, sql.dsl().select(id).from(Sql.table("things", "t"))
                .where(label.eq("a")).and(Sql.inKeySlot(id)).and(id.lt(4)).orderBy(id));
            List<String> statements = new ArrayList<>();
            SqlRunner runner = new SqlRunner(connection, sql, statements::add);

            assertEquals(List.of(1L, 3L), runner.query(compiled.withKeys(List.of(1, 2, 3, 4)), row -> row.getLong(1)));
            assertEquals(List.of(3L), runner.query(compiled.withKeys(List.of(3)), row -> row.getLong(1)));
            assertEquals(2 + 4, statements.get(0).chars().filter(c -> c == '?').count());
            assertEquals(2 + 1, statements.get(1).chars().filter(c -> c == '?').count());
        }
    }

    @Test
    void fillingTheSlotLeavesTheCompiledStatementAsItWas() {
        CompiledStatement compiled = CompiledStatement.of(sql, DSL.selectOne().where(Sql.inKeySlot(id)));

        CompiledStatement filled = compiled.withKeys(List.of(7, 8));

        assertTrue(compiled.hasKeySlot());
        assertFalse(filled.hasKeySlot());
        assertEquals(1, compiled.binds().size());
        assertEquals(List.of(new BoundList.Values(List.of(7, 8))), filled.binds());
    }

    @Test
    void aStatementWithItsSlotUnfilledDoesNotRun() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            CompiledStatement compiled = CompiledStatement.of(sql, DSL.selectOne().where(Sql.inKeySlot(id)));
            SqlRunner runner = new SqlRunner(connection, sql, SqlRunner.StatementListener.NONE);

            assertThrows(IllegalStateException.class, () -> runner.query(compiled, row -> row.getLong(1)));
        }
    }

    @Test
    void refusesKeysWithoutASlotOrASlotWithoutKeys() {
        CompiledStatement plain = CompiledStatement.of(sql, DSL.selectOne().where(id.eq(1)));
        CompiledStatement slotted = CompiledStatement.of(sql, DSL.selectOne().where(Sql.inKeySlot(id)));

        assertThrows(IllegalStateException.class, () -> plain.withKeys(List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> slotted.withKeys(List.of()));
    }

    @Test
    void keepsNullBindValues() {
        CompiledStatement compiled = CompiledStatement.of(sql, DSL.select(DSL.val(null, Object.class), DSL.val(1)));

        assertEquals(2, compiled.binds().size());
        assertEquals(null, compiled.binds().get(0));
    }

    @Test
    void rendersTheSlotOnEveryDialect() {
        for (Vendor vendor : Vendor.values()) {
            CompiledStatement compiled = CompiledStatement.of(new Sql(vendor),
                DSL.selectOne().where(Sql.inKeySlot(DSL.field(DSL.name("k")))));
            String filled = compiled.withKeys(List.of(1, 2, 3)).sql();
            assertEquals(3, filled.chars().filter(c -> c == '?').count(), filled);
        }
    }
}

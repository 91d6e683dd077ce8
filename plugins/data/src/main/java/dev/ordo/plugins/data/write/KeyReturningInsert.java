package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.activity.KeyedInsert;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.ValueCodec;
import dev.ordo.plugins.data.values.Vendor;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.InsertReturningStep;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Inserts a row and answers its key. A key the row does not give comes back from the database: PostgreSQL with
 * {@code RETURNING}; SQLite and MySQL, which jOOQ cannot render {@code RETURNING} for without a connection, from
 * {@code last_insert_rowid()} / {@code LAST_INSERT_ID()} on the same connection. An integer key given explicitly for
 * a PostgreSQL serial or identity column moves its sequence past the largest key, so later inserts do not collide
 * (SQLite and MySQL do this themselves).
 */
final class KeyReturningInsert implements KeyedInsert {

    private final SqlRunner runner;
    private final Sql sql;
    private final ValueCodec codec;

    KeyReturningInsert(SqlRunner runner, Sql sql, ValueCodec codec) {
        this.runner = runner;
        this.sql = sql;
        this.codec = codec;
    }

    @Override
    public Object insert(CollectionOverview collection, Map<String, Object> columns) throws SQLException {
        FieldOverview key = collection.field(collection.primaryKey().orElseThrow()).orElseThrow();
        boolean autoIncrement = key.column().orElseThrow().autoIncrement();
        Object given = columns.get(key.name());
        Table<Record> table = DSL.table(DSL.name(collection.name()));
        Field<Object> keyColumn = DSL.field(DSL.name(key.name()));
        Object raw;
        if (given != null) {
            runner.execute(statement(table, columns));
            raw = given;
            if (autoIncrement && sql.vendor() == Vendor.POSTGRES) {
                resetSequence(collection.name(), key.name());
            }
        } else if (sql.vendor() == Vendor.POSTGRES) {
            raw = runner.query(statement(table, columns).returning(keyColumn), row -> row.getObject(1)).get(0);
        } else {
            runner.execute(statement(table, columns));
            raw = autoIncrement ? lastInsertedKey() : null;
        }
        return raw == null ? null : codec.toWire(key, raw);
    }

    private InsertReturningStep<Record> statement(Table<Record> table, Map<String, Object> columns) {
        if (columns.isEmpty()) {
            // jOOQ renders DEFAULT VALUES (MySQL: VALUES ()) for an insert that sets nothing.
            return sql.dsl().insertInto(table).defaultValues();
        }
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        columns.forEach((name, value) -> values.put(DSL.field(DSL.name(name)), value));
        return sql.dsl().insertInto(table).set(values);
    }

    private Object lastInsertedKey() throws SQLException {
        String function = sql.vendor() == Vendor.SQLITE ? "last_insert_rowid()" : "last_insert_id()";
        List<Object> keys = runner.query(sql.dsl().select(DSL.field(function)), row -> row.getObject(1));
        return keys.get(0);
    }

    private void resetSequence(String table, String column) throws SQLException {
        // pg_get_serial_sequence parses its first argument as an identifier (so it is quoted), not its second.
        String quotedTable = "\"" + table.replace("\"", "\"\"") + "\"";
        var largest = DSL.select(DSL.max(DSL.field(DSL.name(column)))).from(DSL.table(DSL.name(table)));
        runner.query(sql.dsl().select(DSL.field("setval(pg_get_serial_sequence({0}, {1}), ({2}))", Object.class,
            DSL.val(quotedTable), DSL.val(column), largest)), row -> row.getObject(1));
    }
}

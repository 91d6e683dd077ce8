package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableSchema;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL features beyond the shared fixture: partitions, identity, domains, comments, odd defaults. */
class CatalogEdgeCasesTest {

    private static final String SCRIPT = """
        CREATE SCHEMA elsewhere;
        CREATE TABLE elsewhere.hidden (id integer PRIMARY KEY);
        CREATE DOMAIN short_code AS varchar(30);
        CREATE TYPE mood AS ENUM ('happy', 'sad');
        CREATE TABLE measurements (
          id bigint GENERATED ALWAYS AS IDENTITY,
          taken_on date NOT NULL,
          reading double precision,
          PRIMARY KEY (id, taken_on)
        ) PARTITION BY RANGE (taken_on);
        CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE things (
          id bigserial PRIMARY KEY,
          code short_code,
          feeling mood DEFAULT 'happy',
          spot point,
          numbers integer[] DEFAULT '{1,2}',
          amount numeric,
          negative integer DEFAULT -1,
          huge bigint DEFAULT 9999999999,
          ratio numeric(6,3) DEFAULT -1.5,
          padded char(3) DEFAULT 'ab',
          created timestamp DEFAULT now(),
          precise timestamptz DEFAULT CURRENT_TIMESTAMP(3),
          local_ts timestamp DEFAULT LOCALTIMESTAMP,
          tx_ts timestamptz DEFAULT transaction_timestamp(),
          today date DEFAULT CURRENT_DATE,
          token uuid DEFAULT gen_random_uuid(),
          joined varchar(20) DEFAULT ('x' || 'y'),
          flag boolean DEFAULT 'f',
          explicit_null text DEFAULT NULL::text,
          doc jsonb DEFAULT '{"a": "it''s"}',
          first_of_pair integer,
          second_of_pair integer,
          partial_unique integer,
          lower_name text
        );
        COMMENT ON TABLE things IS 'Things we keep';
        COMMENT ON COLUMN things.code IS 'A short code';
        CREATE UNIQUE INDEX things_pair_unique ON things (first_of_pair, second_of_pair);
        CREATE UNIQUE INDEX things_partial_unique ON things (partial_unique) WHERE partial_unique > 0;
        CREATE INDEX things_lower_index ON things (lower(lower_name));
        CREATE TABLE pairs (
          a integer, b integer,
          PRIMARY KEY (a, b)
        );
        CREATE TABLE pair_refs (
          id integer PRIMARY KEY,
          a integer, b integer,
          measured bigint, measured_on date,
          FOREIGN KEY (a, b) REFERENCES pairs (a, b),
          CONSTRAINT pair_refs_measured_foreign FOREIGN KEY (measured, measured_on)
            REFERENCES measurements (id, taken_on) ON DELETE SET DEFAULT
        );
        CREATE TABLE readings (
          id integer PRIMARY KEY,
          thing bigint REFERENCES things (id) ON DELETE SET DEFAULT ON UPDATE NO ACTION
        );
        CREATE MATERIALIZED VIEW thing_codes AS SELECT id, code FROM things;
        """;

    private static TestDatabase database;
    private static DatabaseSchema schema;

    @BeforeAll
    static void createSchema() throws SQLException {
        database = TestDatabase.create();
        database.runScript(SCRIPT);
        try (Connection connection = database.connect()) {
            schema = database.backend().introspect(connection);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void onlyTheCurrentSchemaAndNoPartitions() {
        assertThat(schema.tables().keySet())
            .containsExactly("measurements", "pair_refs", "pairs", "readings", "thing_codes", "things");
    }

    @Test
    void partitionedTablesAndMaterializedViews() {
        TableSchema measurements = table("measurements");
        assertThat(measurements.view()).isFalse();
        assertThat(measurements.primaryKey()).containsExactly("id", "taken_on");
        ColumnSchema id = column("measurements", "id");
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.defaultValue()).contains("AUTO_INCREMENT");
        assertThat(id.fieldType()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(id.unique()).as("part of a composite key").isFalse();
        assertThat(id.indexed()).as("first column of the key").isTrue();
        assertThat(column("measurements", "taken_on").indexed()).isFalse();
        assertThat(column("measurements", "reading").fieldType()).isEqualTo(FieldType.FLOAT);
        assertThat(column("measurements", "reading").numericPrecision()).isEqualTo(OptionalInt.of(53));

        TableSchema codes = table("thing_codes");
        assertThat(codes.view()).isTrue();
        assertThat(codes.primaryKey()).isEmpty();
        assertThat(codes.columns()).extracting(ColumnSchema::name).containsExactly("id", "code");
    }

    @Test
    void typesBeyondTheFixture() {
        assertThat(column("things", "id").fieldType()).isEqualTo(FieldType.BIG_INTEGER);
        assertThat(column("things", "id").defaultValue()).contains("AUTO_INCREMENT");
        ColumnSchema code = column("things", "code");
        assertThat(code.dataType()).isEqualTo("short_code");
        assertThat(code.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(code.maxLength()).isEqualTo(OptionalLong.of(30));
        assertThat(code.comment()).contains("A short code");
        assertThat(column("things", "feeling").fieldType()).isEqualTo(FieldType.UNKNOWN);
        assertThat(column("things", "feeling").defaultValue()).contains("happy");
        assertThat(column("things", "spot").fieldType()).isEqualTo(FieldType.UNKNOWN);
        assertThat(column("things", "numbers").dataType()).isEqualTo("integer[]");
        assertThat(column("things", "numbers").fieldType()).isEqualTo(FieldType.UNKNOWN);
        assertThat(column("things", "numbers").defaultValue()).contains("{1,2}");
        ColumnSchema amount = column("things", "amount");
        assertThat(amount.fieldType()).as("numeric without precision, as Directus maps it").isEqualTo(FieldType.INTEGER);
        assertThat(amount.numericPrecision()).isEmpty();
        ColumnSchema padded = column("things", "padded");
        assertThat(padded.dataType()).isEqualTo("character");
        assertThat(padded.fieldType()).isEqualTo(FieldType.STRING);
        assertThat(padded.maxLength()).isEqualTo(OptionalLong.of(3));
        assertThat(column("things", "doc").fieldType()).isEqualTo(FieldType.JSON);
        assertThat(table("things").comment()).contains("Things we keep");
    }

    @Test
    void defaultsInEverySpelling() {
        assertThat(column("things", "negative").defaultValue()).contains(-1);
        assertThat(column("things", "huge").defaultValue()).contains(9_999_999_999L);
        assertThat(column("things", "ratio").defaultValue()).contains(new BigDecimal("-1.5"));
        assertThat(column("things", "padded").defaultValue()).contains("ab");
        for (String now : List.of("created", "local_ts", "tx_ts")) {
            assertThat(column("things", now).defaultValue()).as(now).contains("CURRENT_TIMESTAMP");
        }
        // A precision is kept, as Directus's inspector reports it.
        assertThat(column("things", "precise").defaultValue()).contains("CURRENT_TIMESTAMP(3)");
        assertThat(column("things", "today").defaultValue()).contains("CURRENT_DATE");
        assertThat(column("things", "token").defaultValue()).contains("gen_random_uuid()");
        assertThat(column("things", "joined").defaultValue()).contains("('x'::text || 'y'::text)");
        assertThat(column("things", "flag").defaultValue()).contains(false);
        assertThat(column("things", "explicit_null").defaultValue()).isEmpty();
        assertThat(column("things", "doc").defaultValue()).contains("{\"a\": \"it's\"}");
    }

    @Test
    void onlySingleColumnWholeIndexesMakeAColumnUnique() {
        assertThat(column("things", "first_of_pair").unique()).isFalse();
        assertThat(column("things", "first_of_pair").indexed()).isTrue();
        assertThat(column("things", "second_of_pair").indexed()).isFalse();
        assertThat(column("things", "partial_unique").unique()).isFalse();
        assertThat(column("things", "partial_unique").indexed()).isTrue();
        assertThat(column("things", "lower_name").indexed()).as("expression index").isFalse();
    }

    @Test
    void compositeForeignKeysAreSkipped() {
        assertThat(table("pair_refs").foreignKeys()).isEmpty();
        assertThat(column("pair_refs", "a").foreignKeyTable()).isEmpty();
        assertThat(column("pair_refs", "measured").foreignKeyTable()).isEmpty();
        assertThat(table("readings").foreignKeys()).containsExactly(new ForeignKeySchema("readings", "thing", "things",
            "id", Optional.of("readings_thing_fkey"), ReferentialAction.NO_ACTION, ReferentialAction.SET_DEFAULT,
            Optional.of("public")));
    }

    @Test
    void detailsNameTheSchemaOnly() {
        // Directus's PostgreSQL inspector answers a table as {schema, name, comment}: no owner.
        assertThat(table("things").details()).containsExactly(Map.entry("schema", "public"));
    }

    private static TableSchema table(String name) {
        return schema.table(name).orElseThrow(() -> new AssertionError("missing table " + name));
    }

    private static ColumnSchema column(String table, String name) {
        return table(table).column(name).orElseThrow(() -> new AssertionError("missing column " + name));
    }
}

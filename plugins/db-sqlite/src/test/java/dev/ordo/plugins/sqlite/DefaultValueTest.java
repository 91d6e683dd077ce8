package dev.ordo.plugins.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.TableSchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults in the many spellings SQLite accepts come back as the JSON values Directus reports. */
class DefaultValueTest {

    private record Case(String declaration, Object expected) {
    }

    @Test
    void defaultsAreNormalised(@TempDir Path folder) throws Exception {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("int_parenthesised", new Case("int default (1)", 1));
        cases.put("int_negative", new Case("int default -1", -1));
        cases.put("int_plus", new Case("int default +5", 5));
        cases.put("int_quoted", new Case("int default '7'", 7));
        cases.put("int_hex", new Case("int default 0x10", 16));
        cases.put("int_cast", new Case("int default (CAST('12' AS INTEGER))", 12));
        cases.put("big_long", new Case("bigint default 9000000000", 9_000_000_000L));
        cases.put("big_huge", new Case("bigint default 99999999999999999999",
            new BigDecimal("99999999999999999999")));
        cases.put("real_exponent", new Case("real default 1e3", new BigDecimal("1000")));
        cases.put("decimal_scale", new Case("decimal(5,2) default 1.50", new BigDecimal("1.50")));
        cases.put("bool_true", new Case("boolean default TRUE", true));
        cases.put("bool_false", new Case("boolean default FALSE", false));
        cases.put("bool_one_text", new Case("boolean default '1'", true));
        cases.put("bool_zero", new Case("boolean default 0", false));
        cases.put("bool_true_text", new Case("boolean default 'true'", true));
        cases.put("bool_other", new Case("boolean default 'yes'", "yes"));
        cases.put("text_quote", new Case("text default 'it''s'", "it's"));
        cases.put("text_empty", new Case("text default ''", ""));
        cases.put("text_number", new Case("varchar(10) default '5'", "5"));
        cases.put("text_double_quoted", new Case("text default \"dq\"", "dq"));
        cases.put("text_cast", new Case("text default (CAST('x' AS TEXT))", "x"));
        cases.put("text_cast_as_inside", new Case("varchar(10) default (CAST('a as b' AS VARCHAR(10)))", "a as b"));
        cases.put("text_null", new Case("text default NULL", null));
        cases.put("text_none", new Case("text", null));
        cases.put("text_expression", new Case("text default (lower('ABC'))", "lower('ABC')"));
        cases.put("blob_literal", new Case("blob default x'00'", "x'00'"));
        cases.put("ts_upper", new Case("timestamp default CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"));
        cases.put("ts_lower", new Case("timestamp default current_timestamp", "CURRENT_TIMESTAMP"));
        cases.put("ts_parenthesised", new Case("timestamp default (CURRENT_TIMESTAMP)", "CURRENT_TIMESTAMP"));
        cases.put("ts_datetime_now", new Case("datetime default (datetime('now'))", "CURRENT_TIMESTAMP"));
        cases.put("date_current", new Case("date default CURRENT_DATE", "CURRENT_DATE"));

        StringBuilder ddl = new StringBuilder("create table defaults (id integer primary key");
        cases.forEach((name, c) -> ddl.append(",\n  ").append(name).append(' ').append(c.declaration()));
        ddl.append(')');

        SqliteBackend backend = new SqliteBackend();
        TableSchema table;
        try (Connection connection = TestDatabase.open(backend, folder.resolve("defaults.db"))) {
            TestDatabase.execute(connection, ddl.toString());
            table = backend.introspect(connection).table("defaults").orElseThrow();
        }

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(table.column("id").orElseThrow().defaultValue()).contains("AUTO_INCREMENT");
        cases.forEach((name, c) -> {
            Optional<Object> actual = table.column(name).orElseThrow().defaultValue();
            softly.assertThat(actual).as(name + " (" + c.declaration() + ")").isEqualTo(Optional.ofNullable(c.expected()));
        });
        softly.assertAll();
        assertThat(table.columns()).hasSize(cases.size() + 1);
    }
}

package dev.ordo.plugins.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defaults exactly as {@code pg_get_expr} prints them. */
class DefaultValueParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "now()",
        "CURRENT_TIMESTAMP",
        "current_timestamp()",
        "LOCALTIMESTAMP",
        "LOCALTIMESTAMP(6)",
        "transaction_timestamp()",
        "('now'::text)::timestamp without time zone",
        "(now())::timestamp(3) without time zone",
    })
    void everySpellingOfNowIsCurrentTimestamp(String expression) {
        assertThat(DefaultValueParser.parse(expression, FieldType.TIMESTAMP)).contains("CURRENT_TIMESTAMP");
    }

    @Test
    void aPrecisionOfCurrentTimestampIsKeptAsDirectusReportsIt() {
        assertThat(DefaultValueParser.parse("CURRENT_TIMESTAMP(3)", FieldType.TIMESTAMP)).contains("CURRENT_TIMESTAMP(3)");
        assertThat(DefaultValueParser.parse("(CURRENT_TIMESTAMP(0))::timestamp without time zone",
            FieldType.DATE_TIME)).contains("CURRENT_TIMESTAMP(0)");
    }

    @Test
    void aRandomUuidIsItsSqlText() {
        assertThat(DefaultValueParser.parse("gen_random_uuid()", FieldType.UUID)).contains("gen_random_uuid()");
    }

    @Test
    void stringsAreUnquotedWithoutCasts() {
        assertThat(DefaultValueParser.parse("'draft'::character varying", FieldType.STRING)).contains("draft");
        assertThat(DefaultValueParser.parse("'it''s'::text", FieldType.TEXT)).contains("it's");
        assertThat(DefaultValueParser.parse("'a::b'::text", FieldType.TEXT)).contains("a::b");
        assertThat(DefaultValueParser.parse("''::character varying", FieldType.STRING)).contains("");
        assertThat(DefaultValueParser.parse("'{}'::json", FieldType.JSON)).contains("{}");
        assertThat(DefaultValueParser.parse("'now'::text", FieldType.TEXT)).contains("now");
        assertThat(DefaultValueParser.parse("'2024-01-01 00:00:00'::timestamp without time zone", FieldType.DATE_TIME))
            .contains("2024-01-01 00:00:00");
        assertThat(DefaultValueParser.parse("'x'::\"MyType\"", FieldType.UNKNOWN)).contains("x");
        assertThat(DefaultValueParser.parse("'5'::character varying", FieldType.STRING)).contains("5");
    }

    @Test
    void numbersAreNumbers() {
        assertThat(DefaultValueParser.parse("0", FieldType.BIG_INTEGER)).contains(0);
        assertThat(DefaultValueParser.parse("1.5", FieldType.DECIMAL)).contains(new BigDecimal("1.5"));
        assertThat(DefaultValueParser.parse("'-1'::integer", FieldType.INTEGER)).contains(-1);
        assertThat(DefaultValueParser.parse("'-1.5'::numeric", FieldType.DECIMAL)).contains(new BigDecimal("-1.5"));
        assertThat(DefaultValueParser.parse("'9999999999'::bigint", FieldType.BIG_INTEGER)).contains(9_999_999_999L);
        assertThat(DefaultValueParser.parse("'99999999999999999999'::numeric", FieldType.DECIMAL))
            .contains(new BigDecimal("99999999999999999999"));
        assertThat(DefaultValueParser.parse("(-2)", FieldType.INTEGER)).contains(-2);
        assertThat(DefaultValueParser.parse("'NaN'::double precision", FieldType.FLOAT)).contains("NaN");
    }

    @Test
    void booleansAreBooleansWhateverTheSpelling() {
        assertThat(DefaultValueParser.parse("true", FieldType.BOOLEAN)).contains(true);
        assertThat(DefaultValueParser.parse("false", FieldType.BOOLEAN)).contains(false);
        assertThat(DefaultValueParser.parse("'1'::boolean", FieldType.BOOLEAN)).contains(true);
        assertThat(DefaultValueParser.parse("0", FieldType.BOOLEAN)).contains(false);
        assertThat(DefaultValueParser.parse("TRUE", FieldType.BOOLEAN)).contains(true);
    }

    @Test
    void nullIsNoDefault() {
        assertThat(DefaultValueParser.parse("NULL::character varying", FieldType.STRING)).isEmpty();
        assertThat(DefaultValueParser.parse("NULL", FieldType.INTEGER)).isEmpty();
        assertThat(DefaultValueParser.parse("   ", FieldType.INTEGER)).isEmpty();
        assertThat(DefaultValueParser.parse("'NULL'::text", FieldType.TEXT)).contains("NULL");
    }

    @Test
    void otherExpressionsStayAsSqlText() {
        assertThat(DefaultValueParser.parse("gen_random_uuid()", FieldType.UUID)).contains("gen_random_uuid()");
        assertThat(DefaultValueParser.parse("CURRENT_DATE", FieldType.DATE)).contains("CURRENT_DATE");
        assertThat(DefaultValueParser.parse("('x'::text || 'y'::text)", FieldType.STRING))
            .contains("('x'::text || 'y'::text)");
        assertThat(DefaultValueParser.parse("nextval('a_id_seq'::regclass)", FieldType.INTEGER))
            .contains("nextval('a_id_seq'::regclass)");
        assertThat(DefaultValueParser.parse("'a'::text || 'b'::text", FieldType.TEXT))
            .isEqualTo(Optional.of("'a'::text || 'b'::text"));
    }
}

package dev.ordo.plugins.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The catalog's default texts as each server writes them. MariaDB's spellings are also checked against a real
 * server in the other tests; MySQL's are taken from its documentation, as no MySQL server runs here.
 */
class DefaultValueParserTest {

    private final DefaultValueParser mariaDb = new DefaultValueParser(true);
    private final DefaultValueParser mysql = new DefaultValueParser(false);

    @Test
    void mariaDbWritesSql() {
        assertThat(mariaDb.parse(Optional.of("NULL"), "", FieldType.STRING, false)).isEmpty();
        assertThat(mariaDb.parse(Optional.empty(), "", FieldType.STRING, false)).isEmpty();
        assertThat(mariaDb.parse(Optional.of("'NULL'"), "", FieldType.STRING, false)).contains("NULL");
        assertThat(mariaDb.parse(Optional.of("'it''s \\\\ here\\n'"), "", FieldType.STRING, false)).contains("it's \\ here\n");
        assertThat(mariaDb.parse(Optional.of("'1'"), "", FieldType.STRING, false)).contains("1");
        assertThat(mariaDb.parse(Optional.of("1"), "", FieldType.BOOLEAN, false)).contains(true);
        assertThat(mariaDb.parse(Optional.of("0"), "", FieldType.BOOLEAN, false)).contains(false);
        assertThat(mariaDb.parse(Optional.of("1.50"), "", FieldType.DECIMAL, false)).contains(new BigDecimal("1.5"));
        assertThat(mariaDb.parse(Optional.of("current_timestamp()"), "", FieldType.TIMESTAMP, false))
            .contains("CURRENT_TIMESTAMP");
        assertThat(mariaDb.parse(Optional.of("current_timestamp(6)"), "on update current_timestamp(6)",
            FieldType.DATE_TIME, false)).contains("CURRENT_TIMESTAMP(6)");
        assertThat(mariaDb.parse(Optional.of("concat('a',')')"), "", FieldType.STRING, false)).contains("concat('a',')')");
        assertThat(mariaDb.parse(Optional.of("'a' = 'b'"), "", FieldType.STRING, false)).contains("'a' = 'b'");
    }

    @Test
    void mysqlWritesBareLiterals() {
        assertThat(mysql.parse(Optional.empty(), "", FieldType.STRING, false)).isEmpty();
        assertThat(mysql.parse(Optional.of("draft"), "", FieldType.STRING, false)).contains("draft");
        assertThat(mysql.parse(Optional.of("NULL"), "", FieldType.STRING, false)).as("the text NULL").contains("NULL");
        assertThat(mysql.parse(Optional.of("'quoted'"), "", FieldType.STRING, false)).contains("'quoted'");
        assertThat(mysql.parse(Optional.of("0"), "", FieldType.STRING, false)).contains("0");
        assertThat(mysql.parse(Optional.of("1"), "", FieldType.BOOLEAN, false)).contains(true);
        assertThat(mysql.parse(Optional.of("0"), "", FieldType.BOOLEAN, false)).contains(false);
        assertThat(mysql.parse(Optional.of("1.50"), "", FieldType.DECIMAL, false)).contains(new BigDecimal("1.5"));
        assertThat(mysql.parse(Optional.of("0"), "", FieldType.BIG_INTEGER, false)).contains(0);
        assertThat(mysql.parse(Optional.of("9000000000"), "", FieldType.BIG_INTEGER, false)).contains(9_000_000_000L);
        assertThat(mysql.parse(Optional.of("CURRENT_TIMESTAMP"), "", FieldType.TIMESTAMP, false))
            .as("MySQL 5.7").contains("CURRENT_TIMESTAMP");
        assertThat(mysql.parse(Optional.of("CURRENT_TIMESTAMP(3)"), "DEFAULT_GENERATED on update CURRENT_TIMESTAMP(3)",
            FieldType.DATE_TIME, false)).contains("CURRENT_TIMESTAMP(3)");
        assertThat(mysql.parse(Optional.of("(now())"), "DEFAULT_GENERATED", FieldType.DATE_TIME, false))
            .contains("CURRENT_TIMESTAMP");
        assertThat(mysql.parse(Optional.of("uuid()"), "DEFAULT_GENERATED", FieldType.STRING, false)).contains("uuid()");
        assertThat(mysql.parse(Optional.of("_utf8mb4\\'abc\\'"), "DEFAULT_GENERATED", FieldType.TEXT, false))
            .contains("abc");
    }

    @Test
    void autoIncrementWinsOverAnyDefault() {
        assertThat(mariaDb.parse(Optional.of("NULL"), "auto_increment", FieldType.INTEGER, true)).contains("AUTO_INCREMENT");
        assertThat(mysql.parse(Optional.empty(), "auto_increment", FieldType.BIG_INTEGER, true)).contains("AUTO_INCREMENT");
    }

    @Test
    void numbersTakeTheSmallestFittingType() {
        assertThat(DefaultValueParser.number("42")).isEqualTo(42);
        assertThat(DefaultValueParser.number("-2e3")).isEqualTo(-2000);
        assertThat(DefaultValueParser.number("2.00000")).isEqualTo(2);
        assertThat(DefaultValueParser.number("2147483648")).isEqualTo(2_147_483_648L);
        assertThat(DefaultValueParser.number("18446744073709551615")).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(DefaultValueParser.number("-0.50")).isEqualTo(new BigDecimal("-0.5"));
    }
}

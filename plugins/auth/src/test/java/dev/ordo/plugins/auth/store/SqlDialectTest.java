package dev.ordo.plugins.auth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SqlDialectTest {

    private static final Instant INSTANT = Instant.parse("2026-03-01T10:00:00.250Z");

    @Test
    void quotesIdentifiersPerVendor() {
        assertThat(SqlDialect.of("sqlite").quote("user")).isEqualTo("\"user\"");
        assertThat(SqlDialect.of("postgres").quote("timestamp")).isEqualTo("\"timestamp\"");
        assertThat(SqlDialect.of("mysql").quote("user")).isEqualTo("`user`");
        assertThat(SqlDialect.of("MariaDB").quote("user")).isEqualTo("`user`");
    }

    @Test
    void readsEveryRepresentationATimestampMayHaveInSqlite() {
        assertThat(SqlDialect.parseStoredInstant(INSTANT.toEpochMilli())).contains(INSTANT);
        assertThat(SqlDialect.parseStoredInstant(String.valueOf(INSTANT.toEpochMilli()))).contains(INSTANT);
        assertThat(SqlDialect.parseStoredInstant("2026-03-01T10:00:00.250Z")).contains(INSTANT);
        assertThat(SqlDialect.parseStoredInstant("2026-03-01T11:00:00.250+01:00")).contains(INSTANT);
        assertThat(SqlDialect.parseStoredInstant("2026-03-01 10:00:00.250")).contains(INSTANT);
        assertThat(SqlDialect.parseStoredInstant("2026-03-01 10:00:00")).contains(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(SqlDialect.parseStoredInstant(Timestamp.from(INSTANT))).contains(INSTANT);
        assertThat(SqlDialect.parseStoredInstant(null)).isEmpty();
        assertThat(SqlDialect.parseStoredInstant("tomorrow")).isEmpty();
    }

    @Test
    void readsBooleansFromEveryDriverShape() {
        assertThat(SqlDialect.toBoolean(Boolean.TRUE)).isTrue();
        assertThat(SqlDialect.toBoolean(1)).isTrue();
        assertThat(SqlDialect.toBoolean(0L)).isFalse();
        assertThat(SqlDialect.toBoolean("true")).isTrue();
        assertThat(SqlDialect.toBoolean("1")).isTrue();
        assertThat(SqlDialect.toBoolean("false")).isFalse();
        assertThat(SqlDialect.toBoolean(null)).isFalse();
    }
}

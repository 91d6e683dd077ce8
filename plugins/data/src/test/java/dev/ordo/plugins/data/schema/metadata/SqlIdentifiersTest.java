package dev.ordo.plugins.data.schema.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlIdentifiersTest {

    @Test
    void doubleQuotesForSqliteAndPostgres() {
        assertThat(new SqlIdentifiers("sqlite").quote("group")).isEqualTo("\"group\"");
        assertThat(new SqlIdentifiers("postgres").quote("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void backticksForMysqlAndMariadb() {
        assertThat(new SqlIdentifiers("mysql").quote("group")).isEqualTo("`group`");
        assertThat(new SqlIdentifiers("mariadb").quote("a`b")).isEqualTo("`a``b`");
    }
}

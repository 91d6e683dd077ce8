package dev.ordo.plugins.data.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuerySettingsTest {

    private static Settings settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void defaultsAreDirectus() {
        assertThat(QuerySettings.from(settings(Map.of()))).isEqualTo(QuerySettings.DEFAULTS)
            .isEqualTo(new QuerySettings(100, -1, 10, 10, 10, 500));
        assertThat(QuerySettings.DEFAULTS.hasLimitMax()).isFalse();
    }

    @Test
    void everyVariableIsRead() {
        QuerySettings read = QuerySettings.from(settings(Map.of("QUERY_LIMIT_DEFAULT", "25", "QUERY_LIMIT_MAX", "200",
            "MAX_RELATIONAL_DEPTH", "4", "MAX_JSON_QUERY_DEPTH", "3", "QUERYSTRING_MAX_PARSE_DEPTH", "6",
            "QUERYSTRING_ARRAY_LIMIT", "50")));
        assertThat(read).isEqualTo(new QuerySettings(25, 200, 4, 3, 6, 50));
        assertThat(read.hasLimitMax()).isTrue();
    }

    @Test
    void theRelationalDepthIsNeverBelowTwo() {
        assertThat(new QuerySettings(100, -1, 0, 10, 10, 500).effectiveRelationalDepth()).isEqualTo(2);
        assertThat(new QuerySettings(100, -1, 7, 10, 10, 500).effectiveRelationalDepth()).isEqualTo(7);
    }
}

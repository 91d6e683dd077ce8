package dev.ordo.plugins.data.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.plugins.data.testing.MapSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcludedTablesTest {

    @Test
    void byDefaultThePostgisAndSqlServerCatalogsAreExcluded() {
        assertThat(ExcludedTables.from(new MapSettings(Map.of()))).containsExactlyInAnyOrder("spatial_ref_sys", "sysdiagrams");
        assertThat(ExcludedTables.from(new MapSettings(Map.of("DB_EXCLUDE_TABLES", " "))))
            .containsExactlyInAnyOrder("spatial_ref_sys", "sysdiagrams");
    }

    @Test
    void theSettingReplacesTheDefault() {
        assertThat(ExcludedTables.from(new MapSettings(Map.of("DB_EXCLUDE_TABLES", "legacy, audit_log,"))))
            .containsExactlyInAnyOrder("legacy", "audit_log");
    }
}

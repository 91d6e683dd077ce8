package dev.ordo.plugins.data.schema;

import dev.ordo.api.config.Settings;
import java.util.List;
import java.util.Set;

/** The tables never served, from {@code DB_EXCLUDE_TABLES} (CSV); by default the catalogs of PostGIS and SQL Server. */
public final class ExcludedTables {

    public static final String SETTING = "DB_EXCLUDE_TABLES";
    public static final List<String> DEFAULT = List.of("spatial_ref_sys", "sysdiagrams");

    private ExcludedTables() {
    }

    public static Set<String> from(Settings settings) {
        List<String> configured = settings.getList(SETTING);
        return Set.copyOf(configured.isEmpty() ? DEFAULT : configured);
    }
}

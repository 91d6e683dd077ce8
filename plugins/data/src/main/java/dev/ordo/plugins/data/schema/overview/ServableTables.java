package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.TableSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Picks the tables that can be served as collections. Directus needs a single-column primary key to address
 * an item and treats a space in a table name as unusable, so it ignores every other table entirely (and views
 * have no primary key). Operators hide tables with {@code DB_EXCLUDE_TABLES}.
 */
public final class ServableTables {

    private ServableTables() {
    }

    /** The servable tables of {@code database}, in its order. */
    public static Map<String, TableSchema> select(DatabaseSchema database, Set<String> excludedTables) {
        Map<String, TableSchema> servable = new LinkedHashMap<>();
        database.tables().forEach((name, table) -> {
            if (isServable(table, excludedTables)) {
                servable.put(name, table);
            }
        });
        return servable;
    }

    public static boolean isServable(TableSchema table, Set<String> excludedTables) {
        return !table.view()
            && table.singlePrimaryKey().isPresent()
            && !table.name().contains(" ")
            && !excludedTables.contains(table.name());
    }
}

package dev.ordo.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A textual copy of what a database's own catalog says about the user's tables (everything but
 * {@code directus_*}), and of their rows: equal snapshots before and after mean Ordo left them untouched.
 */
public final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    public static List<String> of(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            List<String> lines = new ArrayList<>();
            for (String query : catalogQueries(database.vendor())) {
                lines.addAll(RowLines.of(connection, query));
            }
            for (String table : userTables(connection, database.vendor())) {
                lines.add("rows of " + table);
                lines.addAll(RowLines.of(connection, "SELECT * FROM " + table + " ORDER BY 1"));
            }
            return lines;
        }
    }

    private static List<String> catalogQueries(TestVendor vendor) {
        return switch (vendor) {
            case SQLITE -> List.of(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'directus\\_%' ESCAPE '\\' "
                    + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
            case POSTGRES -> List.of(
                "SELECT table_name, column_name, ordinal_position, data_type, column_default, is_nullable, "
                    + "character_maximum_length, numeric_precision, numeric_scale, is_identity, is_generated, "
                    + "generation_expression FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND table_name NOT LIKE 'directus\\_%' ORDER BY table_name, ordinal_position",
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    + "AND tablename NOT LIKE 'directus\\_%' ORDER BY tablename, indexname",
                "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
                    + "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                    + "AND c.conrelid::regclass::text NOT LIKE 'directus\\_%' ORDER BY 1, 2",
                "SELECT table_name, view_definition FROM information_schema.views WHERE table_schema = current_schema() "
                    + "ORDER BY table_name");
            case MYSQL -> List.of(
                "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, COLUMN_DEFAULT, IS_NULLABLE, "
                    + "COLUMN_KEY, EXTRA, GENERATION_EXPRESSION FROM information_schema.COLUMNS "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'directus\\_%' "
                    + "ORDER BY TABLE_NAME, ORDINAL_POSITION",
                "SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE FROM information_schema.STATISTICS "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'directus\\_%' "
                    + "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
                "SELECT CONSTRAINT_NAME, TABLE_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE, DELETE_RULE "
                    + "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() "
                    + "AND TABLE_NAME NOT LIKE 'directus\\_%' ORDER BY CONSTRAINT_NAME",
                "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() "
                    + "ORDER BY TABLE_NAME");
        };
    }

    private static List<String> userTables(Connection connection, TestVendor vendor) throws SQLException {
        String query = switch (vendor) {
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'directus\\_%' ESCAPE '\\' "
                + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
            case POSTGRES -> "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'directus\\_%' ORDER BY table_name";
            case MYSQL -> "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME NOT LIKE 'directus\\_%' ORDER BY TABLE_NAME";
        };
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}

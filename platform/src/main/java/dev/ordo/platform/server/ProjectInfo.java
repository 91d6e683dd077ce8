package dev.ordo.platform.server;

import dev.ordo.platform.db.PooledDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public branding of the project, from the {@code directus_settings} singleton (Directus's defaults when empty). */
final class ProjectInfo {

    private static final List<String> COLUMNS = List.of("project_name", "project_descriptor", "project_logo",
        "project_color", "default_language", "public_foreground", "public_background", "public_favicon", "public_note",
        "custom_css", "public_registration", "public_registration_verify_email");

    private final PooledDatabase database;

    ProjectInfo(PooledDatabase database) {
        this.database = database;
    }

    Map<String, Object> read() throws SQLException {
        Map<String, Object> project = defaults();
        database.withConnection(connection -> {
            try (Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT " + String.join(", ", COLUMNS)
                     + " FROM directus_settings ORDER BY id")) {
                if (row.next()) {
                    for (String column : COLUMNS) {
                        Object value = column.startsWith("public_registration") ? (Object) row.getBoolean(column)
                            : row.getString(column);
                        project.put(column, value);
                    }
                }
            }
            return null;
        });
        return project;
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> project = new LinkedHashMap<>();
        COLUMNS.forEach(column -> project.put(column, null));
        project.put("project_name", "Directus");
        project.put("project_color", "#6644FF");
        project.put("default_language", "en-US");
        project.put("public_registration", false);
        project.put("public_registration_verify_email", true);
        return project;
    }
}

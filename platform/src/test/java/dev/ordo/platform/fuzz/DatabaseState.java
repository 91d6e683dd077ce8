package dev.ordo.platform.fuzz;

import dev.ordo.platform.testing.RowLines;
import dev.ordo.platform.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a write may change, read straight from the database: every row of the fuzzed tables, and how many activity
 * and revision rows there are. Equal states before and after a refused write mean it left nothing behind.
 */
public record DatabaseState(List<String> lines) {

    public DatabaseState {
        lines = List.copyOf(lines);
    }

    public static DatabaseState of(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return of(connection);
        }
    }

    /** Read on a connection the caller keeps open (a new PostgreSQL connection per write would cost seconds). */
    public static DatabaseState of(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : FuzzSchema.TABLES) {
                lines.add("rows of " + table);
                lines.addAll(RowLines.of(statement, "SELECT * FROM " + table + " ORDER BY 1"));
            }
            for (String table : List.of("directus_activity", "directus_revisions")) {
                lines.add("count of " + table);
                lines.addAll(RowLines.of(statement, "SELECT COUNT(*) FROM " + table));
            }
        }
        return new DatabaseState(lines);
    }

}

package dev.ordo.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The rows a query answers as lines of text ({@code a | b | c}), for snapshots compared before and after. */
public final class RowLines {

    private RowLines() {
    }

    public static List<String> of(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return of(statement, query);
        }
    }

    public static List<String> of(Statement statement, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.append(i == 1 ? "" : " | ").append(rows.getString(i));
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** The lines only one of two snapshots has, for a failure message. */
    public static String difference(List<String> before, List<String> after) {
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        return "gone " + gone + ", added " + added;
    }
}

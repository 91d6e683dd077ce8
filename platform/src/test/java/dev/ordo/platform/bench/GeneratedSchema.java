package dev.ordo.platform.bench;

import dev.ordo.platform.testing.TestDatabase;
import dev.ordo.platform.testing.TestVendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A large schema for benchmarks: {@code tables} tables of {@code columns} columns each, with a primary key, a
 * foreign key to the previous table, an index and a spread of column types, written in each flavour's SQL.
 */
final class GeneratedSchema {

    private static final String[] SQLITE_TYPES = {"varchar(255)", "integer", "text", "boolean", "timestamp",
        "decimal(10,2)", "bigint", "date", "real", "json"};
    private static final String[] POSTGRES_TYPES = {"varchar(255)", "integer", "text", "boolean",
        "timestamp with time zone", "numeric(10,2)", "bigint", "date", "real", "json"};
    private static final String[] MYSQL_TYPES = {"varchar(255)", "int", "text", "tinyint(1)", "timestamp null",
        "decimal(10,2)", "bigint", "date", "float", "json"};

    private GeneratedSchema() {
    }

    static void create(TestDatabase database, int tables, int columns) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(database.vendor() == TestVendor.MYSQL);
            for (int t = 0; t < tables; t++) {
                statement.execute(createTable(database.vendor(), t, columns));
                statement.execute("CREATE INDEX " + table(t) + "_c2_index ON " + table(t) + " (c2)");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static String createTable(TestVendor vendor, int index, int columns) {
        String[] types = switch (vendor) {
            case SQLITE -> SQLITE_TYPES;
            case POSTGRES -> POSTGRES_TYPES;
            case MYSQL -> MYSQL_TYPES;
        };
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table(index)).append(" (");
        sql.append(switch (vendor) {
            case SQLITE -> "id integer primary key autoincrement";
            case POSTGRES -> "id serial primary key";
            case MYSQL -> "id int auto_increment primary key";
        });
        sql.append(", parent_id ").append(vendor == TestVendor.MYSQL ? "int" : "integer");
        if (index > 0) {
            sql.append(" REFERENCES ").append(table(index - 1)).append(" (id) ON DELETE SET NULL");
        }
        for (int c = 2; c < columns; c++) {
            sql.append(", c").append(c).append(' ').append(types[c % types.length]);
        }
        return sql.append(')').toString();
    }

    private static String table(int index) {
        return String.format("bench_%04d", index);
    }
}

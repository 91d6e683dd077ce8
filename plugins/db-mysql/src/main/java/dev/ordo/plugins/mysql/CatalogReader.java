package dev.ordo.plugins.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one database's catalog from {@code information_schema} in one query per catalog table, whatever the
 * number of tables. The database name is bound as a constant so the server can read only that database's
 * table definitions.
 */
final class CatalogReader {

    /** The server's own databases: their tables are the server's internals, not data. */
    private static final Set<String> SYSTEM_DATABASES =
        Set.of("information_schema", "mysql", "performance_schema", "sys");

    /** MariaDB's system-versioned tables are ordinary tables with history; sequences are not tables. */
    private static final String TABLES = """
        SELECT TABLE_NAME, TABLE_SCHEMA, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT
        FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED')""";

    private static final String COLUMNS = """
        SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, COLUMN_TYPE,
               CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, EXTRA, GENERATION_EXPRESSION,
               COLUMN_COMMENT
        FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = ?
        ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    /** COLUMN_NAME is null for the expression parts of MySQL's functional indexes; they still count as parts. */
    private static final String INDEXES = """
        SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME
        FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA = ?
        ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    /**
     * Foreign key columns, to tables of the same database only: a bare table name in another database would be
     * read as one of this database's tables. Their rules come from a query of their own, joined here: MariaDB
     * joins two catalog tables by nested loops, three times slower than both queries together.
     */
    private static final String FOREIGN_KEY_COLUMNS = """
        SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
        FROM information_schema.KEY_COLUMN_USAGE
        WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_SCHEMA = ?
        ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION""";

    private static final String FOREIGN_KEY_RULES = """
        SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
        FROM information_schema.REFERENTIAL_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = ?""";

    private static final String FOREIGN_KEYS_REFERENCING = """
        SELECT DISTINCT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME
        FROM information_schema.KEY_COLUMN_USAGE
        WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME = ?""";

    /** MariaDB stores JSON as LONGTEXT with this check; MySQL has a real JSON type and no TABLE_NAME here. */
    private static final String JSON_CHECKS = """
        SELECT TABLE_NAME, CHECK_CLAUSE
        FROM information_schema.CHECK_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = ? AND CHECK_CLAUSE LIKE 'json_valid(%'""";

    private static final Pattern JSON_VALID = Pattern.compile("(?i)json_valid\\(`((?:[^`]|``)+)`\\)");

    Catalog read(Connection connection, ConnectedDatabase database) throws SQLException {
        Optional<String> name = database.name().filter(n -> !SYSTEM_DATABASES.contains(n.toLowerCase(Locale.ROOT)));
        if (name.isEmpty()) {
            return new Catalog(List.of(), List.of(), List.of(), List.of(), Set.of());
        }
        String schema = name.get();
        return new Catalog(
            tables(connection, schema),
            columns(connection, schema),
            indexes(connection, schema),
            foreignKeys(connection, schema),
            database.isMariaDb() ? jsonColumns(connection, schema) : Set.of());
    }

    /** The foreign keys of other tables that point to {@code table}. */
    List<Catalog.ConstraintReference> foreignKeysReferencing(Connection connection, ConnectedDatabase database,
                                                            String table) throws SQLException {
        if (database.name().isEmpty()) {
            return List.of();
        }
        String schema = database.name().get();
        record Incoming(Catalog.ConstraintReference constraint, String referencedTable) {
        }
        List<Incoming> keys = query(connection, FOREIGN_KEYS_REFERENCING, List.of(schema, schema, table),
            row -> new Incoming(constraint(row), row.getString("REFERENCED_TABLE_NAME")));
        // The catalog compares names without regard to case; the server does not (on Linux), so compare again.
        return keys.stream()
            .filter(key -> key.referencedTable().equals(table) && !key.constraint().table().equals(table))
            .map(Incoming::constraint)
            .toList();
    }

    private static List<Catalog.TableRow> tables(Connection connection, String schema) throws SQLException {
        return query(connection, TABLES, List.of(schema), row -> {
            boolean view = "VIEW".equals(row.getString("TABLE_TYPE"));
            // Both servers put the word VIEW in a view's comment.
            Optional<String> comment = view ? Optional.empty() : comment(row, "TABLE_COMMENT");
            return new Catalog.TableRow(row.getString("TABLE_NAME"), row.getString("TABLE_SCHEMA"), view,
                text(row, "ENGINE"), text(row, "TABLE_COLLATION"), comment);
        });
    }

    private static List<Catalog.ColumnRow> columns(Connection connection, String schema) throws SQLException {
        return query(connection, COLUMNS, List.of(schema), row -> new Catalog.ColumnRow(
            row.getString("TABLE_NAME"),
            row.getString("COLUMN_NAME"),
            Optional.ofNullable(row.getString("COLUMN_DEFAULT")),
            "YES".equals(row.getString("IS_NULLABLE")),
            row.getString("DATA_TYPE").toLowerCase(Locale.ROOT),
            row.getString("COLUMN_TYPE").toLowerCase(Locale.ROOT),
            longValue(row, "CHARACTER_MAXIMUM_LENGTH"),
            intValue(row, "NUMERIC_PRECISION"),
            intValue(row, "NUMERIC_SCALE"),
            Optional.ofNullable(row.getString("EXTRA")).orElse(""),
            text(row, "GENERATION_EXPRESSION"),
            comment(row, "COLUMN_COMMENT")));
    }

    private static List<Catalog.IndexRow> indexes(Connection connection, String schema) throws SQLException {
        return query(connection, INDEXES, List.of(schema), row -> new Catalog.IndexRow(row.getString("TABLE_NAME"),
            row.getString("INDEX_NAME"), row.getInt("NON_UNIQUE") == 0, row.getInt("SEQ_IN_INDEX"),
            row.getString("COLUMN_NAME")));
    }

    private static List<Catalog.ForeignKeyRow> foreignKeys(Connection connection, String schema) throws SQLException {
        record Rules(Catalog.ConstraintReference constraint, String onUpdate, String onDelete) {
        }
        Map<Catalog.ConstraintReference, Rules> rules = query(connection, FOREIGN_KEY_RULES, List.of(schema),
            row -> new Rules(constraint(row), row.getString("UPDATE_RULE"), row.getString("DELETE_RULE")))
            .stream()
            .collect(Collectors.toMap(Rules::constraint, Function.identity(), (first, second) -> first));
        return query(connection, FOREIGN_KEY_COLUMNS, List.of(schema, schema), row -> {
            Catalog.ConstraintReference constraint = constraint(row);
            Rules rule = rules.getOrDefault(constraint, new Rules(constraint, null, null));
            return new Catalog.ForeignKeyRow(constraint.table(), constraint.constraintName(),
                row.getString("COLUMN_NAME"), row.getString("REFERENCED_TABLE_NAME"),
                row.getString("REFERENCED_COLUMN_NAME"), rule.onUpdate(), rule.onDelete());
        });
    }

    private static Catalog.ConstraintReference constraint(ResultSet row) throws SQLException {
        return new Catalog.ConstraintReference(row.getString("TABLE_NAME"), row.getString("CONSTRAINT_NAME"));
    }

    private static Set<Catalog.ColumnReference> jsonColumns(Connection connection, String schema) throws SQLException {
        List<Optional<Catalog.ColumnReference>> checks = query(connection, JSON_CHECKS, List.of(schema), row -> {
            Matcher check = JSON_VALID.matcher(row.getString("CHECK_CLAUSE").trim());
            String table = row.getString("TABLE_NAME");
            String column = check.matches() ? check.group(1).replace("``", "`") : null;
            return Optional.ofNullable(column).map(name -> new Catalog.ColumnReference(table, name));
        });
        return checks.stream().flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static <T> List<T> query(Connection connection, String sql, List<String> parameters, RowMapper<T> mapper)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * A comment as the catalog writes it: "no comment" is an empty string, which Directus's MySQL inspector answers
     * as it is.
     */
    private static Optional<String> comment(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** A text column, empty when null or empty. */
    private static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column)).filter(value -> !value.isEmpty());
    }

    private static OptionalLong longValue(ResultSet row, String column) throws SQLException {
        Number value = (Number) row.getObject(column);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value.longValue());
    }

    private static OptionalInt intValue(ResultSet row, String column) throws SQLException {
        Number value = (Number) row.getObject(column);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
    }
}

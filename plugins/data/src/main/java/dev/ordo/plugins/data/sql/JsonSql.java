package dev.ordo.plugins.data.sql;

import dev.ordo.plugins.data.query.JsonPath;
import dev.ordo.plugins.data.values.Vendor;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Reading inside JSON columns, in each flavour's SQL: SQLite's {@code json_extract}, PostgreSQL's
 * {@code jsonb_extract_path} (on the column cast to {@code jsonb}, so {@code json}, {@code jsonb} and text columns all
 * work), MySQL's and MariaDB's {@code JSON_EXTRACT}. Paths are always bound. Values that are not what an expression
 * asks for (a string where a number is compared, a malformed document on SQLite) give NULL rather than an error.
 */
public final class JsonSql {

    private final Vendor vendor;

    public JsonSql(Vendor vendor) {
        this.vendor = vendor;
    }

    /** The value at {@code path} as JSON text ({@code "blue"}, {@code 3}, {@code true}, {@code [1,2]}); NULL when missing. */
    public Field<String> json(Field<Object> column, JsonPath path) {
        return switch (vendor) {
            case SQLITE -> varchar("CASE WHEN json_valid({0}) THEN {0} -> {1} END", column, dollar(path));
            case POSTGRES -> varchar("CAST(jsonb_extract_path(CAST({0} AS jsonb)" + steps(path) + ") AS text)",
                postgresArguments(column, path));
            case MYSQL, MARIADB -> varchar("JSON_EXTRACT({0}, {1})", column, dollar(path));
        };
    }

    /**
     * The value at {@code path} as text, for textual comparisons and sorting: strings unquoted, numbers and booleans as
     * JSON writes them ({@code 5}, {@code true}), objects and arrays as JSON text; NULL when missing or {@code null}.
     */
    public Field<String> text(Field<Object> column, JsonPath path) {
        return switch (vendor) {
            case SQLITE -> varchar("CASE WHEN json_valid({0}) THEN CASE json_type({0}, {1}) WHEN 'true' THEN 'true'"
                + " WHEN 'false' THEN 'false' WHEN 'null' THEN NULL ELSE CAST(json_extract({0}, {1}) AS TEXT) END END",
                column, dollar(path));
            case POSTGRES -> varchar("jsonb_extract_path_text(CAST({0} AS jsonb)" + steps(path) + ")",
                postgresArguments(column, path));
            case MYSQL, MARIADB -> varchar("CASE WHEN JSON_TYPE(JSON_EXTRACT({0}, {1})) = 'NULL' THEN NULL"
                + " ELSE JSON_UNQUOTE(JSON_EXTRACT({0}, {1})) END", column, dollar(path));
        };
    }

    /** The value at {@code path} when it is a JSON number; NULL otherwise. */
    public Field<Object> number(Field<Object> column, JsonPath path) {
        String sql = switch (vendor) {
            case SQLITE -> "CASE WHEN json_valid({0}) THEN CASE WHEN json_type({0}, {1}) IN ('integer', 'real')"
                + " THEN json_extract({0}, {1}) END END";
            case POSTGRES -> "CASE WHEN jsonb_typeof(jsonb_extract_path(CAST({0} AS jsonb)" + steps(path)
                + ")) = 'number' THEN CAST(jsonb_extract_path_text(CAST({0} AS jsonb)" + steps(path)
                + ") AS NUMERIC) END";
            case MYSQL, MARIADB -> "CASE WHEN JSON_TYPE(JSON_EXTRACT({0}, {1})) IN ('INTEGER', 'UNSIGNED INTEGER',"
                + " 'DOUBLE', 'DECIMAL') THEN CAST(JSON_UNQUOTE(JSON_EXTRACT({0}, {1})) AS DOUBLE) END";
        };
        QueryPart[] arguments = vendor == Vendor.POSTGRES ? postgresArguments(column, path)
            : new QueryPart[] {column, dollar(path)};
        return DSL.field(sql, Object.class, arguments);
    }

    /** {@code count(field)} of a JSON field: the length of its array, 0 for any other JSON value, NULL for none. */
    public Field<Integer> arrayLength(Field<Object> column) {
        String sql = switch (vendor) {
            // json_array_length answers 0 for any other JSON value, as Directus's SQLite count() does.
            case SQLITE -> "CASE WHEN json_valid({0}) THEN json_array_length({0}) END";
            case POSTGRES -> "CASE WHEN jsonb_typeof(CAST({0} AS jsonb)) = 'array'"
                + " THEN jsonb_array_length(CAST({0} AS jsonb)) WHEN {0} IS NOT NULL THEN 0 END";
            case MYSQL, MARIADB -> "CASE WHEN JSON_TYPE({0}) = 'ARRAY' THEN JSON_LENGTH({0})"
                + " WHEN {0} IS NOT NULL THEN 0 END";
        };
        return DSL.field(sql, SQLDataType.INTEGER, column);
    }

    private static Field<String> varchar(String sql, QueryPart... arguments) {
        return DSL.field(sql, SQLDataType.VARCHAR, arguments);
    }

    private static Field<String> dollar(JsonPath path) {
        return DSL.val(path.dollarForm(), SQLDataType.VARCHAR);
    }

    /** {@code , {1}, {2}, ...}: one bound argument per step, after the document. */
    private static String steps(JsonPath path) {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= path.steps().size(); i++) {
            steps.append(", {").append(i).append('}');
        }
        return steps.toString();
    }

    private static QueryPart[] postgresArguments(Field<Object> column, JsonPath path) {
        List<QueryPart> arguments = new ArrayList<>();
        arguments.add(column);
        path.elements().forEach(element -> arguments.add(DSL.val(element, SQLDataType.VARCHAR)));
        return arguments.toArray(QueryPart[]::new);
    }
}

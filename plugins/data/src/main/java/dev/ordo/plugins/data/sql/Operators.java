package dev.ordo.plugins.data.sql;

import dev.ordo.api.error.InvalidQueryException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The filter operators in SQL, with Directus's semantics (DATA-API.md §3.3.2): {@code _neq} does not match NULLs,
 * an empty {@code _in} matches nothing, {@code %} and {@code _} in {@code _contains} values are wildcards too.
 */
final class Operators {

    /** More values than this in one {@code _in} would exceed what some databases bind in one statement. */
    static final int MAX_LIST_VALUES = 10_000;

    /** SQLite's longest LIKE pattern, in bytes. */
    private static final int MAX_PATTERN_BYTES = 50_000;

    private Operators() {
    }

    /**
     * @param bind       turns a filter value into the value bound for the column (checking its type)
     * @param textColumn whether the column is text already; other columns are cast to text for LIKE
     */
    static Condition apply(String operator, Field<Object> column, Object value, UnaryOperator<Object> bind,
                           boolean textColumn) {
        return switch (operator) {
            case "_eq" -> value == null ? column.isNull() : column.eq(bound(bind, value));
            case "_neq" -> value == null ? column.isNotNull() : column.ne(bound(bind, value));
            case "_lt" -> column.lt(bound(bind, value));
            case "_lte" -> column.le(bound(bind, value));
            case "_gt" -> column.gt(bound(bind, value));
            case "_gte" -> column.ge(bound(bind, value));
            case "_in" -> in(column, value, bind, false);
            case "_nin" -> in(column, value, bind, true);
            case "_null" -> isTrue(value) ? column.isNull() : column.isNotNull();
            case "_nnull" -> isTrue(value) ? column.isNotNull() : column.isNull();
            case "_empty" -> isTrue(value) ? empty(column, textColumn) : DSL.not(empty(column, textColumn));
            case "_nempty" -> isTrue(value) ? DSL.not(empty(column, textColumn)) : empty(column, textColumn);
            case "_contains" -> text(column, textColumn).like(pattern("%", value, "%"));
            case "_ncontains" -> text(column, textColumn).notLike(pattern("%", value, "%"));
            case "_icontains" -> DSL.lower(text(column, textColumn)).like(lowerPattern("%", value, "%"));
            case "_starts_with" -> text(column, textColumn).like(pattern("", value, "%"));
            case "_nstarts_with" -> text(column, textColumn).notLike(pattern("", value, "%"));
            case "_istarts_with" -> DSL.lower(text(column, textColumn)).like(lowerPattern("", value, "%"));
            case "_nistarts_with" -> DSL.lower(text(column, textColumn)).notLike(lowerPattern("", value, "%"));
            case "_ends_with" -> text(column, textColumn).like(pattern("%", value, ""));
            case "_nends_with" -> text(column, textColumn).notLike(pattern("%", value, ""));
            case "_iends_with" -> DSL.lower(text(column, textColumn)).like(lowerPattern("%", value, ""));
            case "_niends_with" -> DSL.lower(text(column, textColumn)).notLike(lowerPattern("%", value, ""));
            case "_between" -> between(column, value, bind, false);
            case "_nbetween" -> between(column, value, bind, true);
            default -> throw new InvalidQueryException("\"" + operator + "\" is not supported in this position");
        };
    }

    private static Field<Object> bound(UnaryOperator<Object> bind, Object value) {
        return DSL.val(bind.apply(value));
    }

    private static Condition in(Field<Object> column, Object value, UnaryOperator<Object> bind, boolean negated) {
        List<?> elements = list(value);
        if (elements.size() > MAX_LIST_VALUES) {
            throw new InvalidQueryException("\"" + (negated ? "_nin" : "_in") + "\" accepts at most " + MAX_LIST_VALUES
                + " values");
        }
        List<Object> values = new ArrayList<>();
        for (Object element : elements) {
            values.add(bind.apply(element));
        }
        if (values.isEmpty()) {
            return negated ? DSL.trueCondition() : DSL.falseCondition();
        }
        if (values.contains(null)) {
            return negated ? column.notIn(values) : column.in(values);
        }
        // Bound as one list: jOOQ's own IN costs per element, which shows with thousands of keys.
        return negated ? Sql.notIn(column, values) : Sql.in(column, values);
    }

    private static Condition between(Field<Object> column, Object value, UnaryOperator<Object> bind, boolean negated) {
        List<?> bounds = list(value);
        if (bounds.size() != 2) {
            return DSL.trueCondition();
        }
        Condition inside = column.between(DSL.val(bind.apply(bounds.get(0))), DSL.val(bind.apply(bounds.get(1))));
        return negated ? DSL.not(inside) : inside;
    }

    private static List<?> list(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split(",")).map(String::trim).toList();
        }
        return value == null ? List.of() : List.of(value);
    }

    /**
     * Null or the empty string. Only text equals {@code ''}: other columns compare as their text, which is never empty
     * (PostgreSQL refuses {@code ''} as a timestamp, a uuid or a number). Text columns are compared as they are.
     */
    private static Condition empty(Field<Object> column, boolean textColumn) {
        return column.isNull().or(text(column, textColumn).eq(DSL.val("")));
    }

    private static Field<String> text(Field<Object> column, boolean textColumn) {
        return textColumn ? column.coerce(SQLDataType.VARCHAR) : column.cast(SQLDataType.VARCHAR);
    }

    private static String pattern(String before, Object value, String after) {
        return checkedPattern(before + value + after);
    }

    private static String lowerPattern(String before, Object value, String after) {
        return checkedPattern(before + String.valueOf(value).toLowerCase(java.util.Locale.ROOT) + after);
    }

    /**
     * A LIKE pattern no longer than SQLite takes (50,000 bytes), refused alike on every database: SQLite would fail
     * the statement.
     */
    static String checkedPattern(String pattern) {
        if (pattern.length() > MAX_PATTERN_BYTES / 4
            && pattern.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PATTERN_BYTES) {
            throw new InvalidQueryException("Value is too long to match: at most " + MAX_PATTERN_BYTES + " bytes");
        }
        return pattern;
    }

    /** {@code _null: true}, {@code _null: null} and {@code _null} with no value all mean "is null". */
    private static boolean isTrue(Object value) {
        return value == null || Boolean.TRUE.equals(value) || "true".equals(value) || "".equals(value);
    }
}

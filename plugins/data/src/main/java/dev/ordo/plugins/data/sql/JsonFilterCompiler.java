package dev.ordo.plugins.data.sql;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.query.JsonPath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Compiles the value of a {@code _json} operator (a {@link Filter} whose conditions name JSON paths) into conditions on
 * one JSON column. A condition compares the value at its path as text, unless its operand is a number (or a list of
 * numbers): then the value is compared as a number, and values that are not JSON numbers never match. {@code _null}
 * matches a missing path and a JSON {@code null} alike.
 */
final class JsonFilterCompiler {

    private final JsonSql json;

    JsonFilterCompiler(JsonSql json) {
        this.json = json;
    }

    Condition compile(Filter filter, Field<Object> column) {
        if (filter instanceof Filter.And and) {
            return DSL.and(parts(and.filters(), column));
        }
        if (filter instanceof Filter.Or or) {
            return or.filters().isEmpty() ? DSL.falseCondition() : DSL.or(parts(or.filters(), column));
        }
        if (filter instanceof Filter.Condition condition) {
            return condition(condition, column);
        }
        // The parser never puts a relation inside _json.
        throw new InvalidQueryException("Invalid filter object");
    }

    private List<Condition> parts(List<Filter> filters, Field<Object> column) {
        List<Condition> parts = new ArrayList<>(filters.size());
        filters.forEach(filter -> parts.add(compile(filter, column)));
        return parts;
    }

    private Condition condition(Filter.Condition condition, Field<Object> column) {
        JsonPath path = JsonPath.parse(condition.field(), Integer.MAX_VALUE);
        if (isNumeric(condition.value())) {
            return Operators.apply(condition.operator(), json.number(column, path), condition.value(),
                JsonFilterCompiler::number, false);
        }
        @SuppressWarnings("unchecked")
        Field<Object> text = (Field<Object>) (Field<?>) json.text(column, path);
        return Operators.apply(condition.operator(), text, condition.value(), value -> String.valueOf(value), true);
    }

    /** A number, or a non-empty list of numbers only. */
    private static boolean isNumeric(Object value) {
        if (value instanceof List<?> list) {
            return !list.isEmpty() && list.stream().allMatch(Number.class::isInstance);
        }
        return value instanceof Number;
    }

    /** A whole number binds as a long, any other as a double: every driver binds those as numbers. */
    private static Object number(Object value) {
        Number number = (Number) value;
        boolean whole = number instanceof Integer || number instanceof Long || number instanceof Short
            || number instanceof Byte || number instanceof BigInteger
            || (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0);
        return whole ? (Object) number.longValue() : (Object) number.doubleValue();
    }
}

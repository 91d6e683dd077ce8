package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of one filter operator: coerced ({@code "true"}/{@code "false"} to booleans, {@code "null"}/{@code "NULL"}
 * to null), brought to the operator's shape and checked, with Directus's reasons.
 */
final class FilterOperands {

    private static final BigDecimal MAX_SAFE_INTEGER = BigDecimal.valueOf(9_007_199_254_740_991L);
    private static final Set<String> GEOJSON_COORDINATE_TYPES =
        Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

    private FilterOperands() {
    }

    /** The checked, immutable operand of {@code operator}. */
    static Object operand(String operator, Object raw) {
        if (FilterOperators.LIST.contains(operator)) {
            return list(operator, raw);
        }
        if (FilterOperators.BOOLEAN.contains(operator)) {
            return bool(operator, coerce(raw));
        }
        if (FilterOperators.GEOMETRY.contains(operator)) {
            return geometry(operator, raw);
        }
        return scalar(operator, coerce(raw));
    }

    /** The operand of {@code _regex} (the pattern's text, as written) or {@code _submitted} (a boolean). */
    static Object validationOperand(String operator, Object raw) {
        if (operator.equals("_submitted")) {
            return bool(operator, coerce(raw));
        }
        if (!(raw instanceof String pattern)) {
            throw new InvalidQueryException("\"" + operator + "\" has to be a string");
        }
        return pattern;
    }

    /** Directus's coercion of string values, applied to every value in the filter. */
    static Object coerce(Object value) {
        if (value instanceof String text) {
            return switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null", "NULL" -> null;
                default -> text;
            };
        }
        if (value instanceof List<?> list) {
            List<Object> coerced = new ArrayList<>(list.size());
            list.forEach(item -> coerced.add(coerce(item)));
            return Collections.unmodifiableList(coerced);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> coerced = new LinkedHashMap<>();
            map.forEach((key, item) -> coerced.put(String.valueOf(key), coerce(item)));
            return Collections.unmodifiableMap(coerced);
        }
        return value;
    }

    private static List<Object> list(String operator, Object raw) {
        List<?> items;
        if (raw instanceof Map<?, ?> map) {
            // A list indexed past the query string's array limit arrives as an index-keyed map.
            items = new ArrayList<>(map.values());
        } else if (raw instanceof List<?> list) {
            items = list;
        } else if (raw instanceof String text) {
            items = Arrays.asList(text.split(",", -1));
        } else {
            items = Collections.singletonList(raw);
        }
        List<Object> values = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof List<?> nested) {
                nested.forEach(value -> values.add(coerce(value)));
            } else {
                values.add(coerce(item));
            }
        }
        if (values.isEmpty()) {
            throw new InvalidQueryException("\"" + operator + "\" has to be an array of values");
        }
        for (Object value : values) {
            if (!RawValues.isPrimitive(value)) {
                throw notPrimitive(operator);
            }
            if (value instanceof Number number) {
                checkNumber(operator, number);
            }
        }
        return Collections.unmodifiableList(values);
    }

    private static Boolean bool(String operator, Object value) {
        if (value == null || "".equals(value)) {
            return Boolean.TRUE;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new InvalidQueryException("\"" + operator + "\" has to be a boolean");
    }

    private static Object geometry(String operator, Object raw) {
        Object value = raw;
        if (raw instanceof String text) {
            value = JsonParameterText.parse(text)
                .orElseThrow(() -> new InvalidQueryException(FilterParser.INVALID_FILTER))
                .value();
        }
        value = coerce(value);
        if (value != null && !isGeoJson(value)) {
            throw new InvalidQueryException("\"" + operator + "\" has to be a valid GeoJSON object");
        }
        return value;
    }

    private static Object scalar(String operator, Object value) {
        if (!RawValues.isPrimitive(value)) {
            throw notPrimitive(operator);
        }
        if (value instanceof Number number) {
            checkNumber(operator, number);
        }
        if ("".equals(value)) {
            throw new InvalidQueryException("You can't filter for an empty string in \"" + operator
                + "\". Use \"_empty\" or \"_nempty\" instead");
        }
        return value;
    }

    private static void checkNumber(String operator, Number number) {
        boolean valid;
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            valid = Double.isFinite(value) && Math.abs(value) <= MAX_SAFE_INTEGER.doubleValue();
        } else {
            BigDecimal value = number instanceof BigDecimal decimal ? decimal
                : number instanceof BigInteger integer ? new BigDecimal(integer)
                : BigDecimal.valueOf(number.longValue());
            valid = value.abs().compareTo(MAX_SAFE_INTEGER) <= 0;
        }
        if (!valid) {
            throw new InvalidQueryException("The filter value for \"" + operator + "\" is not a valid number");
        }
    }

    private static InvalidQueryException notPrimitive(String operator) {
        return new InvalidQueryException(
            "The filter value for \"" + operator + "\" has to be a string, number, or boolean");
    }

    /** What Directus's GeoJSON-to-WKT conversion accepts: a geometry, a collection of them, or a feature. */
    private static boolean isGeoJson(Object value) {
        if (!(value instanceof Map<?, ?> object) || !(object.get("type") instanceof String type)) {
            return false;
        }
        if (type.equals("Feature")) {
            return isGeoJson(object.get("geometry"));
        }
        if (type.equals("GeometryCollection")) {
            return object.get("geometries") instanceof List<?> geometries
                && geometries.stream().allMatch(FilterOperands::isGeoJson);
        }
        return GEOJSON_COORDINATE_TYPES.contains(type) && object.get("coordinates") instanceof List<?>;
    }
}

package dev.ordo.plugins.data.query;

/**
 * JavaScript's view of the raw, JSON-like parameter values: which ones count as given, and how a value's type is named
 * in error reasons. Directus decides presence with JavaScript truthiness, so Ordo does the same.
 */
final class RawValues {

    private RawValues() {
    }

    /** JavaScript truthiness: {@code null}, {@code ""}, {@code false} and {@code 0} count as absent. */
    static boolean isTruthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble != 0 && !Double.isNaN(asDouble);
        }
        return true;
    }

    /** The JavaScript {@code typeof} of a JSON value, as Directus prints it in reasons. */
    static String typeName(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "object";
    }

    /** Strings, numbers, booleans and null: the values a filter operand may be. */
    static boolean isPrimitive(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}

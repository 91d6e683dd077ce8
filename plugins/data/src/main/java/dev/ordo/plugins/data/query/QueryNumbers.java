package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;

/**
 * The numeric parameters ({@code limit}, {@code offset}, {@code page}): read with JavaScript's {@code Number()}
 * conversion ({@link JavaScriptNumber}), as Directus does, then checked as whole numbers with Directus's (Joi's)
 * wording.
 */
final class QueryNumbers {

    private static final double MAX_SAFE_INTEGER = 9_007_199_254_740_991d;

    private QueryNumbers() {
    }

    /**
     * Checks that {@code value} is a whole number in {@code [min, max]}.
     *
     * @param parameter the parameter's name, quoted in the reason
     */
    static int wholeNumber(String parameter, double value, int min, int max) {
        String label = "\"" + parameter + "\"";
        if (Double.isNaN(value)) {
            throw new InvalidQueryException(label + " must be a number");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidQueryException(label + " cannot be infinity");
        }
        if (Math.abs(value) > MAX_SAFE_INTEGER) {
            throw new InvalidQueryException(label + " must be a safe number");
        }
        if (value != Math.rint(value)) {
            throw new InvalidQueryException(label + " must be an integer");
        }
        if (value < min) {
            throw new InvalidQueryException(label + " must be greater than or equal to " + min);
        }
        if (value > max) {
            throw new InvalidQueryException(label + " must be less than or equal to " + max);
        }
        return (int) value;
    }

}

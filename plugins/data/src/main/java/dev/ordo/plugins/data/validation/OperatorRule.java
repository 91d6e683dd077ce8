package dev.ordo.plugins.data.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One filter operator checked against one submitted value, as Directus's {@code generateJoi} checks it, reported as
 * its {@code joiValidationErrorItemToErrorExtensions} reports the failure. Comparisons are numeric when the operand is
 * a number (or numeric text) and by date otherwise. Operators that cannot be decided on a payload (geometry,
 * {@code _json}) pass, as in Directus. A value of the wrong kind for the rule (null or a number where it asks for
 * text, null or text that is no number or date where it compares) breaks it as {@code required}, as Joi's type check
 * does before the rule; where Directus fails with a 500 instead (a value that is no text under {@code _contains},
 * empty text under a text rule) the first is {@code required} too and the second checked as text. Where Directus
 * leaves an operator out of validation ({@code _ieq}, {@code _nicontains}) or gets it wrong ({@code _nbetween} can
 * never pass there), the rule does what the operator means in a filter.
 */
final class OperatorRule {

    /** The type and expected value of a broken rule, before it is placed on a field. */
    record Broken(String type, Map<String, Object> expected) {
    }

    private static final String REQUIRED = "required";

    private OperatorRule() {
    }

    /** @param value the submitted value (present in the payload, possibly null) */
    static Optional<Broken> check(String operator, Object operand, Object value) {
        return switch (operator) {
            case "_eq" -> anySame(value, LooseValues.equalForms(operand)) ? pass()
                : only(LooseValues.equalForms(operand));
            case "_neq" -> anySame(value, LooseValues.equalForms(operand)) ? not(LooseValues.equalForms(operand))
                : pass();
            case "_ieq" -> sameIgnoringCase(value, operand) ? pass() : only(Collections.singletonList(operand));
            case "_nieq" -> sameIgnoringCase(value, operand) ? not(Collections.singletonList(operand)) : pass();
            case "_in" -> anySame(value, operand) ? pass() : only(list(operand));
            case "_nin" -> anySame(value, operand) ? not(list(operand)) : pass();
            case "_null" -> isTrue(operand) == (value == null) ? pass()
                : isTrue(operand) ? only(Collections.singletonList(null)) : not(Collections.singletonList(null));
            case "_nnull" -> isTrue(operand) == (value != null) ? pass()
                : isTrue(operand) ? not(Collections.singletonList(null)) : only(Collections.singletonList(null));
            case "_empty" -> isTrue(operand) == "".equals(value) ? pass()
                : isTrue(operand) ? only(List.of("")) : not(List.of(""));
            case "_nempty" -> isTrue(operand) == !"".equals(value) ? pass()
                : isTrue(operand) ? not(List.of("")) : only(List.of(""));
            case "_gt" -> compare(value, operand, "gt", order -> order > 0);
            case "_gte" -> compare(value, operand, "gte", order -> order >= 0);
            case "_lt" -> compare(value, operand, "lt", order -> order < 0);
            case "_lte" -> compare(value, operand, "lte", order -> order <= 0);
            case "_between" -> between(value, list(operand));
            case "_nbetween" -> notBetween(value, list(operand));
            case "_contains" -> contains(value, operand, "contains", false, true);
            case "_icontains" -> contains(value, operand, "contains", true, true);
            case "_ncontains" -> contains(value, operand, "ncontains", false, false);
            case "_nicontains" -> contains(value, operand, "ncontains", true, false);
            case "_starts_with" -> text(value, operand, "starts_with", false, true, String::startsWith);
            case "_istarts_with" -> text(value, operand, "istarts_with", true, true, String::startsWith);
            case "_nstarts_with" -> text(value, operand, "nstarts_with", false, false, String::startsWith);
            case "_nistarts_with" -> text(value, operand, "nistarts_with", true, false, String::startsWith);
            case "_ends_with" -> text(value, operand, "ends_with", false, true, String::endsWith);
            case "_iends_with" -> text(value, operand, "iends_with", true, true, String::endsWith);
            case "_nends_with" -> text(value, operand, "nends_with", false, false, String::endsWith);
            case "_niends_with" -> text(value, operand, "niends_with", true, false, String::endsWith);
            case "_regex" -> regex(value, String.valueOf(operand));
            default -> pass();
        };
    }

    private static Optional<Broken> pass() {
        return Optional.empty();
    }

    /** The value had to be one of {@code valid}: {@code eq}, or {@code in}, {@code null}, {@code empty}. */
    private static Optional<Broken> only(List<?> valid) {
        if (valid.size() > 1) {
            return broken("in", "valid", valid);
        }
        Object single = valid.isEmpty() ? null : valid.get(0);
        if (single == null) {
            return broken("null");
        }
        return "".equals(single) ? broken("empty") : broken("eq", "valid", single);
    }

    /** The value could not be one of {@code invalid}: {@code neq}, or {@code nin}, {@code nnull}, {@code nempty}. */
    private static Optional<Broken> not(List<?> invalid) {
        if (invalid.size() > 1) {
            return broken("nin", "invalid", invalid);
        }
        Object single = invalid.isEmpty() ? null : invalid.get(0);
        if (single == null) {
            return broken("nnull");
        }
        return "".equals(single) ? broken("nempty") : broken("neq", "invalid", single);
    }

    private static Optional<Broken> compare(Object value, Object operand, String type, OrderTest test) {
        Optional<BigDecimal> limit = LooseValues.operandNumber(operand);
        if (limit.isPresent()) {
            Optional<BigDecimal> number = LooseValues.number(value);
            if (number.isEmpty()) {
                return broken(REQUIRED);
            }
            return test.holds(number.get().compareTo(limit.get())) ? pass()
                : broken(type, "valid", LooseValues.json(limit.get()));
        }
        Optional<Instant> date = LooseValues.instant(value);
        if (date.isEmpty()) {
            return broken(REQUIRED);
        }
        Optional<Instant> dateLimit = LooseValues.instant(operand);
        boolean holds = dateLimit.isPresent() && test.holds(date.get().compareTo(dateLimit.get()));
        // Joi reports the limit as the date it read: ISO text in UTC with milliseconds.
        return holds ? pass() : broken(type, "valid", dateLimit.<Object>map(LooseValues::isoText).orElse(operand));
    }

    private static Optional<Broken> between(Object value, List<?> bounds) {
        if (bounds.size() != 2) {
            return pass();
        }
        Optional<Broken> low = compare(value, bounds.get(0), "gte", order -> order >= 0);
        return low.isPresent() ? low : compare(value, bounds.get(1), "lte", order -> order <= 0);
    }

    private static Optional<Broken> notBetween(Object value, List<?> bounds) {
        if (bounds.size() != 2) {
            return pass();
        }
        Optional<Broken> below = compare(value, bounds.get(0), "lt", order -> order < 0);
        if (below.isPresent() && below.get().type().equals(REQUIRED)) {
            return below;
        }
        boolean above = compare(value, bounds.get(1), "gt", order -> order > 0).isEmpty();
        return below.isEmpty() || above ? pass() : broken("nbetween", "invalid", bounds);
    }

    /** {@code _contains} and its kin: on text, or on a list of texts (some, or for the negations none, contain it). */
    private static Optional<Broken> contains(Object value, Object operand, String type, boolean ignoreCase,
                                             boolean wanted) {
        if (!(value instanceof String || value instanceof List<?>)) {
            return broken(REQUIRED);
        }
        String substring = String.valueOf(operand);
        List<?> candidates = value instanceof List<?> list ? list : Collections.singletonList(value);
        boolean found = false;
        boolean anyText = false;
        for (Object candidate : candidates) {
            if (candidate instanceof String text) {
                anyText = true;
                found |= fold(text, ignoreCase).contains(fold(substring, ignoreCase));
            }
        }
        boolean holds = wanted ? found : !found && (anyText || value instanceof List<?>);
        return holds ? pass() : broken(type, "substring", substring);
    }

    private static Optional<Broken> text(Object value, Object operand, String type, boolean ignoreCase,
                                         boolean wanted, BiPredicate<String, String> test) {
        if (!(value instanceof String)) {
            return broken(REQUIRED);
        }
        String substring = String.valueOf(operand);
        boolean holds = value instanceof String text
            && test.test(fold(text, ignoreCase), fold(substring, ignoreCase)) == wanted;
        return holds ? pass() : broken(type, "substring", substring);
    }

    /** Like a JavaScript {@code RegExp}: {@code /.../} loses its slashes, and the pattern may match anywhere. */
    private static Optional<Broken> regex(Object value, String source) {
        String pattern = source.length() > 1 && source.startsWith("/") && source.endsWith("/")
            ? source.substring(1, source.length() - 1) : source;
        if (!(value instanceof String)) {
            return broken(REQUIRED);
        }
        boolean holds;
        try {
            holds = value instanceof String text && Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException broken) {
            holds = false;
        }
        return holds ? pass() : broken("regex", "invalid", value);
    }

    /** {@code _in} compares strictly, as Directus's rule lists its values without their numeric forms. */
    private static boolean anySame(Object value, Object operand) {
        return list(operand).stream().anyMatch(candidate -> LooseValues.strictlySame(value, candidate));
    }

    private static boolean sameIgnoringCase(Object value, Object operand) {
        if (value instanceof String text && operand instanceof String expected) {
            return text.equalsIgnoreCase(expected);
        }
        return anySame(value, LooseValues.equalForms(operand));
    }

    private static List<?> list(Object operand) {
        return operand instanceof List<?> list ? list : Collections.singletonList(operand);
    }

    private static boolean isTrue(Object operand) {
        return !Boolean.FALSE.equals(operand);
    }

    private static String fold(String text, boolean ignoreCase) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static Optional<Broken> broken(String type) {
        return Optional.of(new Broken(type, Map.of()));
    }

    private static Optional<Broken> broken(String type, String key, Object expected) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, expected instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list))
            : expected);
        return Optional.of(new Broken(type, values));
    }

    @FunctionalInterface
    private interface OrderTest {
        boolean holds(int order);
    }
}

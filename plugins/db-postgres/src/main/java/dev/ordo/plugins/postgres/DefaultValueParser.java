package dev.ordo.plugins.postgres;

import dev.ordo.api.schema.FieldType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a default as {@code pg_get_expr} prints it ({@code 'draft'::character varying}, {@code '-1'::integer},
 * {@code now()}) into the JSON value Directus reports: numbers, booleans, unquoted strings without casts,
 * {@code CURRENT_TIMESTAMP} for the current time ({@code CURRENT_TIMESTAMP(3)} with a precision, as Directus's
 * inspector reports it), and the SQL text of any other expression ({@code gen_random_uuid()}).
 */
final class DefaultValueParser {

    static final String CURRENT_TIMESTAMP = "CURRENT_TIMESTAMP";

    /** One or more trailing casts: {@code ::character varying}, {@code ::timestamp(3) with time zone}, {@code ::int[]}. */
    private static final Pattern TRAILING_CASTS = Pattern.compile(
        "(?:\\s*::\\s*(?:\"(?:[^\"]|\"\")*\"|[a-z_][a-z0-9_ .]*?)(?:\\(\\s*\\d+(?:\\s*,\\s*-?\\d+)?\\s*\\))?"
            + "(?:\\s+with(?:out)?\\s+time\\s+zone)?(?:\\[\\d*\\])*)+\\s*$",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern CURRENT_TIME = Pattern.compile(
        "now\\(\\s*\\)|(?:current_timestamp|localtimestamp)(?:\\(\\s*\\d*\\s*\\))?|transaction_timestamp\\(\\s*\\)",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern CURRENT_TIMESTAMP_WITH_PRECISION =
        Pattern.compile("current_timestamp\\(\\s*(\\d{1,9})\\s*\\)", Pattern.CASE_INSENSITIVE);

    /** A keyword, number or name with nothing else around it: {@code CURRENT_DATE}, {@code -1.5}, {@code true}. */
    private static final Pattern BARE_WORD = Pattern.compile("[a-z0-9_.+-]+", Pattern.CASE_INSENSITIVE);

    private static final Set<String> TRUE_SPELLINGS = Set.of("true", "t", "1", "yes", "y", "on");
    private static final Set<String> FALSE_SPELLINGS = Set.of("false", "f", "0", "no", "n", "off");

    private static final Set<FieldType> NUMERIC_TYPES =
        Set.of(FieldType.INTEGER, FieldType.BIG_INTEGER, FieldType.FLOAT, FieldType.DECIMAL);

    private static final Set<FieldType> TEMPORAL_TYPES =
        Set.of(FieldType.DATE, FieldType.DATE_TIME, FieldType.TIMESTAMP, FieldType.TIME);

    /** The constant inside a default, once parentheses and casts are peeled off. */
    private record Constant(String text, boolean quoted) {
    }

    private DefaultValueParser() {
    }

    static Optional<Object> parse(String expression, FieldType fieldType) {
        String trimmed = expression.trim();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Constant> constant = constant(trimmed);
        if (constant.isEmpty()) {
            return Optional.of(trimmed);
        }
        Constant value = constant.get();
        if (!value.quoted() && value.text().equalsIgnoreCase("null")) {
            return Optional.empty();
        }
        if (isCurrentTime(value, fieldType)) {
            Matcher precision = CURRENT_TIMESTAMP_WITH_PRECISION.matcher(value.text());
            return Optional.of(!value.quoted() && precision.matches()
                ? CURRENT_TIMESTAMP + "(" + Integer.parseInt(precision.group(1)) + ")" : CURRENT_TIMESTAMP);
        }
        if (fieldType == FieldType.BOOLEAN) {
            Optional<Object> bool = bool(value.text());
            if (bool.isPresent()) {
                return bool;
            }
        }
        if (!value.quoted() || NUMERIC_TYPES.contains(fieldType)) {
            Optional<Number> number = NumberLiteral.parse(value.text());
            if (number.isPresent()) {
                return Optional.of(number.get());
            }
        }
        return Optional.of(value.quoted() ? value.text() : trimmed);
    }

    /**
     * The literal or bare word a default consists of, or empty when it is an expression
     * ({@code 'a'::text || 'b'::text}, {@code gen_random_uuid()} stays whole because of its parentheses).
     */
    private static Optional<Constant> constant(String expression) {
        String current = expression;
        while (true) {
            current = current.trim();
            String unwrapped = withoutOuterParentheses(current);
            if (!unwrapped.equals(current)) {
                current = unwrapped;
                continue;
            }
            if (current.startsWith("'")) {
                return quotedLiteral(current);
            }
            if (current.contains("::")) {
                Matcher casts = TRAILING_CASTS.matcher(current);
                if (casts.find() && casts.start() > 0) {
                    current = current.substring(0, casts.start());
                    continue;
                }
            }
            if (BARE_WORD.matcher(current).matches() || CURRENT_TIME.matcher(current).matches()) {
                return Optional.of(new Constant(current, false));
            }
            return Optional.empty();
        }
    }

    /** A {@code '...'} literal followed by nothing but casts; quotes inside are doubled. */
    private static Optional<Constant> quotedLiteral(String text) {
        StringBuilder value = new StringBuilder();
        int index = 1;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '\'') {
                if (index + 1 < text.length() && text.charAt(index + 1) == '\'') {
                    value.append('\'');
                    index += 2;
                    continue;
                }
                String rest = text.substring(index + 1);
                if (rest.isBlank() || TRAILING_CASTS.matcher(rest).matches()) {
                    return Optional.of(new Constant(value.toString(), true));
                }
                return Optional.empty();
            }
            value.append(c);
            index++;
        }
        return Optional.empty();
    }

    /** Removes one pair of parentheses when they enclose the whole text. */
    private static String withoutOuterParentheses(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return text;
        }
        int depth = 0;
        boolean inQuotes = false;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\'') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '(') {
                depth++;
            } else if (!inQuotes && c == ')') {
                depth--;
                if (depth == 0 && index < text.length() - 1) {
                    return text;
                }
            }
        }
        return text.substring(1, text.length() - 1);
    }

    private static boolean isCurrentTime(Constant value, FieldType fieldType) {
        if (value.quoted()) {
            // 'now' typed as a timestamp is how older servers stored now().
            return TEMPORAL_TYPES.contains(fieldType) && value.text().trim().equalsIgnoreCase("now");
        }
        return CURRENT_TIME.matcher(value.text()).matches();
    }

    private static Optional<Object> bool(String text) {
        String normalised = text.trim().toLowerCase(Locale.ROOT);
        if (TRUE_SPELLINGS.contains(normalised)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE_SPELLINGS.contains(normalised)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}

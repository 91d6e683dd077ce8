package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefault;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database functions a field's {@code default_value} may name (DATA-API.md §2.4, Directus's
 * {@code FieldsService.addColumnToTable}): the current time as {@code now()} or {@code CURRENT_TIMESTAMP}, the
 * current time with a precision as {@code CURRENT_TIMESTAMP(n)}, and {@code gen_random_uuid()}, the one entry of
 * Directus's {@code ALLOWED_DB_DEFAULT_FUNCTIONS}. Any other text is a constant.
 */
final class DefaultFunctions {

    /** Directus compares with the list exactly, so {@code GEN_RANDOM_UUID()} is a string constant. */
    static final String RANDOM_UUID = "gen_random_uuid()";

    private static final Pattern NOW = Pattern.compile("(?i)now\\(\\)|current_timestamp(\\(\\))?");
    private static final Pattern NOW_WITH_PRECISION = Pattern.compile("(?i)current_timestamp\\((\\d+)\\)");

    private DefaultFunctions() {
    }

    /** The function {@code text} names as the default of {@code field}; empty when it is a constant. */
    static Optional<ColumnDefault> named(String field, String text) {
        if (text.equals(RANDOM_UUID)) {
            return Optional.of(ColumnDefault.randomUuid());
        }
        String trimmed = text.strip();
        if (NOW.matcher(trimmed).matches()) {
            return Optional.of(ColumnDefault.now());
        }
        Matcher withPrecision = NOW_WITH_PRECISION.matcher(trimmed);
        if (withPrecision.matches()) {
            return Optional.of(ColumnDefault.now(precision(field, withPrecision.group(1))));
        }
        return Optional.empty();
    }

    /** The default as the database reports it, to compare a request with the column. */
    static String text(ColumnDefault function) {
        if (function instanceof ColumnDefault.CurrentTimestamp now) {
            return now.precision().isPresent() ? "CURRENT_TIMESTAMP(" + now.precision().getAsInt() + ")"
                : "CURRENT_TIMESTAMP";
        }
        if (function instanceof ColumnDefault.RandomUuid) {
            return RANDOM_UUID;
        }
        throw new IllegalArgumentException("not a database function: " + function);
    }

    private static int precision(String field, String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 1 || Integer.parseInt(significant) > ColumnDefault.MAX_PRECISION) {
            throw new InvalidPayloadException("The default value of \"" + field + "\" can keep at most "
                + ColumnDefault.MAX_PRECISION + " digits of fractional seconds");
        }
        return Integer.parseInt(significant);
    }
}

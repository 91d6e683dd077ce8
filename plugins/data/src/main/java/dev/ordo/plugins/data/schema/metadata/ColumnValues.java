package dev.ordo.plugins.data.schema.metadata;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Normalises raw JDBC values of metadata columns, whatever the SQL flavour stored them as, into the value
 * types the API shows.
 */
public final class ColumnValues {

    private ColumnValues() {
    }

    /** The normalised value of {@code raw} for a column of {@code kind}; SQL NULL stays {@code null}. */
    public static Object normalise(Object raw, ColumnKind kind) {
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case TEXT -> raw.toString();
            case INTEGER -> toInteger(raw);
            case BOOLEAN -> toBoolean(raw);
            case JSON -> JsonText.parse(raw.toString());
            case CSV -> toList(raw.toString());
        };
    }

    static Integer toInteger(Object raw) {
        if (raw instanceof Number number) {
            return number.intValue();
        }
        return new BigDecimal(raw.toString().trim()).intValueExact();
    }

    static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean bool) {
            return bool;
        }
        if (raw instanceof Number number) {
            return number.doubleValue() != 0;
        }
        String text = raw.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "true", "t", "yes", "y", "on" -> true;
            case "0", "false", "f", "no", "n", "off", "" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + raw);
        };
    }

    /** Splits CSV text; entries are trimmed and empty ones dropped, so {@code ""} is an empty list. */
    static List<String> toList(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }
}

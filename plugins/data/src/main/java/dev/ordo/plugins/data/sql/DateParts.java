package dev.ordo.plugins.data.sql;

import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.values.Vendor;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The date-part functions of the query language ({@code year(x)}, {@code month(x)}, ...) in each flavour's SQL. Week
 * days count from Sunday = 0, as in Directus.
 */
public final class DateParts {

    private DateParts() {
    }

    public static Field<Integer> of(Vendor vendor, String function, Field<Object> column, FieldType type) {
        return switch (vendor) {
            case POSTGRES -> postgres(function, column);
            case MYSQL, MARIADB -> mysql(function, column);
            case SQLITE -> sqlite(function, column, type);
        };
    }

    private static Field<Integer> postgres(String function, Field<Object> column) {
        String part = switch (function) {
            case "weekday" -> "DOW";
            case "day" -> "DAY";
            default -> function.toUpperCase(java.util.Locale.ROOT);
        };
        return DSL.field("CAST(FLOOR(EXTRACT(" + part + " FROM {0})) AS INTEGER)", SQLDataType.INTEGER, column);
    }

    private static Field<Integer> mysql(String function, Field<Object> column) {
        return switch (function) {
            case "weekday" -> DSL.field("(DAYOFWEEK({0}) - 1)", SQLDataType.INTEGER, column);
            case "week" -> DSL.field("WEEK({0}, 3)", SQLDataType.INTEGER, column);
            default -> DSL.field(function.toUpperCase(java.util.Locale.ROOT) + "({0})", SQLDataType.INTEGER, column);
        };
    }

    /** SQLite keeps dates as text, or as epoch milliseconds in databases Directus wrote: both are read. */
    private static Field<Integer> sqlite(String function, Field<Object> column, FieldType type) {
        String format = switch (function) {
            case "year" -> "%Y";
            case "month" -> "%m";
            case "week" -> "%W";
            case "day" -> "%d";
            case "weekday" -> "%w";
            case "hour" -> "%H";
            case "minute" -> "%M";
            default -> "%S";
        };
        String template = "CAST(CASE WHEN typeof({0}) IN ('integer', 'real') THEN strftime('" + format
            + "', {0} / 1000, 'unixepoch') ELSE strftime('" + format + "', {0}) END AS INTEGER)";
        return DSL.field(template, SQLDataType.INTEGER, column);
    }
}

package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.schema.FieldType;
import java.util.Set;

/**
 * The functions of the query language and the field types each one applies to (Directus's
 * {@code getFunctionsForType}, with {@code json} on json fields): date parts of dates, times and timestamps,
 * {@code count} of to-many relations and of JSON arrays, {@code json(field, path)} of JSON values. Checked once a path
 * has been resolved to its field, before any SQL is built.
 */
public final class FieldFunctions {

    public static final String COUNT = "count";
    public static final String JSON = "json";

    private static final Set<String> DATE_PARTS = Set.of("year", "month", "week", "day", "weekday");
    private static final Set<String> TIME_PARTS = Set.of("hour", "minute", "second");
    private static final Set<String> DATE_TIME_PARTS =
        Set.of("year", "month", "week", "day", "weekday", "hour", "minute", "second");

    private FieldFunctions() {
    }

    /** Whether {@code name} is a function of the query language at all. */
    public static boolean isKnown(String name) {
        return DATE_TIME_PARTS.contains(name) || name.equals(COUNT) || name.equals(JSON);
    }

    /** Whether {@code name} is one of the date and time parts ({@code year}, ..., {@code second}). */
    public static boolean isDatePart(String name) {
        return DATE_TIME_PARTS.contains(name);
    }

    /** The functions a field of {@code type} takes. */
    public static Set<String> forType(FieldType type) {
        return switch (type) {
            case DATE_TIME, TIMESTAMP -> DATE_TIME_PARTS;
            case DATE -> DATE_PARTS;
            case TIME -> TIME_PARTS;
            case JSON -> Set.of(COUNT, JSON);
            case ALIAS -> Set.of(COUNT);
            default -> Set.of();
        };
    }

    /**
     * Fails unless {@code call} applies to a field of {@code type}.
     *
     * @throws InvalidQueryException {@code Invalid function specified "<name>"}
     */
    public static void check(FunctionCall call, FieldType type) {
        if (!forType(type).contains(call.name())) {
            throw new InvalidQueryException("Invalid function specified \"" + call.name() + "\"");
        }
    }
}

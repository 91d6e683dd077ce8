package dev.ordo.plugins.data.items;

import dev.ordo.api.schema.FieldType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which field types each aggregate function takes, the same on every database: sums and averages only add numbers
 * (PostgreSQL has no sum of a date, SQLite and MySQL would add up text), and PostgreSQL can neither order nor compare
 * some types, so {@code min}/{@code max} and {@code countDistinct} refuse those everywhere rather than failing there.
 */
final class AggregateTypes {

    private static final Set<FieldType> NUMBERS = EnumSet.of(FieldType.INTEGER, FieldType.BIG_INTEGER, FieldType.FLOAT,
        FieldType.DECIMAL);
    /** PostgreSQL has no ordering for json, boolean, uuid, bytea or geometry values (no min or max of them). */
    private static final Set<FieldType> UNORDERED = EnumSet.of(FieldType.JSON, FieldType.BOOLEAN, FieldType.UUID,
        FieldType.BINARY, FieldType.GEOMETRY, FieldType.GEOMETRY_POINT, FieldType.GEOMETRY_LINE_STRING,
        FieldType.GEOMETRY_POLYGON, FieldType.GEOMETRY_MULTI_POINT, FieldType.GEOMETRY_MULTI_LINE_STRING,
        FieldType.GEOMETRY_MULTI_POLYGON);
    /** PostgreSQL has no equality for json values (no distinct count of them). */
    private static final Set<FieldType> INCOMPARABLE = EnumSet.of(FieldType.JSON);

    private AggregateTypes() {
    }

    static boolean accepts(String function, FieldType type) {
        return switch (function) {
            case "sum", "sumDistinct", "avg", "avgDistinct" -> NUMBERS.contains(type);
            case "min", "max" -> !UNORDERED.contains(type);
            case "countDistinct" -> !INCOMPARABLE.contains(type);
            default -> true;
        };
    }
}

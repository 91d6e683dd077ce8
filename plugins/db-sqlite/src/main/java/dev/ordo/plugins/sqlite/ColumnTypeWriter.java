package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.ColumnDefinition;

/**
 * The SQLite column type for a Directus type, chosen so that introspection reads the same Directus type back
 * (a {@code hash} or {@code csv} column only comes back as one through its {@code special} flag, as in
 * Directus; a {@code uuid} is a {@code char(36)}, which the data module reads as one).
 */
final class ColumnTypeWriter {

    static final long DEFAULT_STRING_LENGTH = 255;
    static final int DEFAULT_PRECISION = 10;
    static final int DEFAULT_SCALE = 5;

    private ColumnTypeWriter() {
    }

    static String sqlType(ColumnDefinition column) {
        return switch (column.type()) {
            case INTEGER -> "integer";
            case BIG_INTEGER -> "bigint";
            case FLOAT -> "float";
            case DECIMAL -> decimal(column);
            case STRING, HASH -> "varchar(" + length(column) + ")";
            case TEXT, CSV -> "text";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATE_TIME -> "datetime";
            case TIMESTAMP -> "timestamp";
            case TIME -> "time";
            case JSON -> "json";
            case UUID -> "char(36)";
            case BINARY -> "blob";
            case GEOMETRY, GEOMETRY_POINT, GEOMETRY_LINE_STRING, GEOMETRY_POLYGON, GEOMETRY_MULTI_POINT,
                 GEOMETRY_MULTI_LINE_STRING, GEOMETRY_MULTI_POLYGON -> throw new UnsupportedOperationException(
                     "geometry columns need SpatiaLite, which Ordo's SQLite backend does not load: " + column.name());
            case ALIAS, UNKNOWN -> throw new IllegalArgumentException(
                "a " + column.type().id() + " field has no column: " + column.name());
        };
    }

    private static long length(ColumnDefinition column) {
        long length = column.maxLength().orElse(DEFAULT_STRING_LENGTH);
        if (length < 1) {
            throw new IllegalArgumentException("the length of " + column.name() + " must be at least 1");
        }
        return length;
    }

    private static String decimal(ColumnDefinition column) {
        int precision = column.precision().orElse(DEFAULT_PRECISION);
        int scale = column.scale().orElse(DEFAULT_SCALE);
        if (precision < 1 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException("decimal(" + precision + "," + scale + ") is not a valid type for "
                + column.name() + ": the precision must be at least 1 and the scale between 0 and the precision");
        }
        return "decimal(" + precision + "," + scale + ")";
    }
}

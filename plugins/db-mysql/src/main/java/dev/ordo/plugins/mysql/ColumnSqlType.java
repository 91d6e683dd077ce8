package dev.ordo.plugins.mysql;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefinition;

/** The MySQL type Ordo creates for a Directus type. */
final class ColumnSqlType {

    static final int DEFAULT_STRING_LENGTH = 255;
    static final int DEFAULT_PRECISION = 10;
    static final int DEFAULT_SCALE = 5;

    private static final int MAX_DECIMAL_PRECISION = 65;
    private static final int MAX_DECIMAL_SCALE = 30;
    private static final long MAX_VARCHAR_LENGTH = 65_535;

    private ColumnSqlType() {
    }

    /**
     * The type as it goes into DDL. Auto-increment keys stay signed, so the foreign keys pointing to them are
     * plain {@code int}/{@code bigint}; {@code uuid} is {@code char(36)}, as Directus creates it.
     */
    static String of(ColumnDefinition column) {
        return switch (column.type()) {
            case INTEGER -> "int";
            case BIG_INTEGER -> "bigint";
            case FLOAT -> "float";
            case DECIMAL -> decimal(column);
            case STRING -> "varchar(" + length(column) + ")";
            case HASH -> "varchar(255)";
            case TEXT, CSV -> "text";
            case BOOLEAN -> "tinyint(1)";
            case DATE -> "date";
            case DATE_TIME -> "datetime";
            case TIMESTAMP -> "timestamp";
            case TIME -> "time";
            case JSON -> "json";
            case UUID -> "char(36)";
            case BINARY -> "blob";
            case GEOMETRY -> "geometry";
            case GEOMETRY_POINT -> "point";
            case GEOMETRY_LINE_STRING -> "linestring";
            case GEOMETRY_POLYGON -> "polygon";
            case GEOMETRY_MULTI_POINT -> "multipoint";
            case GEOMETRY_MULTI_LINE_STRING -> "multilinestring";
            case GEOMETRY_MULTI_POLYGON -> "multipolygon";
            case ALIAS, UNKNOWN ->
                throw new IllegalArgumentException("a " + column.type().id() + " field has no column");
        };
    }

    private static String decimal(ColumnDefinition column) {
        int precision = column.precision().orElse(DEFAULT_PRECISION);
        int scale = column.scale().orElse(DEFAULT_SCALE);
        if (precision < 1 || precision > MAX_DECIMAL_PRECISION || scale < 0 || scale > MAX_DECIMAL_SCALE
            || scale > precision) {
            throw new InvalidPayloadException("The precision and scale of decimal field \"" + column.name()
                + "\" must satisfy 1 <= precision <= 65 and 0 <= scale <= min(precision, 30)");
        }
        return "decimal(" + precision + "," + scale + ")";
    }

    private static long length(ColumnDefinition column) {
        long length = column.maxLength().orElse(DEFAULT_STRING_LENGTH);
        if (length < 1 || length > MAX_VARCHAR_LENGTH) {
            throw new InvalidPayloadException("The max length of string field \"" + column.name()
                + "\" must be between 1 and 65535");
        }
        return length;
    }
}

package dev.ordo.api.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Directus field types. {@link #id()} is the name used on the wire ({@code bigInteger}, {@code dateTime}, ...). */
public enum FieldType {
    BIG_INTEGER("bigInteger"),
    BOOLEAN("boolean"),
    DATE("date"),
    DATE_TIME("dateTime"),
    DECIMAL("decimal"),
    FLOAT("float"),
    INTEGER("integer"),
    JSON("json"),
    STRING("string"),
    TEXT("text"),
    TIME("time"),
    TIMESTAMP("timestamp"),
    BINARY("binary"),
    UUID("uuid"),
    ALIAS("alias"),
    HASH("hash"),
    CSV("csv"),
    GEOMETRY("geometry"),
    GEOMETRY_POINT("geometry.Point"),
    GEOMETRY_LINE_STRING("geometry.LineString"),
    GEOMETRY_POLYGON("geometry.Polygon"),
    GEOMETRY_MULTI_POINT("geometry.MultiPoint"),
    GEOMETRY_MULTI_LINE_STRING("geometry.MultiLineString"),
    GEOMETRY_MULTI_POLYGON("geometry.MultiPolygon"),
    UNKNOWN("unknown");

    private static final Map<String, FieldType> BY_ID =
        Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(FieldType::id, Function.identity()));

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    /** The Directus name of the type. */
    public String id() {
        return id;
    }

    public static Optional<FieldType> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public boolean isGeometry() {
        return id.startsWith("geometry");
    }

    /**
     * The Directus type of a column by its database type, following Directus's rules for all SQL flavours.
     * Backends handle their own special cases first (MySQL's {@code tinyint(1)} is a boolean, a
     * {@code bigint unsigned} an integer, ...) and fall back to this.
     *
     * @param dataType  the database type, such as {@code character varying} or {@code int(11)}; any text from
     *                  the first {@code (} on is ignored
     * @param precision the numeric precision, when the database reports one
     * @param scale     the numeric scale, when the database reports one
     */
    public static FieldType forDatabaseType(String dataType, OptionalInt precision, OptionalInt scale) {
        String base = dataType.toLowerCase(Locale.ROOT);
        int paren = base.indexOf('(');
        if (paren >= 0) {
            base = base.substring(0, paren);
        }
        base = base.trim();
        return switch (base) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "serial", "int2", "int4", "serial4", "smallserial",
                 "year", "int unsigned", "integer unsigned", "smallint unsigned", "mediumint unsigned", "tinyint unsigned",
                 "bigint unsigned" -> INTEGER;
            case "bigint", "bigserial", "int8", "serial8" -> BIG_INTEGER;
            case "numeric" -> precision.isPresent() || scale.isPresent() ? DECIMAL : INTEGER;
            case "decimal", "decimal unsigned" -> DECIMAL;
            case "float", "double", "double precision", "real", "float4", "float8", "money", "float unsigned",
                 "double unsigned" -> FLOAT;
            case "boolean", "bool", "bit" -> BOOLEAN;
            case "varchar", "character varying", "char", "character", "bpchar", "nvarchar", "nchar varying",
                 "varchar2", "longvarchar", "interval", "_varchar", "enum", "set" -> STRING;
            case "text", "tinytext", "mediumtext", "longtext", "clob", "ntext", "citext", "nchar", "string" -> TEXT;
            case "date" -> DATE;
            case "datetime", "datetime2", "smalldatetime", "timestamp without time zone" -> DATE_TIME;
            case "timestamp", "timestamptz", "timestamp with time zone", "datetimeoffset" -> TIMESTAMP;
            case "time", "timetz", "time with time zone", "time without time zone" -> TIME;
            case "json", "jsonb" -> JSON;
            case "uuid", "uniqueidentifier" -> UUID;
            case "image", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary", "bytea" -> BINARY;
            case "geometry", "geography" -> GEOMETRY;
            case "point" -> GEOMETRY_POINT;
            case "linestring" -> GEOMETRY_LINE_STRING;
            case "polygon" -> GEOMETRY_POLYGON;
            case "multipoint" -> GEOMETRY_MULTI_POINT;
            case "multilinestring" -> GEOMETRY_MULTI_LINE_STRING;
            case "multipolygon" -> GEOMETRY_MULTI_POLYGON;
            default -> UNKNOWN;
        };
    }
}

package dev.ordo.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FieldTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "int, integer", "INTEGER, integer", "int(11), integer", "smallint, integer", "serial, integer",
        "bigint unsigned, integer", "year, integer",
        "bigint, bigInteger", "int8, bigInteger", "bigserial, bigInteger",
        "'decimal(10,2)', decimal", "double precision, float", "real, float", "float4, float", "money, float",
        "boolean, boolean", "bool, boolean", "bit, boolean",
        "character varying, string", "varchar(255), string", "char(36), string", "bpchar, string", "enum, string",
        "text, text", "longtext, text", "citext, text",
        "date, date", "datetime, dateTime", "timestamp without time zone, dateTime",
        "timestamp, timestamp", "timestamptz, timestamp", "timestamp with time zone, timestamp",
        "time, time", "time without time zone, time", "timetz, time",
        "json, json", "jsonb, json", "uuid, uuid", "uniqueidentifier, uuid",
        "blob, binary", "bytea, binary", "varbinary(16), binary",
        "geometry, geometry", "point, geometry.Point", "multipolygon, geometry.MultiPolygon",
        "tsvector, unknown", "xml, unknown"})
    void databaseTypesMapLikeDirectus(String dataType, String directusType) {
        assertThat(FieldType.forDatabaseType(dataType, OptionalInt.empty(), OptionalInt.empty()).id())
            .isEqualTo(directusType);
    }

    @ParameterizedTest
    @CsvSource({"numeric, , , integer", "numeric, 10, 2, decimal", "numeric, 10, , decimal"})
    void numericIsAnIntegerOnlyWithoutPrecisionOrScale(String dataType, Integer precision, Integer scale, String id) {
        OptionalInt p = precision == null ? OptionalInt.empty() : OptionalInt.of(precision);
        OptionalInt s = scale == null ? OptionalInt.empty() : OptionalInt.of(scale);

        assertThat(FieldType.forDatabaseType(dataType, p, s).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void everyTypeIsFoundByItsWireName(FieldType type) {
        assertThat(FieldType.fromId(type.id())).hasValue(type);
    }
}

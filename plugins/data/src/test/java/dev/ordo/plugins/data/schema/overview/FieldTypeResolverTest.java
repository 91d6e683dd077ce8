package dev.ordo.plugins.data.schema.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTypeResolverTest {

    @ParameterizedTest(name = "{0} on a {1} column -> {2}")
    @CsvSource({
        "cast-json, TEXT, JSON",
        "hash, STRING, HASH",
        "cast-csv, TEXT, CSV",
        "uuid, STRING, UUID",
        "file, STRING, UUID",
        "cast-timestamp, DATE_TIME, TIMESTAMP",
        "cast-datetime, TIMESTAMP, DATE_TIME",
    })
    void aSpecialOverridesTheColumnType(String special, FieldType column, FieldType expected) {
        assertThat(FieldTypeResolver.resolve(List.of(special), column)).isEqualTo(expected);
    }

    @Test
    void withoutDecidingFlagsTheColumnTypeStands() {
        assertThat(FieldTypeResolver.resolve(List.of(), FieldType.STRING)).isEqualTo(FieldType.STRING);
        assertThat(FieldTypeResolver.resolve(List.of("m2o"), FieldType.INTEGER)).isEqualTo(FieldType.INTEGER);
        assertThat(FieldTypeResolver.resolve(List.of("date-created"), FieldType.TIMESTAMP)).isEqualTo(FieldType.TIMESTAMP);
        assertThat(FieldTypeResolver.resolve(List.of("cast-boolean"), FieldType.INTEGER)).isEqualTo(FieldType.INTEGER);
    }

    @Test
    void flagsAreCheckedInDirectusOrder() {
        assertThat(FieldTypeResolver.resolve(List.of("uuid", "cast-json"), FieldType.STRING)).isEqualTo(FieldType.JSON);
        assertThat(FieldTypeResolver.resolve(List.of("cast-csv", "hash"), FieldType.STRING)).isEqualTo(FieldType.HASH);
        assertThat(FieldTypeResolver.resolve(List.of("cast-timestamp", "file"), FieldType.STRING)).isEqualTo(FieldType.UUID);
        assertThat(FieldTypeResolver.resolve(List.of("cast-datetime", "cast-timestamp"), FieldType.STRING))
            .isEqualTo(FieldType.TIMESTAMP);
    }

    @Test
    void theFirstFlagOfAGeometryColumnNamesItsSubtype() {
        assertThat(FieldTypeResolver.resolve(List.of("geometry.Point"), FieldType.GEOMETRY))
            .isEqualTo(FieldType.GEOMETRY_POINT);
        assertThat(FieldTypeResolver.resolve(List.of("geometry.MultiPolygon", "x"), FieldType.GEOMETRY_POLYGON))
            .isEqualTo(FieldType.GEOMETRY_MULTI_POLYGON);
    }

    @Test
    void aGeometryColumnKeepsItsTypeWhenTheFirstFlagIsNoGeometryType() {
        assertThat(FieldTypeResolver.resolve(List.of(), FieldType.GEOMETRY_POINT)).isEqualTo(FieldType.GEOMETRY_POINT);
        assertThat(FieldTypeResolver.resolve(List.of("m2o"), FieldType.GEOMETRY)).isEqualTo(FieldType.GEOMETRY);
        assertThat(FieldTypeResolver.resolve(List.of("string"), FieldType.GEOMETRY)).isEqualTo(FieldType.GEOMETRY);
    }

    @ParameterizedTest(name = "{0}({1}) -> {2}")
    @CsvSource({
        "char, 36, UUID",
        "character, 36, UUID",
        "bpchar, 36, UUID",
        "char, 35, STRING",
        "varchar, 36, STRING",
    })
    void aFixedLengthColumnOf36CharactersIsAUuid(String dataType, long length, FieldType expected) {
        ColumnSchema column = new ColumnSchema("token", "notes", dataType, FieldType.STRING, Optional.empty(),
            OptionalLong.of(length), OptionalInt.empty(), OptionalInt.empty(), true, false, false, false, false,
            Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(FieldTypeResolver.columnType(column)).isEqualTo(expected);
        assertThat(FieldTypeResolver.resolve(List.of(), column)).isEqualTo(expected);
        assertThat(FieldTypeResolver.resolve(List.of("cast-json"), column)).isEqualTo(FieldType.JSON);
    }

    @Test
    void geometryFlagsDoNotChangeOtherColumns() {
        assertThat(FieldTypeResolver.resolve(List.of("geometry.Point"), FieldType.TEXT)).isEqualTo(FieldType.TEXT);
    }
}

package dev.ordo.plugins.postgres;

import dev.ordo.api.schema.FieldType;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Reads a column's Directus type, length, precision and scale from its catalog type and type modifier. */
final class CatalogTypeMapper {

    /** What the catalog says about a column's type, in Directus terms. */
    record ColumnType(FieldType fieldType, OptionalLong maxLength, OptionalInt precision, OptionalInt scale) {
    }

    // Type oids from pg_type.dat: they are fixed for built-in types.
    private static final long INT2 = 21;
    private static final long INT4 = 23;
    private static final long INT8 = 20;
    private static final long FLOAT4 = 700;
    private static final long FLOAT8 = 701;
    private static final long NUMERIC = 1700;
    private static final long BPCHAR = 1042;
    private static final long VARCHAR = 1043;
    private static final long BIT = 1560;
    private static final long VARBIT = 1562;

    /** varchar and char store the declared length plus this header in their type modifier. */
    private static final int VARHDRSZ = 4;

    /** PostgreSQL's own geometric types are not PostGIS geometries; Directus reports them as unknown. */
    private static final Set<String> NATIVE_GEOMETRIC = Set.of("point", "line", "lseg", "box", "path", "polygon",
        "circle");

    private static final Map<String, FieldType> POSTGIS_SUBTYPES = Map.of(
        "point", FieldType.GEOMETRY_POINT,
        "linestring", FieldType.GEOMETRY_LINE_STRING,
        "polygon", FieldType.GEOMETRY_POLYGON,
        "multipoint", FieldType.GEOMETRY_MULTI_POINT,
        "multilinestring", FieldType.GEOMETRY_MULTI_LINE_STRING,
        "multipolygon", FieldType.GEOMETRY_MULTI_POLYGON);

    private CatalogTypeMapper() {
    }

    static ColumnType describe(CatalogSnapshot.Column column) {
        OptionalInt precision = precision(column.baseTypeOid(), column.typeModifier());
        OptionalInt scale = scale(column.baseTypeOid(), column.typeModifier());
        FieldType fieldType = fieldType(column.baseType(), column.fullType(), precision, scale);
        return new ColumnType(fieldType, maxLength(column.baseTypeOid(), column.typeModifier()), precision, scale);
    }

    private static FieldType fieldType(String baseType, String fullType, OptionalInt precision, OptionalInt scale) {
        String base = baseType.toLowerCase(Locale.ROOT);
        if (NATIVE_GEOMETRIC.contains(base)) {
            return FieldType.UNKNOWN;
        }
        if (base.equals("geometry") || base.equals("geography")) {
            return postgisSubtype(fullType);
        }
        return FieldType.forDatabaseType(base, precision, scale);
    }

    /** PostGIS spells the subtype in the type modifier: {@code geometry(Point,4326)}. */
    private static FieldType postgisSubtype(String fullType) {
        int open = fullType.indexOf('(');
        if (open < 0) {
            return FieldType.GEOMETRY;
        }
        String modifier = fullType.substring(open + 1).toLowerCase(Locale.ROOT);
        String subtype = modifier.split("[,)]", 2)[0].trim();
        return POSTGIS_SUBTYPES.getOrDefault(subtype, FieldType.GEOMETRY);
    }

    private static OptionalLong maxLength(long typeOid, int typeModifier) {
        if ((typeOid == VARCHAR || typeOid == BPCHAR) && typeModifier >= VARHDRSZ) {
            return OptionalLong.of(typeModifier - VARHDRSZ);
        }
        if ((typeOid == BIT || typeOid == VARBIT) && typeModifier >= 0) {
            return OptionalLong.of(typeModifier);
        }
        return OptionalLong.empty();
    }

    /** As information_schema reports it: binary precision for integers and floats, declared for numeric. */
    private static OptionalInt precision(long typeOid, int typeModifier) {
        if (typeOid == INT2) {
            return OptionalInt.of(16);
        }
        if (typeOid == INT4) {
            return OptionalInt.of(32);
        }
        if (typeOid == INT8) {
            return OptionalInt.of(64);
        }
        if (typeOid == FLOAT4) {
            return OptionalInt.of(24);
        }
        if (typeOid == FLOAT8) {
            return OptionalInt.of(53);
        }
        if (typeOid == NUMERIC && typeModifier >= VARHDRSZ) {
            return OptionalInt.of(((typeModifier - VARHDRSZ) >> 16) & 0xFFFF);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt scale(long typeOid, int typeModifier) {
        if (typeOid == INT2 || typeOid == INT4 || typeOid == INT8) {
            return OptionalInt.of(0);
        }
        if (typeOid == NUMERIC && typeModifier >= VARHDRSZ) {
            // The scale is a signed 11-bit field since PostgreSQL 15 allows negative scales.
            int raw = (typeModifier - VARHDRSZ) & 0x7FF;
            return OptionalInt.of(raw >= 1024 ? raw - 2048 : raw);
        }
        return OptionalInt.empty();
    }
}

package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldType;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Directus type of a column field (DATA-API.md §5.3): {@code special} flags first, because some types
 * have no column type of their own (a {@code json} is text, a {@code hash} a varchar), then the type the column
 * stands for.
 */
public final class FieldTypeResolver {

    private static final Set<String> FIXED_LENGTH_CHARACTERS = Set.of("char", "character", "bpchar");
    private static final OptionalLong UUID_LENGTH = OptionalLong.of(36);

    private FieldTypeResolver() {
    }

    public static FieldType resolve(List<String> special, ColumnSchema column) {
        return resolve(special, columnType(column));
    }

    /**
     * The type a column stands for before any flag. Beyond Directus, which reads it as a string (§5.3), a
     * {@code char(36)} is a uuid: it is the column Directus and Ordo create for one where the database has no uuid
     * type (SQLite, MySQL), and reading it so keeps the type without the {@code uuid} flag, which would also fill
     * every empty value on create (§5.5).
     */
    public static FieldType columnType(ColumnSchema column) {
        boolean uuidStorage = column.fieldType() == FieldType.STRING
            && FIXED_LENGTH_CHARACTERS.contains(column.dataType()) && column.maxLength().equals(UUID_LENGTH);
        return uuidStorage ? FieldType.UUID : column.fieldType();
    }

    public static FieldType resolve(List<String> special, FieldType columnType) {
        if (special.contains("cast-json")) {
            return FieldType.JSON;
        }
        if (special.contains("hash")) {
            return FieldType.HASH;
        }
        if (special.contains("cast-csv")) {
            return FieldType.CSV;
        }
        if (special.contains("uuid") || special.contains("file")) {
            return FieldType.UUID;
        }
        if (special.contains("cast-timestamp")) {
            return FieldType.TIMESTAMP;
        }
        if (special.contains("cast-datetime")) {
            return FieldType.DATE_TIME;
        }
        // A geometry column's first flag names its subtype (geometry.Point, ...), which the column type may not tell.
        if (columnType.isGeometry() && !special.isEmpty()) {
            return FieldType.fromId(special.get(0)).filter(FieldType::isGeometry).orElse(columnType);
        }
        return columnType;
    }
}

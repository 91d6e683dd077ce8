package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.FieldType;
import java.util.List;

/**
 * The Directus type of a column field (DATA-API.md §5.3): {@code special} flags first, because some types
 * have no column type of their own (a {@code uuid} is a {@code char(36)} on SQLite, a {@code json} is text),
 * then the type the backend mapped from the column.
 */
public final class FieldTypeResolver {

    private FieldTypeResolver() {
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

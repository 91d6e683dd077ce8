package dev.ordo.plugins.mysql;

import dev.ordo.api.schema.FieldType;

/** Names a catalog column's type and gives its Directus type, handling MySQL's own cases first. */
final class ColumnTypeMapper {

    /** @param dataType the base type name as Ordo reports it ({@code int}, {@code bigint unsigned}, {@code json}) */
    record ColumnType(String dataType, FieldType fieldType) {
    }

    /**
     * @param jsonChecked a MariaDB LONGTEXT that carries a {@code json_valid} check: MariaDB's spelling of JSON,
     *                    reported as {@code json} so MariaDB agrees with MySQL and PostgreSQL
     */
    ColumnType map(Catalog.ColumnRow column, boolean jsonChecked) {
        if (jsonChecked && column.dataType().equals("longtext")) {
            return new ColumnType("json", FieldType.JSON);
        }
        // MySQL's conventional boolean, named boolean as Directus's MySQL inspector names it; wider tinyints are
        // small integers.
        if (column.columnType().startsWith("tinyint(1)")) {
            return new ColumnType("boolean", FieldType.BOOLEAN);
        }
        String dataType = column.columnType().contains("unsigned")
            ? column.dataType() + " unsigned"
            : column.dataType();
        return new ColumnType(dataType, FieldType.forDatabaseType(dataType, column.numericPrecision(),
            column.numericScale()));
    }
}

package dev.ordo.platform.system;

import static dev.ordo.api.schema.FieldType.BIG_INTEGER;
import static dev.ordo.api.schema.FieldType.BOOLEAN;
import static dev.ordo.api.schema.FieldType.INTEGER;
import static dev.ordo.api.schema.FieldType.JSON;
import static dev.ordo.api.schema.FieldType.STRING;
import static dev.ordo.api.schema.FieldType.TEXT;
import static dev.ordo.api.schema.FieldType.TIMESTAMP;
import static dev.ordo.api.schema.FieldType.UUID;

import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.SystemField;
import java.util.List;
import java.util.Optional;

/** Short names for the kinds of fields the system collections are made of. */
final class SystemFields {

    private SystemFields() {
    }

    static SystemField field(ColumnDefinition column, String... special) {
        return new SystemField(column.name(), Optional.of(column), List.of(special));
    }

    /** A field with no column: the reverse side of a relation. */
    static SystemField alias(String name, String... special) {
        return new SystemField(name, Optional.empty(), List.of(special));
    }

    static SystemField uuidKey() {
        return field(ColumnDefinition.of("id", UUID).asPrimaryKey(), "uuid");
    }

    static SystemField serialKey() {
        return field(ColumnDefinition.of("id", INTEGER).asAutoIncrement());
    }

    static ColumnDefinition string(String name, int length) {
        return ColumnDefinition.of(name, STRING).withMaxLength(length);
    }

    static ColumnDefinition requiredString(String name, int length) {
        return string(name, length).notNull();
    }

    static ColumnDefinition stringDefault(String name, int length, String fallback) {
        return string(name, length).withDefault(ColumnDefault.of(fallback));
    }

    static ColumnDefinition requiredStringDefault(String name, int length, String fallback) {
        return stringDefault(name, length, fallback).notNull();
    }

    static ColumnDefinition text(String name) {
        return ColumnDefinition.of(name, TEXT);
    }

    static ColumnDefinition integer(String name) {
        return ColumnDefinition.of(name, INTEGER);
    }

    static ColumnDefinition bigInteger(String name) {
        return ColumnDefinition.of(name, BIG_INTEGER);
    }

    static ColumnDefinition uuid(String name) {
        return ColumnDefinition.of(name, UUID);
    }

    static ColumnDefinition timestamp(String name) {
        return ColumnDefinition.of(name, TIMESTAMP);
    }

    static ColumnDefinition timestampNow(String name) {
        return timestamp(name).withDefault(ColumnDefault.now());
    }

    static SystemField flag(String name, boolean fallback) {
        return field(ColumnDefinition.of(name, BOOLEAN).notNull().withDefault(ColumnDefault.of(fallback)), "cast-boolean");
    }

    static SystemField optionalFlag(String name, boolean fallback) {
        return field(ColumnDefinition.of(name, BOOLEAN).withDefault(ColumnDefault.of(fallback)), "cast-boolean");
    }

    static SystemField json(String name) {
        return field(ColumnDefinition.of(name, JSON), "cast-json");
    }

    static SystemField csv(String name) {
        return field(text(name), "cast-csv");
    }

    /** A uuid column pointing at another system collection. */
    static SystemField reference(String name, String table, ReferentialAction onDelete, String... special) {
        return field(uuid(name).referencing(table, "id", onDelete), special.length == 0 ? new String[] {"m2o"} : special);
    }

    static SystemField requiredReference(String name, String table, ReferentialAction onDelete) {
        return field(uuid(name).notNull().referencing(table, "id", onDelete), "m2o");
    }

    static SystemField userCreated() {
        return reference("user_created", "directus_users", ReferentialAction.SET_NULL, "user-created");
    }

    static SystemField dateCreated() {
        return field(timestampNow("date_created"), "date-created");
    }
}

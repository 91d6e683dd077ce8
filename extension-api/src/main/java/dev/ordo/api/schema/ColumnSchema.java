package dev.ordo.api.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A column as the database describes it: the {@code schema} object of a field on the wire.
 *
 * @param dataType      the database's own name for the type, lower-case, without length or precision
 *                      ({@code character varying}, {@code int}, {@code decimal})
 * @param fieldType     the Directus type this database type maps to, before any {@code special} flag
 * @param defaultValue  the default as a JSON value: numbers as numbers, booleans as booleans, string literals
 *                      unquoted and without casts, {@code "CURRENT_TIMESTAMP"} for the current time in any
 *                      spelling ({@code "CURRENT_TIMESTAMP(3)"} when the database keeps a fractional-seconds
 *                      precision with it, since 1.4.0), {@code "AUTO_INCREMENT"} for auto-increment columns, other
 *                      expressions as SQL text ({@code "gen_random_uuid()"})
 * @param maxLength     characters for character types, bytes for binary ones
 * @param unique        the column alone is a primary key or carries a unique constraint or index
 * @param indexed       the column is the first column of some index, or is covered by a unique or primary key
 * @param namedSchemas  the database groups tables in named schemas (PostgreSQL), so every column of it reports the
 *                      schema its foreign key points into, null without one; false where the database has no
 *                      such schemas (MySQL, SQLite), whose columns leave that out (since 1.5.0)
 * @param foreignKeySchema the schema of the table the foreign key points to; empty without a foreign key and
 *                      always where {@code namedSchemas} is false (since 1.5.0)
 * @param columnComments the database keeps comments on columns (PostgreSQL, MySQL), so every column of it reports
 *                      its comment, null without one; false where it has none (SQLite), whose columns leave that
 *                      out (since 1.5.0)
 */
public record ColumnSchema(
    String name,
    String table,
    String dataType,
    FieldType fieldType,
    Optional<Object> defaultValue,
    OptionalLong maxLength,
    OptionalInt numericPrecision,
    OptionalInt numericScale,
    boolean nullable,
    boolean unique,
    boolean indexed,
    boolean primaryKey,
    boolean generated,
    Optional<String> generationExpression,
    boolean autoIncrement,
    Optional<String> foreignKeyTable,
    Optional<String> foreignKeyColumn,
    Optional<String> comment,
    boolean namedSchemas,
    Optional<String> foreignKeySchema,
    boolean columnComments) {

    public ColumnSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(fieldType, "fieldType");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(numericPrecision, "numericPrecision");
        Objects.requireNonNull(numericScale, "numericScale");
        Objects.requireNonNull(generationExpression, "generationExpression");
        Objects.requireNonNull(foreignKeyTable, "foreignKeyTable");
        Objects.requireNonNull(foreignKeyColumn, "foreignKeyColumn");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(foreignKeySchema, "foreignKeySchema");
        if (foreignKeySchema.isPresent() && !namedSchemas) {
            throw new IllegalArgumentException("a foreign key schema needs a database with named schemas");
        }
        if (comment.isPresent() && !columnComments) {
            throw new IllegalArgumentException("a comment needs a database that keeps column comments");
        }
    }

    /**
     * A column of a database without named schemas that keeps column comments: the constructor of API versions
     * before 1.5.0.
     */
    public ColumnSchema(
        String name,
        String table,
        String dataType,
        FieldType fieldType,
        Optional<Object> defaultValue,
        OptionalLong maxLength,
        OptionalInt numericPrecision,
        OptionalInt numericScale,
        boolean nullable,
        boolean unique,
        boolean indexed,
        boolean primaryKey,
        boolean generated,
        Optional<String> generationExpression,
        boolean autoIncrement,
        Optional<String> foreignKeyTable,
        Optional<String> foreignKeyColumn,
        Optional<String> comment) {
        this(name, table, dataType, fieldType, defaultValue, maxLength, numericPrecision, numericScale, nullable,
            unique, indexed, primaryKey, generated, generationExpression, autoIncrement, foreignKeyTable,
            foreignKeyColumn, comment, false, Optional.empty(), true);
    }

    /**
     * This column with another default, everything else kept.
     *
     * @since 1.5.0
     */
    public ColumnSchema withDefaultValue(Optional<Object> value) {
        return new ColumnSchema(name, table, dataType, fieldType, value, maxLength, numericPrecision, numericScale,
            nullable, unique, indexed, primaryKey, generated, generationExpression, autoIncrement, foreignKeyTable,
            foreignKeyColumn, comment, namedSchemas, foreignKeySchema, columnComments);
    }
}

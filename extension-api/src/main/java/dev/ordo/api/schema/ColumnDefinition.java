package dev.ordo.api.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A column to create, in Directus terms. Each {@link SchemaBackend} turns the Directus type into its own
 * SQL type (a {@code uuid} is {@code uuid} on PostgreSQL and {@code char(36)} on MySQL and SQLite).
 * Build one with {@link #of} and the {@code with...} methods.
 *
 * @param maxLength for {@code string} (default 255) and {@code hash}
 * @param precision for {@code decimal} and {@code float} (default 10)
 * @param scale     for {@code decimal} and {@code float} (default 5)
 */
public record ColumnDefinition(
    String name,
    FieldType type,
    OptionalLong maxLength,
    OptionalInt precision,
    OptionalInt scale,
    boolean nullable,
    Optional<ColumnDefault> defaultValue,
    boolean primaryKey,
    boolean autoIncrement,
    boolean unique,
    boolean indexed,
    Optional<ForeignKeyDefinition> foreignKey) {

    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(foreignKey, "foreignKey");
        if (type == FieldType.ALIAS || type == FieldType.UNKNOWN) {
            throw new IllegalArgumentException("a " + type.id() + " field has no column: " + name);
        }
        if (autoIncrement && !primaryKey) {
            throw new IllegalArgumentException("only the primary key can auto-increment: " + name);
        }
    }

    /** A nullable column of {@code type} with no default, key or index. */
    public static ColumnDefinition of(String name, FieldType type) {
        return new ColumnDefinition(name, type, OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(), true,
            Optional.empty(), false, false, false, false, Optional.empty());
    }

    public ColumnDefinition withMaxLength(long length) {
        return new ColumnDefinition(name, type, OptionalLong.of(length), precision, scale, nullable, defaultValue,
            primaryKey, autoIncrement, unique, indexed, foreignKey);
    }

    public ColumnDefinition withPrecision(int newPrecision, int newScale) {
        return new ColumnDefinition(name, type, maxLength, OptionalInt.of(newPrecision), OptionalInt.of(newScale),
            nullable, defaultValue, primaryKey, autoIncrement, unique, indexed, foreignKey);
    }

    public ColumnDefinition notNull() {
        return new ColumnDefinition(name, type, maxLength, precision, scale, false, defaultValue, primaryKey,
            autoIncrement, unique, indexed, foreignKey);
    }

    public ColumnDefinition withDefault(ColumnDefault newDefault) {
        return new ColumnDefinition(name, type, maxLength, precision, scale, nullable, Optional.of(newDefault),
            primaryKey, autoIncrement, unique, indexed, foreignKey);
    }

    /** The primary key (and therefore not null). */
    public ColumnDefinition asPrimaryKey() {
        return new ColumnDefinition(name, type, maxLength, precision, scale, false, defaultValue, true, autoIncrement,
            unique, indexed, foreignKey);
    }

    /** An auto-increment primary key; only for {@code integer} and {@code bigInteger}. */
    public ColumnDefinition asAutoIncrement() {
        if (type != FieldType.INTEGER && type != FieldType.BIG_INTEGER) {
            throw new IllegalArgumentException("only integer and bigInteger columns can auto-increment: " + name);
        }
        return new ColumnDefinition(name, type, maxLength, precision, scale, false, defaultValue, true, true, unique,
            indexed, foreignKey);
    }

    public ColumnDefinition asUnique() {
        return new ColumnDefinition(name, type, maxLength, precision, scale, nullable, defaultValue, primaryKey,
            autoIncrement, true, indexed, foreignKey);
    }

    public ColumnDefinition asIndexed() {
        return new ColumnDefinition(name, type, maxLength, precision, scale, nullable, defaultValue, primaryKey,
            autoIncrement, unique, true, foreignKey);
    }

    public ColumnDefinition referencing(String table, String column, ReferentialAction onDelete) {
        ForeignKeyDefinition key = new ForeignKeyDefinition(table, column, ReferentialAction.NO_ACTION, onDelete);
        return new ColumnDefinition(name, type, maxLength, precision, scale, nullable, defaultValue, primaryKey,
            autoIncrement, unique, indexed, Optional.of(key));
    }
}

package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.ColumnDefault;
import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Builds the column a field's {@code schema} object asks for (DATA-API.md §2.4, §5.2): lengths and precisions
 * with Directus's defaults, nullability, the default value, keys and indexes. For a change, what the request
 * leaves out keeps its current value.
 */
final class ColumnDefinitions {

    static final long DEFAULT_STRING_LENGTH = 255;
    static final int DEFAULT_PRECISION = 10;
    static final int DEFAULT_SCALE = 5;

    private ColumnDefinitions() {
    }

    /**
     * The column of a new field of {@code type}. A primary key keeps its default ({@code gen_random_uuid()} for a
     * uuid key), as Directus sets the default before marking the key; an auto-increment key takes none.
     */
    static ColumnDefinition forNew(String field, FieldType type, Map<String, Object> schema) {
        requireColumnType(field, type);
        boolean autoIncrement = Boolean.TRUE.equals(schema.get("has_auto_increment"));
        boolean primaryKey = autoIncrement || Boolean.TRUE.equals(schema.get("is_primary_key"));
        if (primaryKey && type == FieldType.JSON) {
            // PostgreSQL cannot index json and MySQL no JSON column: refused alike everywhere, before any DDL.
            throw new InvalidPayloadException("Field \"" + field + "\" is of type \"json\", which cannot be a primary key");
        }
        return build(field, type,
            length(field, type, schema, OptionalLong.empty()),
            precision(field, type, schema, OptionalInt.empty(), OptionalInt.empty()),
            !Boolean.FALSE.equals(schema.get("is_nullable")),
            autoIncrement ? Optional.empty() : defaultOf(field, schema.get("default_value")),
            primaryKey, autoIncrement,
            Boolean.TRUE.equals(schema.get("is_unique")), Boolean.TRUE.equals(schema.get("is_indexed")));
    }

    /**
     * The existing field's column with the requested type and {@code schema} keys applied. The primary key stays
     * the primary key: Directus cannot move it.
     */
    static ColumnDefinition changed(FieldOverview existing, Optional<FieldType> newType, Map<String, Object> patch) {
        ColumnSchema column = existing.column().orElseThrow();
        FieldType type = newType.orElse(existing.type());
        requireColumnType(existing.name(), type);
        boolean primaryKey = column.primaryKey();
        if (patch.containsKey("is_primary_key") && !Objects.equals(patch.get("is_primary_key"), primaryKey)
            && patch.get("is_primary_key") != null) {
            throw new InvalidPayloadException("The primary key of a collection cannot be changed");
        }
        if (primaryKey && Boolean.TRUE.equals(patch.get("is_nullable"))) {
            throw new InvalidPayloadException("Primary key cannot be null");
        }
        boolean autoIncrement = primaryKey && (patch.containsKey("has_auto_increment")
            ? Boolean.TRUE.equals(patch.get("has_auto_increment")) : column.autoIncrement());
        boolean sameKind = type == column.fieldType() || type == existing.type();
        Optional<ColumnDefault> defaultValue = patch.containsKey("default_value")
            ? defaultOf(existing.name(), patch.get("default_value"))
            : currentDefault(column);
        return build(existing.name(), type,
            length(existing.name(), type, patch, sameKind ? column.maxLength() : OptionalLong.empty()),
            precision(existing.name(), type, patch, sameKind ? column.numericPrecision() : OptionalInt.empty(),
                sameKind ? column.numericScale() : OptionalInt.empty()),
            patch.containsKey("is_nullable") ? !Boolean.FALSE.equals(patch.get("is_nullable")) : column.nullable(),
            autoIncrement ? Optional.empty() : defaultValue,
            primaryKey, autoIncrement,
            patch.containsKey("is_unique") ? Boolean.TRUE.equals(patch.get("is_unique")) : column.unique(),
            patch.containsKey("is_indexed") ? Boolean.TRUE.equals(patch.get("is_indexed")) : column.indexed());
    }

    /**
     * Whether the request asks for anything the column does not have already: Directus compares the submitted
     * {@code schema} with the column and leaves an equal one alone.
     */
    static boolean changes(FieldOverview existing, Optional<FieldType> newType, Map<String, Object> patch) {
        ColumnSchema column = existing.column().orElseThrow();
        if (column.primaryKey() && Boolean.TRUE.equals(patch.get("is_nullable"))) {
            throw new InvalidPayloadException("Primary key cannot be null");
        }
        if (newType.isPresent() && newType.get() != existing.type()) {
            return true;
        }
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object value = entry.getValue();
            boolean differs = switch (entry.getKey()) {
                case "max_length" -> existing.type() == FieldType.STRING
                    && lengthOf(existing.name(), value).orElse(DEFAULT_STRING_LENGTH)
                    != column.maxLength().orElse(DEFAULT_STRING_LENGTH);
                case "numeric_precision" -> isFractional(existing.type())
                    && !Objects.equals(integerOf(existing.name(), "numeric_precision", value).orElse(DEFAULT_PRECISION),
                        column.numericPrecision().isPresent() ? column.numericPrecision().getAsInt() : DEFAULT_PRECISION);
                case "numeric_scale" -> isFractional(existing.type())
                    && !Objects.equals(integerOf(existing.name(), "numeric_scale", value).orElse(DEFAULT_SCALE),
                        column.numericScale().isPresent() ? column.numericScale().getAsInt() : DEFAULT_SCALE);
                case "is_nullable" -> !column.primaryKey() && !Objects.equals(value, column.nullable());
                case "default_value" -> !column.autoIncrement()
                    && !comparable(defaultOf(existing.name(), value)).equals(comparable(currentDefault(column)));
                case "is_unique" -> !column.primaryKey() && !Objects.equals(value, column.unique());
                case "is_indexed" -> !column.primaryKey() && !Objects.equals(value, column.indexed());
                case "has_auto_increment" -> column.primaryKey() && !Objects.equals(value, column.autoIncrement());
                default -> false;
            };
            if (differs) {
                return true;
            }
        }
        return false;
    }

    /**
     * A default from a request: the database functions of {@link DefaultFunctions} (the current time, with or
     * without a precision, and {@code gen_random_uuid()}) or a constant; objects and arrays (JSON fields) are
     * written as JSON text.
     */
    static Optional<ColumnDefault> defaultOf(String field, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return DefaultFunctions.named(field, text).or(() -> Optional.of(ColumnDefault.of(text)));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(ColumnDefault.of(value));
        }
        return Optional.of(ColumnDefault.of(MetaValues.json(value)));
    }

    private static ColumnDefinition build(String field, FieldType type, OptionalLong length, int[] precision,
                                          boolean nullable, Optional<ColumnDefault> defaultValue, boolean primaryKey,
                                          boolean autoIncrement, boolean unique, boolean indexed) {
        ColumnDefinition column = ColumnDefinition.of(field, type);
        if (length.isPresent()) {
            column = column.withMaxLength(length.getAsLong());
        }
        if (precision.length == 2) {
            column = column.withPrecision(precision[0], precision[1]);
        }
        if (!nullable) {
            column = column.notNull();
        }
        if (defaultValue.isPresent()) {
            column = column.withDefault(defaultValue.get());
        }
        if (autoIncrement) {
            if (type != FieldType.INTEGER && type != FieldType.BIG_INTEGER) {
                throw new InvalidPayloadException("Only integer and bigInteger fields can auto-increment, not \""
                    + field + "\"");
            }
            column = column.asAutoIncrement();
        } else if (primaryKey) {
            column = column.asPrimaryKey();
        }
        if (unique && !primaryKey) {
            column = column.asUnique();
        }
        if (indexed && !primaryKey) {
            column = column.asIndexed();
        }
        return column;
    }

    private static OptionalLong length(String field, FieldType type, Map<String, Object> schema, OptionalLong current) {
        if (type != FieldType.STRING) {
            return OptionalLong.empty();
        }
        if (schema.containsKey("max_length")) {
            return lengthOf(field, schema.get("max_length")).map(OptionalLong::of).orElse(OptionalLong.empty());
        }
        return current;
    }

    private static Optional<Long> lengthOf(String field, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long length = new BigDecimal(value.toString().trim()).longValueExact();
            if (length < 1) {
                throw new InvalidPayloadException("\"schema.max_length\" of \"" + field + "\" must be at least 1");
            }
            return Optional.of(length);
        } catch (ArithmeticException | NumberFormatException notANumber) {
            throw new InvalidPayloadException("\"schema.max_length\" of \"" + field + "\" must be a whole number");
        }
    }

    /** Precision and scale for decimal and float: requested, else current, else 10 and 5. */
    private static int[] precision(String field, FieldType type, Map<String, Object> schema, OptionalInt precision,
                                   OptionalInt scale) {
        if (!isFractional(type)) {
            return new int[0];
        }
        int p = schema.containsKey("numeric_precision")
            ? integerOf(field, "numeric_precision", schema.get("numeric_precision")).orElse(DEFAULT_PRECISION)
            : precision.orElse(DEFAULT_PRECISION);
        int s = schema.containsKey("numeric_scale")
            ? integerOf(field, "numeric_scale", schema.get("numeric_scale")).orElse(DEFAULT_SCALE)
            : scale.orElse(DEFAULT_SCALE);
        if (p < 1 || s < 0 || s > p) {
            throw new InvalidPayloadException("The precision and scale of \"" + field + "\" must satisfy"
                + " 1 <= precision and 0 <= scale <= precision");
        }
        return new int[] {p, s};
    }

    private static Optional<Integer> integerOf(String field, String key, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.toString().trim()).intValueExact());
        } catch (ArithmeticException | NumberFormatException notANumber) {
            throw new InvalidPayloadException("\"schema." + key + "\" of \"" + field + "\" must be a whole number");
        }
    }

    private static boolean isFractional(FieldType type) {
        return type == FieldType.DECIMAL || type == FieldType.FLOAT;
    }

    /**
     * The column's current default as a definition. Expressions Ordo cannot write again (a function other than
     * those of {@link DefaultFunctions}) are read as absent: the API has no way to keep them through a change.
     */
    static Optional<ColumnDefault> currentDefault(ColumnSchema column) {
        Optional<Object> value = column.defaultValue();
        if (value.isEmpty() || "AUTO_INCREMENT".equals(value.get())) {
            return Optional.empty();
        }
        Object current = value.get();
        if (current instanceof String text) {
            Optional<ColumnDefault> function = DefaultFunctions.named(column.name(), text);
            if (function.isPresent()) {
                return function;
            }
            if (text.strip().matches("(?i)[a-z_][a-z0-9_.]*\\(.*\\)")) {
                return Optional.empty();
            }
            return Optional.of(ColumnDefault.of(text));
        }
        if (current instanceof Number || current instanceof Boolean) {
            return Optional.of(ColumnDefault.of(current));
        }
        return Optional.of(ColumnDefault.of(MetaValues.json(current)));
    }

    private static String comparable(Optional<ColumnDefault> value) {
        if (value.isEmpty()) {
            return "";
        }
        if (!(value.get() instanceof ColumnDefault.Literal)) {
            return DefaultFunctions.text(value.get());
        }
        Object literal = ((ColumnDefault.Literal) value.get()).value();
        if (literal instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notDecimal) {
                return number.toString();
            }
        }
        return literal.toString().toLowerCase(Locale.ROOT).equals("true") ? "true"
            : literal.toString().toLowerCase(Locale.ROOT).equals("false") ? "false" : literal.toString();
    }

    private static void requireColumnType(String field, FieldType type) {
        if (type == FieldType.ALIAS || type == FieldType.UNKNOWN) {
            throw new InvalidPayloadException("Illegal type passed: \"" + type.id() + "\"");
        }
    }
}

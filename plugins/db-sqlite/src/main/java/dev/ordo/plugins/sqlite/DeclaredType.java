package dev.ordo.plugins.sqlite;

import dev.ordo.api.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A column's declared type as SQLite keeps it ({@code VARCHAR(100)}, {@code DECIMAL(5,2)}), read as a base
 * name and its numeric arguments. SQLite only uses the declared type for type affinity, so the length and
 * precision exist nowhere else in its catalog.
 *
 * @param baseName  lower-case, without arguments, single-spaced ({@code varchar}, {@code double precision})
 * @param arguments the numbers between the parentheses, in order
 * @param fieldType the Directus type of the column
 */
record DeclaredType(String baseName, List<Long> arguments, FieldType fieldType) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    DeclaredType {
        Objects.requireNonNull(baseName, "baseName");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(fieldType, "fieldType");
    }

    static DeclaredType parse(String declared) {
        String text = declared.trim();
        int open = text.indexOf('(');
        String base = open >= 0 ? text.substring(0, open) : text;
        List<Long> arguments = new ArrayList<>();
        if (open >= 0) {
            int close = text.indexOf(')', open);
            String inside = text.substring(open + 1, close >= 0 ? close : text.length());
            for (String part : inside.split(",")) {
                String number = part.trim();
                if (number.startsWith("+")) {
                    number = number.substring(1);
                }
                if (!number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 19) {
                    arguments.add(Long.parseLong(number));
                }
            }
        }
        String baseName = WHITESPACE.matcher(base.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return new DeclaredType(baseName, arguments,
            FieldType.forDatabaseType(baseName, argument(arguments, 0), argument(arguments, 1)));
    }

    /** Characters for character types, bytes for binary ones; empty for other types or no length. */
    OptionalLong maxLength() {
        FieldType type = fieldType;
        boolean sized = type == FieldType.STRING || type == FieldType.TEXT || type == FieldType.BINARY;
        return sized && !arguments.isEmpty() ? OptionalLong.of(arguments.get(0)) : OptionalLong.empty();
    }

    /** The declared precision of a decimal or floating-point type. */
    OptionalInt numericPrecision() {
        return isFractional() ? precisionArgument() : OptionalInt.empty();
    }

    /** The declared scale of a decimal or floating-point type; 0 for {@code decimal(p)}, as in SQL. */
    OptionalInt numericScale() {
        if (!isFractional()) {
            return OptionalInt.empty();
        }
        if (arguments.size() == 1 && fieldType == FieldType.DECIMAL) {
            return OptionalInt.of(0);
        }
        return scaleArgument();
    }

    private boolean isFractional() {
        return fieldType == FieldType.DECIMAL || fieldType == FieldType.FLOAT;
    }

    private OptionalInt precisionArgument() {
        return argument(arguments, 0);
    }

    private OptionalInt scaleArgument() {
        return argument(arguments, 1);
    }

    private static OptionalInt argument(List<Long> arguments, int index) {
        if (index >= arguments.size() || arguments.get(index) > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(arguments.get(index).intValue());
    }
}

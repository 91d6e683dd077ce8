package dev.ordo.plugins.data.validation;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One broken validation rule, as Directus reports it in a {@code FAILED_VALIDATION} error (PLATFORM.md §15):
 * {@code extensions: {field, path, type, valid | invalid | substring}}.
 *
 * @param field    the payload's field the rule is about
 * @param path     where inside that field's value, for a rule on a nested object; empty otherwise
 * @param type     the rule: a filter operator without its underscore ({@code eq}, {@code lte}, {@code regex}, ...) or
 *                 {@code required} ({@code email} for a user's address that is none)
 * @param expected what the rule expected, under {@code valid}, {@code invalid} or {@code substring}; empty for rules
 *                 that need no value ({@code required}, {@code null}, ...). Values may be null.
 */
public record ValidationFailure(String field, List<String> path, String type, Map<String, Object> expected) {

    private static final DateTimeFormatter JS_DATE = DateTimeFormatter
        .ofPattern("EEE MMM dd uuuu HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC);

    public ValidationFailure {
        Objects.requireNonNull(field, "field");
        path = List.copyOf(path);
        Objects.requireNonNull(type, "type");
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    /** The field (or nested value) is missing. */
    public static ValidationFailure required(String field) {
        return new ValidationFailure(field, List.of(), "required", Map.of());
    }

    /** The error a client sees, with Directus's message. */
    public OrdoException toException() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", field);
        extensions.put("path", path);
        extensions.put("type", type);
        extensions.putAll(expected);
        return new OrdoException(ErrorCode.FAILED_VALIDATION, message(), extensions);
    }

    /** Directus's {@code FailedValidationError} message: the field, then what the value has to be, where it says. */
    String message() {
        String message = "Validation failed for field \"" + field + "\".";
        if (expected.containsKey("valid")) {
            Object valid = expected.get("valid");
            message += switch (type) {
                case "eq" -> " Value has to be \"" + text(valid) + "\".";
                case "lt" -> " Value has to be less than \"" + limit(valid) + "\".";
                case "lte" -> " Value has to be less than or equal to \"" + limit(valid) + "\".";
                case "gt" -> " Value has to be greater than \"" + limit(valid) + "\".";
                case "gte" -> " Value has to be greater than or equal to \"" + limit(valid) + "\".";
                case "in" -> " Value has to be one of " + quotedList(valid) + ".";
                default -> "";
            };
        }
        if (expected.containsKey("invalid")) {
            Object invalid = expected.get("invalid");
            message += switch (type) {
                case "neq" -> " Value can't be \"" + text(invalid) + "\".";
                case "nin" -> " Value can't be one of " + quotedList(invalid) + ".";
                default -> "";
            };
        }
        if (expected.containsKey("substring")) {
            Object substring = expected.get("substring");
            message += switch (type) {
                case "contains", "icontains" -> " Value has to contain \"" + text(substring) + "\".";
                case "ncontains" -> " Value can't contain \"" + text(substring) + "\".";
                default -> "";
            };
        }
        return message + switch (type) {
            case "null" -> " Value has to be null.";
            case "nnull" -> " Value can't be null.";
            case "empty" -> " Value has to be empty.";
            case "nempty" -> " Value can't be empty.";
            case "required" -> " Value is required.";
            case "regex" -> " Value doesn't have the correct format.";
            case "email" -> " Value has to be a valid email address.";
            default -> "";
        };
    }

    /**
     * A comparison's limit: a number, or a date (the only text a comparison reports, as ISO text) as JavaScript's
     * {@code Date.toString()} prints it in UTC, as Directus's message does.
     */
    private static String limit(Object valid) {
        if (valid instanceof String iso) {
            try {
                return JS_DATE.format(Instant.parse(iso));
            } catch (DateTimeParseException notIso) {
                return iso;
            }
        }
        return text(valid);
    }

    /** A value as JavaScript's template strings print it (lists joined by commas, null as {@code null}). */
    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ValidationFailure::text).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private static String quotedList(Object values) {
        List<?> list = values instanceof List<?> l ? l : List.of(String.valueOf(values));
        return list.stream().map(value -> "\"" + text(value) + "\"").collect(Collectors.joining(", "));
    }
}

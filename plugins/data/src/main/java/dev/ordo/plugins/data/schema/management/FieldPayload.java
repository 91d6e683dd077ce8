package dev.ordo.plugins.data.schema.management;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A field as submitted to {@code POST /fields}, {@code PATCH /fields} or inside {@code POST /collections}:
 * {@code {field, type?, schema?, meta?}}, checked the way Directus's validation checks it (DATA-API.md §2.4).
 *
 * @param type         the Directus type; {@link FieldType#ALIAS} for the legacy alias spellings; empty when the
 *                     payload has no type or a null one
 * @param typeGiven    whether the payload has a {@code type} key at all
 * @param aliasSpecial the special a legacy alias spelling stands for ({@code o2m}, {@code m2m}, ...)
 * @param schema       the {@code schema} object; empty when absent or null
 * @param schemaNull   {@code "schema": null} was sent
 * @param meta         the {@code meta} object; empty when absent or null
 * @param body         the whole submitted object
 */
record FieldPayload(String field, Optional<FieldType> type, boolean typeGiven, Optional<String> aliasSpecial,
                    Optional<Map<String, Object>> schema, boolean schemaNull, Optional<Map<String, Object>> meta,
                    Map<String, Object> body) {

    /** Types that are aliases in Directus's old spelling; each stands for the special of the same name. */
    static final List<String> LEGACY_ALIAS_TYPES = List.of("o2m", "m2m", "m2a", "o2a", "files", "translations");

    FieldPayload {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aliasSpecial, "aliasSpecial");
        schema = schema.map(FieldPayload::copy);
        meta = meta.map(FieldPayload::copy);
        body = copy(body);
    }

    /**
     * @param path where the object sits in the body, for messages ({@code fields[1]}); empty for a whole body
     * @param fallbackField the field named by the path of a PATCH route, used when the body names none
     */
    static FieldPayload parse(Object value, String path, Optional<String> fallbackField) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"" + (path.isEmpty() ? "value" : path) + "\" must be of type object");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        map.forEach((key, entry) -> body.put(String.valueOf(key), entry));
        String prefix = path.isEmpty() ? "" : path + ".";

        Object fieldValue = body.get("field");
        if (fieldValue == null) {
            fieldValue = fallbackField.orElseThrow(() -> new InvalidPayloadException("\"" + prefix + "field\" is required"));
        }
        if (!(fieldValue instanceof String field)) {
            throw new InvalidPayloadException("\"" + prefix + "field\" must be a string");
        }
        if (field.isEmpty()) {
            throw new InvalidPayloadException("\"" + prefix + "field\" is not allowed to be empty");
        }

        Optional<FieldType> type = Optional.empty();
        Optional<String> aliasSpecial = Optional.empty();
        Object typeValue = body.get("type");
        if (typeValue != null) {
            if (!(typeValue instanceof String name)) {
                throw new InvalidPayloadException("\"" + prefix + "type\" must be a string");
            }
            if (LEGACY_ALIAS_TYPES.contains(name)) {
                type = Optional.of(FieldType.ALIAS);
                aliasSpecial = Optional.of(name);
            } else {
                type = Optional.of(FieldType.fromId(name).orElseThrow(() -> unknownType(path, name)));
            }
        }

        Optional<Map<String, Object>> schema = object(body, "schema", prefix);
        schema.ifPresent(values -> checkSchema(values, prefix));
        return new FieldPayload(field, type, body.containsKey("type"), aliasSpecial, schema,
            body.containsKey("schema") && body.get("schema") == null, object(body, "meta", prefix), body);
    }

    boolean isAlias() {
        return type.map(value -> value == FieldType.ALIAS).orElse(true);
    }

    boolean flagged(String schemaKey) {
        return schema.map(values -> Boolean.TRUE.equals(values.get(schemaKey))).orElse(false);
    }

    FieldPayload withMeta(Map<String, Object> newMeta) {
        return new FieldPayload(field, type, typeGiven, aliasSpecial, schema, schemaNull, Optional.of(newMeta), body);
    }

    private static void checkSchema(Map<String, Object> schema, String prefix) {
        Object nullable = schema.get("is_nullable");
        if (schema.containsKey("is_nullable") && !(nullable instanceof Boolean)) {
            throw new InvalidPayloadException("\"" + prefix + "schema.is_nullable\" must be a boolean");
        }
        Object length = schema.get("max_length");
        if (length != null && !(length instanceof Number) && !(length instanceof String)) {
            throw new InvalidPayloadException("\"" + prefix + "schema.max_length\" must be one of [number, string, null]");
        }
        for (String flag : List.of("is_unique", "is_indexed", "is_primary_key", "has_auto_increment")) {
            Object value = schema.get(flag);
            if (value != null && !(value instanceof Boolean)) {
                throw new InvalidPayloadException("\"" + prefix + "schema." + flag + "\" must be a boolean");
            }
        }
    }

    private static Optional<Map<String, Object>> object(Map<String, Object> body, String key, String prefix) {
        Object value = body.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"" + prefix + key + "\" must be of type object");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, entry) -> copy.put(String.valueOf(name), entry));
        return Optional.of(copy);
    }

    /**
     * Directus checks the type of a field body against its list of types, but a field inside POST /collections only
     * when it builds the column.
     */
    private static InvalidPayloadException unknownType(String path, String name) {
        return path.isEmpty()
            ? new InvalidPayloadException("\"type\" must be one of [" + allowedTypes() + "]")
            : new InvalidPayloadException("Illegal type passed: \"" + name + "\"");
    }

    private static String allowedTypes() {
        List<String> names = new ArrayList<>(Arrays.stream(FieldType.values()).map(FieldType::id).toList());
        names.addAll(LEGACY_ALIAS_TYPES);
        // A null type is allowed too (a field without a column or a row), and Directus's list ends with it.
        names.add("null");
        return names.stream().distinct().collect(Collectors.joining(", "));
    }

    // Collections.unmodifiableMap: JSON values may hold nulls, which Map.copyOf refuses.
    private static Map<String, Object> copy(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields whose {@code meta.required} is set: a created item must give them a value (presets count), an update may not
 * set them to null. Fields the server fills in (generated keys, {@code uuid}, {@code date-created}, ...) are exempt.
 * A failure is 400 {@code FAILED_VALIDATION} for the first such field: the error API carries one error per exception.
 */
final class RequiredFields {

    /** Directus's GENERATE_SPECIALS: values the server generates, never required from the caller. */
    private static final Set<String> GENERATED = Set.of("uuid", "date-created", "date-updated", "user-created",
        "user-updated", "role-created", "role-updated");

    private RequiredFields() {
    }

    static void onCreate(CollectionOverview collection, Map<String, ?> payload) {
        for (FieldOverview field : collection.fields().values()) {
            if (isRequired(field) && !isGenerated(field) && payload.get(field.name()) == null) {
                throw failure(field.name());
            }
        }
    }

    static void onUpdate(CollectionOverview collection, Map<String, ?> payload) {
        for (FieldOverview field : collection.fields().values()) {
            if (isRequired(field) && payload.containsKey(field.name()) && payload.get(field.name()) == null) {
                throw failure(field.name());
            }
        }
    }

    private static boolean isRequired(FieldOverview field) {
        return field.meta().map(meta -> Boolean.TRUE.equals(meta.get("required"))).orElse(false);
    }

    private static boolean isGenerated(FieldOverview field) {
        return field.special().stream().anyMatch(GENERATED::contains)
            || field.column().map(column -> column.autoIncrement() || column.generated()).orElse(false);
    }

    private static OrdoException failure(String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", field);
        extensions.put("path", List.of());
        extensions.put("type", "required");
        return new OrdoException(ErrorCode.FAILED_VALIDATION,
            "Validation failed for field \"" + field + "\". Value is required.", extensions);
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.validation.ValidationFailure;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fields whose {@code meta.required} is set: a created item must give them a value (presets count), an update may not
 * set them to null. Fields the server fills in (generated keys, {@code uuid}, {@code date-created}, ...) are exempt.
 */
final class RequiredFields {

    /** Directus's GENERATE_SPECIALS: values the server generates, never required from the caller. */
    private static final Set<String> GENERATED = Set.of("uuid", "date-created", "date-updated", "user-created",
        "user-updated", "role-created", "role-updated");

    private RequiredFields() {
    }

    /** @param creating whether {@code payload} is a new item (else the changes to existing ones) */
    static Optional<ValidationFailure> check(FieldOverview field, Map<String, ?> payload, boolean creating) {
        boolean missing = creating ? !isGenerated(field) && payload.get(field.name()) == null
            : payload.containsKey(field.name()) && payload.get(field.name()) == null;
        return isRequired(field) && missing ? Optional.of(ValidationFailure.required(field.name())) : Optional.empty();
    }

    private static boolean isRequired(FieldOverview field) {
        return field.meta().map(meta -> Boolean.TRUE.equals(meta.get("required"))).orElse(false);
    }

    private static boolean isGenerated(FieldOverview field) {
        return field.special().stream().anyMatch(GENERATED::contains)
            || field.column().map(column -> column.autoIncrement() || column.generated()).orElse(false);
    }
}

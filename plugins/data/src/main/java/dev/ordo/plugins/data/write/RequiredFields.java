package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.validation.ValidationFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a payload must give, before any rule of its own (Directus's {@code processPayload}, PLATFORM.md §2.6): a column
 * that cannot hold null may not be set to null ({@code _nnull}), and a created item must submit it when the column has
 * no default ({@code _submitted}). Columns the database or the server fills in (generated columns, {@code uuid},
 * {@code date-created}, ..., and a uuid primary key left out) are exempt. {@code meta.required} is the app's to
 * enforce: Directus's API does not look at it, so neither does Ordo.
 */
final class RequiredFields {

    /** Directus's GENERATE_SPECIAL: values the server fills in on create, never required from the caller. */
    private static final Set<String> GENERATED = Set.of("uuid", "date-created", "user-created", "role-created");

    private RequiredFields() {
    }

    /** @param creating whether {@code payload} is a new item (else the changes to existing ones) */
    static Optional<ValidationFailure> check(CollectionOverview collection, FieldOverview field, Map<String, ?> payload,
                                             boolean creating) {
        if (!refusesNull(field)) {
            return Optional.empty();
        }
        if (creating && !payload.containsKey(field.name()) && SpecialValues.isGeneratedUuidKey(collection, field)) {
            return Optional.empty();
        }
        if (!payload.containsKey(field.name())) {
            return creating && !hasDefault(field) ? Optional.of(ValidationFailure.required(field.name()))
                : Optional.empty();
        }
        return payload.get(field.name()) == null
            ? Optional.of(new ValidationFailure(field.name(), List.of(), "nnull", Map.of())) : Optional.empty();
    }

    /** Directus's {@code isFieldNullable}, negated: the column is NOT NULL and nothing fills it in for the caller. */
    private static boolean refusesNull(FieldOverview field) {
        return field.column().map(column -> !column.nullable() && !column.generated()).orElse(false)
            && field.special().stream().noneMatch(GENERATED::contains);
    }

    /** An auto-increment column's default is {@code AUTO_INCREMENT}, so it needs no value either. */
    private static boolean hasDefault(FieldOverview field) {
        return field.column().map(column -> column.defaultValue().isPresent() || column.autoIncrement()).orElse(true);
    }
}

package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.FieldOverview;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * The display order of a collection's fields: by {@code meta.sort} (unsorted last), then by column position
 * (alias fields, having none, last), then by name.
 */
public final class FieldOrder {

    /** A field with its column's position in the table; empty for alias fields. */
    public record PositionedField(FieldOverview field, OptionalInt position) {
    }

    public static final Comparator<PositionedField> COMPARATOR = Comparator
        .comparing((PositionedField placed) -> sort(placed.field()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(placed -> placed.position().isPresent() ? placed.position().getAsInt() : null,
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(placed -> placed.field().name());

    private FieldOrder() {
    }

    private static Integer sort(FieldOverview field) {
        return field.meta()
            .map(meta -> meta.get("sort"))
            .filter(Number.class::isInstance)
            .map(value -> ((Number) value).intValue())
            .orElse(null);
    }
}

package dev.ordo.plugins.data.validation;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.query.FilterParser;
import java.util.Map;
import java.util.Optional;

/**
 * A field's own validation rule ({@code directus_fields.validation}), parsed. A rule that cannot be parsed is left
 * out with a warning rather than refusing every write to the collection: Directus's validation skips operators it
 * does not know, and a broken rule says nothing about who may write.
 */
public final class FieldRules {

    private static final System.Logger LOG = System.getLogger(FieldRules.class.getName());
    private static final FilterParser PARSER = FilterParser.forValidationRules();

    private FieldRules() {
    }

    public static Optional<Filter> of(String collection, FieldOverview field) {
        Object rule = field.meta().map(meta -> meta.get("validation")).orElse(null);
        if (!(rule instanceof Map<?, ?> map) || map.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PARSER.parse(map));
        } catch (InvalidQueryException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring the validation rule of field " + collection + "."
                + field.name() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}

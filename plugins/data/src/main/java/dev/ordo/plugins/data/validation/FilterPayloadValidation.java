package dev.ordo.plugins.data.validation;

import dev.ordo.api.error.MultipleErrorsException;
import dev.ordo.api.items.PayloadValidation;
import dev.ordo.plugins.data.query.FilterParser;
import java.util.List;
import java.util.Map;

/** {@link PayloadValidation} for other modules: the rule parsed as a validation rule, then checked like a write's. */
public final class FilterPayloadValidation implements PayloadValidation {

    private final FilterParser parser = FilterParser.forValidationRules();

    @Override
    public void check(Map<String, ?> rule, Map<String, ?> payload) {
        List<ValidationFailure> failures = PayloadValidator.failures(parser.parse(rule), payload);
        if (!failures.isEmpty()) {
            throw MultipleErrorsException.of(failures.stream().map(ValidationFailure::toException).toList());
        }
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.error.MultipleErrorsException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.items.PresetValues;
import dev.ordo.plugins.data.validation.FieldRules;
import dev.ordo.plugins.data.validation.PayloadValidator;
import dev.ordo.plugins.data.validation.ValidationFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a payload gets and must satisfy once the caller may write its fields (PLATFORM.md §2.6, Directus's
 * {@code processPayload}): the presets of the caller's permissions under it, then the rules it is validated against
 * together: each field's required flag and own rule, then every permission's validation. Dynamic variables in presets
 * and rules are resolved for the caller ({@code $CURRENT_USER}, {@code $NOW}, ...). Every broken rule is reported at
 * once, as 400 {@code FAILED_VALIDATION}.
 */
final class PayloadRules {

    private final UnaryOperator<Filter> filterVariables;
    private final UnaryOperator<Object> valueVariables;

    PayloadRules(UnaryOperator<Filter> filterVariables, UnaryOperator<Object> valueVariables) {
        this.filterVariables = filterVariables;
        this.valueVariables = valueVariables;
    }

    /** {@code payload} over the permissions' presets: a preset fills only a field the payload leaves out. */
    Map<String, Object> withPresets(CollectionRules rules, Map<String, Object> payload) {
        Map<String, Object> item = new LinkedHashMap<>(PresetValues.resolved(rules.presets(), valueVariables));
        item.putAll(payload);
        return item;
    }

    /**
     * @param item     the payload with its presets
     * @param creating whether {@code item} is a new item (required fields must then be given)
     */
    void validate(CollectionOverview collection, CollectionRules rules, Map<String, Object> item, boolean creating) {
        List<ValidationFailure> failures = new ArrayList<>();
        for (FieldOverview field : collection.fields().values()) {
            RequiredFields.check(collection, field, item, creating).ifPresent(failures::add);
            FieldRules.of(collection.name(), field)
                .ifPresent(rule -> failures.addAll(PayloadValidator.failures(filterVariables.apply(rule), item)));
        }
        rules.validation()
            .ifPresent(rule -> failures.addAll(PayloadValidator.failures(filterVariables.apply(rule), item)));
        if (!failures.isEmpty()) {
            throw MultipleErrorsException.of(failures.stream().map(ValidationFailure::toException).toList());
        }
    }
}

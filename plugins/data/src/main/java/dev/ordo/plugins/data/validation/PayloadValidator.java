package dev.ordo.plugins.data.validation;

import dev.ordo.api.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a payload against a validation rule written as a filter, as Directus's {@code validatePayload} does: every
 * rule of an {@code _and} must hold, one of an {@code _or} (else the failures of all are reported), and a rule on a
 * field the payload leaves out holds (only {@code _submitted} asks for the field). A rule through a relation
 * ({@code {"author": {"name": ...}}}) checks the nested object the payload gives for it; given a key or null instead,
 * the field is {@code required}, as Directus's object schema answers (its related item cannot be checked). Values are
 * expected with their dynamic variables already resolved.
 */
public final class PayloadValidator {

    private static final String SUBMITTED = "_submitted";

    private PayloadValidator() {
    }

    /** Every broken rule, in the order of the filter; empty when the payload is valid. */
    public static List<ValidationFailure> failures(Filter rule, Map<String, ?> payload) {
        return failures(rule, payload, List.of());
    }

    private static List<ValidationFailure> failures(Filter rule, Map<?, ?> payload, List<String> at) {
        if (rule instanceof Filter.And and) {
            List<ValidationFailure> failures = new ArrayList<>();
            and.filters().forEach(inner -> failures.addAll(failures(inner, payload, at)));
            return failures;
        }
        if (rule instanceof Filter.Or or) {
            List<ValidationFailure> failures = new ArrayList<>();
            for (Filter inner : or.filters()) {
                List<ValidationFailure> innerFailures = failures(inner, payload, at);
                if (innerFailures.isEmpty()) {
                    return List.of();
                }
                failures.addAll(innerFailures);
            }
            return failures;
        }
        if (rule instanceof Filter.Related related) {
            if (!payload.containsKey(related.field())) {
                return List.of();
            }
            List<String> path = with(at, related.field());
            return payload.get(related.field()) instanceof Map<?, ?> nested
                ? failures(related.filter(), nested, path) : List.of(failure(path, "required", Map.of()));
        }
        Filter.Condition condition = (Filter.Condition) rule;
        return check(condition, payload, with(at, condition.field())).map(List::of).orElse(List.of());
    }

    private static Optional<ValidationFailure> check(Filter.Condition condition, Map<?, ?> payload,
                                                     List<String> path) {
        if (!payload.containsKey(condition.field())) {
            return condition.operator().equals(SUBMITTED) ? Optional.of(failure(path, "required", Map.of()))
                : Optional.empty();
        }
        return OperatorRule.check(condition.operator(), condition.value(), payload.get(condition.field()))
            .map(broken -> failure(path, broken.type(), broken.expected()));
    }

    /** The first step of the path is the field, the rest where inside it the rule applied. */
    private static ValidationFailure failure(List<String> path, String type, Map<String, Object> expected) {
        return new ValidationFailure(path.get(0), path.subList(1, path.size()), type, expected);
    }

    private static List<String> with(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }
}

package dev.ordo.plugins.data.access;

import dev.ordo.api.query.Filter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do with one collection for one action: the grants of all the caller's policies, merged as
 * Directus merges them (PLATFORM.md §2.5). Fields are the union of the grants' fields; an item is open when it matches
 * any grant's filter (every item when some grant has none); a field's value is shown only on the items matching a
 * grant that lists it.
 */
public record CollectionRules(List<Grant> grants) {

    /** No restriction at all: what admins get. */
    public static final CollectionRules EVERYTHING = new CollectionRules(List.of(Grant.EVERYTHING));

    public CollectionRules {
        grants = List.copyOf(grants);
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("rules need at least one grant; no grant means no access");
        }
    }

    /** The rules of a single grant. */
    public CollectionRules(Set<String> fields, Optional<Filter> itemFilter, Optional<Filter> validation,
                           Map<String, Object> presets) {
        this(List.of(new Grant(fields, itemFilter, validation, presets)));
    }

    /** The union of the grants' fields ({@code *} when any grant opens all). */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        grants.forEach(grant -> fields.addAll(grant.fields()));
        return fields.contains("*") ? Set.of("*") : Collections.unmodifiableSet(fields);
    }

    public boolean allowsField(String field) {
        return grants.stream().anyMatch(grant -> grant.covers(field));
    }

    /** The items the caller may touch: none when any grant is unfiltered, else the OR of the grants' filters. */
    public Optional<Filter> itemFilter() {
        return anyOf(grants);
    }

    /**
     * When {@code field}'s value may be shown, beyond {@link #itemFilter()}: empty when it shows on every open item
     * (an unfiltered grant covers it, or every grant does), else the OR of the filters of the grants that cover it.
     * Only meaningful for fields {@link #allowsField allowed} at all.
     */
    public Optional<Filter> fieldCondition(String field) {
        List<Grant> covering = grants.stream().filter(grant -> grant.covers(field)).toList();
        if (covering.size() == grants.size()) {
            return Optional.empty();
        }
        return anyOf(covering);
    }

    /** What every written item must satisfy: the AND of the grants' validations. */
    public Optional<Filter> validation() {
        List<Filter> validations = new ArrayList<>();
        grants.forEach(grant -> grant.validation().ifPresent(validations::add));
        return validations.isEmpty() ? Optional.empty()
            : Optional.of(validations.size() == 1 ? validations.get(0) : new Filter.And(validations));
    }

    /** The grants' presets merged, a later grant winning on a field both set. */
    public Map<String, Object> presets() {
        Map<String, Object> presets = new LinkedHashMap<>();
        grants.forEach(grant -> presets.putAll(grant.presets()));
        return Collections.unmodifiableMap(presets);
    }

    private static Optional<Filter> anyOf(List<Grant> grants) {
        List<Filter> filters = new ArrayList<>();
        for (Grant grant : grants) {
            if (grant.itemFilter().isEmpty()) {
                return Optional.empty();
            }
            filters.add(grant.itemFilter().get());
        }
        return Optional.of(filters.size() == 1 ? filters.get(0) : new Filter.Or(filters));
    }
}

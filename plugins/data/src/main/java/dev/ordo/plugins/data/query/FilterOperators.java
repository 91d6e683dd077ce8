package dev.ordo.plugins.data.query;

import java.util.Set;

/** The filter operators Ordo knows, grouped by the shape of value each takes. */
final class FilterOperators {

    static final String AND = "_and";
    static final String OR = "_or";
    static final String SOME = "_some";
    static final String NONE = "_none";
    static final String JSON = "_json";

    /** Take a non-empty list (a comma-separated string is split). */
    static final Set<String> LIST = Set.of("_in", "_nin", "_between", "_nbetween");

    /** Take a boolean; omitted (empty) means {@code true}. */
    static final Set<String> BOOLEAN = Set.of("_null", "_nnull", "_empty", "_nempty");

    /** Take a GeoJSON object (or its JSON text). */
    static final Set<String> GEOMETRY = Set.of("_intersects", "_nintersects", "_intersects_bbox", "_nintersects_bbox");

    /** Take one string, number, boolean or null. */
    static final Set<String> SCALAR = Set.of("_eq", "_neq", "_lt", "_lte", "_gt", "_gte", "_contains", "_ncontains",
        "_icontains", "_nicontains", "_starts_with", "_nstarts_with", "_istarts_with", "_nistarts_with", "_ends_with",
        "_nends_with", "_iends_with", "_niends_with", "_ieq", "_nieq");

    /** Only meaningful in validation rules (field validation, permission validation), never in a query. */
    static final Set<String> VALIDATION_ONLY = Set.of("_regex", "_submitted");

    private FilterOperators() {
    }

    static boolean isComparison(String operator) {
        return LIST.contains(operator) || BOOLEAN.contains(operator) || GEOMETRY.contains(operator)
            || SCALAR.contains(operator);
    }
}

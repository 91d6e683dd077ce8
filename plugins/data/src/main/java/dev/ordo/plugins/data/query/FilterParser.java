package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Filter.Quantifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a filter in the Directus JSON form into a {@link Filter}.
 *
 * <p>Several keys in one object are AND-ed; a plain value is {@code _eq}; {@code {}} matches everything. A field whose
 * value holds operators becomes one {@link Filter.Condition} per operator, one whose value holds fields becomes a
 * {@link Filter.Related}. {@code _and}/{@code _or} written under a field are hoisted above it, as Directus does:
 * {@code {"author": {"_or": [a, b]}}} is {@code _or} of {@code author: a} and {@code author: b}, while the conditions of
 * one {@code _and} on the same field are gathered under it again, to hold on one related item
 * ({@link SameItemConditions}). {@code _some} and
 * {@code _none} are only allowed directly under a field of the level being filtered. Values are coerced and checked
 * per operator; dynamic variables ({@code $NOW}, {@code $CURRENT_USER}, ...) stay strings for
 * {@link DynamicVariables}. The value of {@code _json} is itself a {@link Filter}, on JSON paths
 * ({@link JsonFilterParser}). Validation rules (a field's or a permission's) may also use {@code _regex} and
 * {@code _submitted}, which no field type allows in a query: see {@link #forValidationRules()}.
 */
public final class FilterParser {

    static final String INVALID_FILTER = "Invalid filter object";

    private static final int MAX_FOLLOW_KEY_LENGTH = 500;

    private final JsonFilterParser jsonFilters;
    private final boolean validationRules;

    /** A parser whose {@code _json} paths may have {@link JsonPath#DEFAULT_MAX_DEPTH} steps. */
    public FilterParser() {
        this(JsonPath.DEFAULT_MAX_DEPTH);
    }

    /** @param maxJsonDepth {@code MAX_JSON_QUERY_DEPTH}: the most steps a {@code _json} path may have */
    public FilterParser(int maxJsonDepth) {
        this(maxJsonDepth, false);
    }

    private FilterParser(int maxJsonDepth, boolean validationRules) {
        this.jsonFilters = new JsonFilterParser(maxJsonDepth);
        this.validationRules = validationRules;
    }

    /**
     * A parser for validation rules, which also knows {@code _regex} (a pattern the value must match, its text kept
     * as written) and {@code _submitted} (the field must be in the payload).
     */
    public static FilterParser forValidationRules() {
        return new FilterParser(JsonPath.DEFAULT_MAX_DEPTH, true);
    }

    /**
     * @param filterJson the parsed JSON filter: a {@code Map}; anything else is rejected
     * @throws InvalidQueryException with Directus's reason when the filter is malformed
     */
    public Filter parse(Object filterJson) {
        if (!(filterJson instanceof Map<?, ?> map)) {
            throw new InvalidQueryException(INVALID_FILTER);
        }
        return rootFilter(level(map, 0));
    }

    /**
     * The clauses of one JSON object.
     *
     * @param fieldDepth how many fields lead from the filter's root (or from the enclosing {@code _some}) to here
     */
    private Clause level(Map<?, ?> object, int fieldDepth) {
        List<Clause> clauses = new ArrayList<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            clauses.add(entry(String.valueOf(entry.getKey()), entry.getValue(), fieldDepth));
        }
        if (clauses.isEmpty()) {
            return new Clause.Empty();
        }
        return clauses.size() == 1 ? clauses.get(0) : new Clause.Logical(true, clauses);
    }

    private Clause entry(String key, Object value, int fieldDepth) {
        if (key.equals(FilterOperators.AND) || key.equals(FilterOperators.OR)) {
            return logical(key, value, fieldDepth);
        }
        if (key.equals(FilterOperators.SOME) || key.equals(FilterOperators.NONE)) {
            return quantified(key, value, fieldDepth);
        }
        if (key.startsWith("_")) {
            return operator(key, value, fieldDepth);
        }
        return field(key, value, fieldDepth);
    }

    private Clause logical(String key, Object value, int fieldDepth) {
        if (!(value instanceof List<?> items)) {
            throw new InvalidQueryException(INVALID_FILTER);
        }
        List<Clause> clauses = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                clauses.add(level(map, fieldDepth));
            } else if (item instanceof List<?> || item == null || fieldDepth == 0) {
                throw new InvalidQueryException(INVALID_FILTER);
            } else {
                // A plain value inside a field's _and/_or is shorthand for _eq, like anywhere else.
                clauses.add(new Clause.Operator("_eq", FilterOperands.operand("_eq", item)));
            }
        }
        return new Clause.Logical(key.equals(FilterOperators.AND), clauses);
    }

    private Clause quantified(String key, Object value, int fieldDepth) {
        if (fieldDepth != 1) {
            throw new InvalidQueryException("\"" + key + "\" can only be used with top level relational alias field");
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidQueryException(INVALID_FILTER);
        }
        Quantifier quantifier = key.equals(FilterOperators.SOME) ? Quantifier.SOME : Quantifier.NONE;
        // The related items are filtered in a query of their own: a new root.
        return new Clause.Quantified(quantifier, rootFilter(level(map, 0)));
    }

    private Clause operator(String key, Object value, int fieldDepth) {
        if (key.equals(FilterOperators.JSON)) {
            if (fieldDepth == 0) {
                throw new InvalidQueryException(INVALID_FILTER);
            }
            // The value becomes a filter of its own, on JSON paths instead of fields.
            return new Clause.Operator(key, jsonFilters.parse(value));
        }
        if (validationRules && FilterOperators.VALIDATION_ONLY.contains(key)) {
            if (fieldDepth == 0) {
                throw new InvalidQueryException(INVALID_FILTER);
            }
            return new Clause.Operator(key, FilterOperands.validationOperand(key, value));
        }
        if (validationRules && !FilterOperators.isComparison(key)) {
            throw new InvalidQueryException("Unknown filter operator \"" + key + "\"");
        }
        // In a query, _regex, _submitted and unknown operators take a plain value and are refused by the field type's
        // operator list, in its words, as Directus's validateOperator refuses them.
        if (fieldDepth == 0) {
            throw new InvalidQueryException(INVALID_FILTER);
        }
        return new Clause.Operator(key, FilterOperands.operand(key, value));
    }

    private Clause field(String key, Object value, int fieldDepth) {
        if (key.isEmpty()) {
            throw new InvalidQueryException(INVALID_FILTER);
        }
        if (key.startsWith("$FOLLOW(") && key.length() > MAX_FOLLOW_KEY_LENGTH) {
            throw new InvalidQueryException(
                "\"$FOLLOW\" filter keys can't be longer than " + MAX_FOLLOW_KEY_LENGTH + " characters");
        }
        FollowKey.parse(key);
        if (FieldPaths.functionCall(key).filter(FunctionCall::isJson).isPresent()) {
            throw new InvalidQueryException("The json() function can't be used as a filter key");
        }
        if (value instanceof Map<?, ?> map) {
            return new Clause.Field(key, level(map, fieldDepth + 1));
        }
        return new Clause.Field(key, new Clause.Operator("_eq", FilterOperands.operand("_eq", value)));
    }

    private static Filter rootFilter(Clause clause) {
        if (clause instanceof Clause.Empty) {
            return Filter.EVERYTHING;
        }
        if (clause instanceof Clause.Field field) {
            return attach(field.field(), field.clause());
        }
        if (clause instanceof Clause.Logical logical) {
            return logical(logical.all(), logical.clauses().stream().map(FilterParser::rootFilter).toList());
        }
        // Operators and quantifiers need a field; level() never puts them at a root.
        throw new InvalidQueryException(INVALID_FILTER);
    }

    /** The filter a clause written under {@code field} stands for, with logical operators hoisted above the field. */
    private static Filter attach(String field, Clause clause) {
        if (clause instanceof Clause.Empty) {
            return new Filter.Related(field, Quantifier.IMPLICIT, Filter.EVERYTHING);
        }
        if (clause instanceof Clause.Operator operator) {
            return new Filter.Condition(field, operator.operator(), operator.value());
        }
        if (clause instanceof Clause.Quantified quantified) {
            return new Filter.Related(field, quantified.quantifier(), quantified.filter());
        }
        if (clause instanceof Clause.Logical logical) {
            return logical(logical.all(), logical.clauses().stream().map(inner -> attach(field, inner)).toList());
        }
        Clause.Field nested = (Clause.Field) clause;
        return relate(field, attach(nested.field(), nested.clause()));
    }

    private static Filter relate(String field, Filter inner) {
        if (inner instanceof Filter.And and) {
            return logical(true, and.filters().stream().map(filter -> relate(field, filter)).toList());
        }
        if (inner instanceof Filter.Or or) {
            return new Filter.Or(or.filters().stream().map(filter -> relate(field, filter)).toList());
        }
        return new Filter.Related(field, Quantifier.IMPLICIT, inner);
    }

    private static Filter logical(boolean all, List<Filter> filters) {
        if (!all) {
            return new Filter.Or(filters);
        }
        List<Filter> merged = SameItemConditions.merged(filters);
        return merged.size() == 1 && filters.size() > 1 ? merged.get(0) : new Filter.And(merged);
    }

    /** What one JSON key stands for before it is attached to the field it was written under. */
    private sealed interface Clause {

        /** {@code {}}. */
        record Empty() implements Clause {
        }

        record Logical(boolean all, List<Clause> clauses) implements Clause {
        }

        record Operator(String operator, Object value) implements Clause {
        }

        record Quantified(Quantifier quantifier, Filter filter) implements Clause {
        }

        record Field(String field, Clause clause) implements Clause {
        }
    }
}

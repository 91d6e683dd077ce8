package dev.ordo.plugins.data.query;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the dynamic variables in a filter's values for one caller: {@code $NOW} and {@code $NOW(<adjustment>)} as
 * an ISO-8601 UTC timestamp with milliseconds ({@code 2024-05-01T10:00:00.000Z}); {@code $CURRENT_USER},
 * {@code $CURRENT_ROLE}, {@code $CURRENT_ROLES} and {@code $CURRENT_POLICIES} from the caller's accountability; and
 * their {@code .<path>} forms through a {@link VariableSource}. In the list operators ({@code _in}, {@code _between},
 * ...) each item is resolved on its own and a list result is spliced into the list; inside {@code _json} the
 * operators of each JSON path are resolved the same way.
 */
public final class DynamicVariables {

    private static final String NOW = "$NOW";
    private static final String CURRENT_USER = "$CURRENT_USER";
    private static final String CURRENT_ROLES = "$CURRENT_ROLES";
    private static final String CURRENT_ROLE = "$CURRENT_ROLE";
    private static final String CURRENT_POLICIES = "$CURRENT_POLICIES";
    private static final Pattern BETWEEN_PARENTHESES = Pattern.compile("\\(([^)]+)\\)");
    private static final DateTimeFormatter TIMESTAMP =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public DynamicVariables(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The filter with every dynamic variable in its values replaced. */
    public Filter resolve(Filter filter, Accountability caller, VariableSource source) {
        if (filter instanceof Filter.And and) {
            return new Filter.And(and.filters().stream().map(inner -> resolve(inner, caller, source)).toList());
        }
        if (filter instanceof Filter.Or or) {
            return new Filter.Or(or.filters().stream().map(inner -> resolve(inner, caller, source)).toList());
        }
        if (filter instanceof Filter.Related related) {
            return new Filter.Related(related.field(), related.quantifier(),
                resolve(related.filter(), caller, source));
        }
        Filter.Condition condition = (Filter.Condition) filter;
        if (condition.value() instanceof Filter jsonFilter) {
            // _json: the variables sit in the operators of its JSON paths.
            return new Filter.Condition(condition.field(), condition.operator(), resolve(jsonFilter, caller, source));
        }
        Object value = FilterOperators.LIST.contains(condition.operator()) && condition.value() instanceof List<?> list
            ? spliced(list, caller, source)
            : resolveValue(condition.value(), caller, source);
        return new Filter.Condition(condition.field(), condition.operator(), value);
    }

    /** The query with the variables in its filter, and in every {@code deep} level's filter, replaced. */
    public Query resolve(Query query, Accountability caller, VariableSource source) {
        Map<String, Query> deep = new LinkedHashMap<>();
        query.deep().forEach((relation, nested) -> deep.put(relation, resolve(nested, caller, source)));
        return query.withFilter(query.filter().map(filter -> resolve(filter, caller, source))).withDeep(deep);
    }

    /** One value: a variable's value, or the value itself when it is no variable. */
    public Object resolveValue(Object value, Accountability caller, VariableSource source) {
        if (!(value instanceof String text)) {
            return value;
        }
        if (text.startsWith(NOW)) {
            return TIMESTAMP.format(now(text));
        }
        if (text.startsWith(CURRENT_USER)) {
            return variable(text, CURRENT_USER, caller.user().orElse(null), source);
        }
        // $CURRENT_ROLES before $CURRENT_ROLE: the shorter name is a prefix of the longer.
        if (text.startsWith(CURRENT_ROLES)) {
            return variable(text, CURRENT_ROLES, caller.roles(), source);
        }
        if (text.startsWith(CURRENT_ROLE)) {
            return variable(text, CURRENT_ROLE, caller.role().orElse(null), source);
        }
        if (text.startsWith(CURRENT_POLICIES)) {
            return variable(text, CURRENT_POLICIES, caller.policies(), source);
        }
        return text;
    }

    private List<Object> spliced(List<?> values, Accountability caller, VariableSource source) {
        List<Object> resolved = new ArrayList<>(values.size());
        for (Object value : values) {
            Object result = resolveValue(value, caller, source);
            if (result instanceof List<?> list) {
                resolved.addAll(list);
            } else {
                resolved.add(result);
            }
        }
        return Collections.unmodifiableList(resolved);
    }

    private Instant now(String text) {
        Instant now = clock.instant();
        if (text.contains("(") && text.contains(")")) {
            Matcher adjustment = BETWEEN_PARENTHESES.matcher(text);
            if (adjustment.find()) {
                // An adjustment that cannot be read leaves plain now.
                return NowAdjustment.apply(now, adjustment.group(1)).orElse(now);
            }
        }
        return now;
    }

    private static Object variable(String text, String name, Object ownValue, VariableSource source) {
        if (text.equals(name)) {
            return ownValue;
        }
        if (text.startsWith(name + ".")) {
            return source.lookup(name, text.substring(name.length() + 1));
        }
        return null;
    }
}

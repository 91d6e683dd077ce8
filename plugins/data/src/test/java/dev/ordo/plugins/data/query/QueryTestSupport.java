package dev.ordo.plugins.data.query;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Filter.Quantifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers for the query tests: JSON written with single quotes, filter builders and the reason of a 400. */
final class QueryTestSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QueryTestSupport() {
    }

    /** JSON with {@code '} for {@code "}, so tests stay readable. */
    static Object json(String singleQuoted) {
        try {
            return MAPPER.readValue(singleQuoted.replace('\'', '"'), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonObject(String singleQuoted) {
        return (Map<String, Object>) json(singleQuoted);
    }

    /** The {@code reason} of the {@code INVALID_QUERY} the call throws; fails when it throws anything else. */
    static String reasonOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (!(thrown instanceof InvalidQueryException invalid)) {
            throw new AssertionError("expected an InvalidQueryException but got " + thrown, thrown);
        }
        if (invalid.code() != ErrorCode.INVALID_QUERY || invalid.status() != 400) {
            throw new AssertionError("unexpected code " + invalid.code());
        }
        String reason = (String) invalid.extensions().get("reason");
        if (!invalid.getMessage().equals("Invalid query. " + reason + ".")) {
            throw new AssertionError("message does not wrap the reason: " + invalid.getMessage());
        }
        return reason;
    }

    static Filter.Condition condition(String field, String operator, Object value) {
        return new Filter.Condition(field, operator, value);
    }

    static Filter.Related related(String field, Filter filter) {
        return new Filter.Related(field, Quantifier.IMPLICIT, filter);
    }

    static Filter.Related related(String field, Quantifier quantifier, Filter filter) {
        return new Filter.Related(field, quantifier, filter);
    }

    static Filter.And and(Filter... filters) {
        return new Filter.And(List.of(filters));
    }

    static Filter.Or or(Filter... filters) {
        return new Filter.Or(List.of(filters));
    }

    /** An ordered JSON object that may hold nulls: keys and values alternate. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A list that may hold nulls. */
    static List<Object> values(Object... values) {
        return Arrays.asList(values);
    }
}

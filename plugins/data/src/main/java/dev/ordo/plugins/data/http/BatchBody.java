package dev.ordo.plugins.data.http;

import dev.ordo.api.error.InvalidPayloadException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The object body of a SEARCH, PATCH or DELETE on many items ({@code {keys}}, {@code {query}}, {@code data}),
 * checked in the order Directus's Joi schema checks it ({@code validate-batch.ts}) and refused with its messages:
 * each known key's shape, then unknown keys, then "exactly one of keys and query" for writes.
 */
record BatchBody(Optional<List<?>> keys, Optional<Map<String, Object>> query, Optional<Map<String, Object>> data) {

    /** JavaScript's {@code Number.MAX_SAFE_INTEGER}: Joi refuses keys beyond it. */
    private static final BigDecimal MAX_SAFE_INTEGER = BigDecimal.valueOf(9_007_199_254_740_991L);

    private enum Scope {
        READ(Set.of("keys", "query")), UPDATE(Set.of("keys", "query", "data")), DELETE(Set.of("keys", "query"));

        private final Set<String> allowed;

        Scope(Set<String> allowed) {
            this.allowed = allowed;
        }
    }

    /** A SEARCH body: {@code keys} and {@code query} are both optional. */
    static BatchBody read(Object body) {
        return parse(body, Scope.READ);
    }

    /** {@code {keys|query, data}}. */
    static BatchBody update(Object body) {
        return parse(body, Scope.UPDATE);
    }

    /** {@code {keys}} or {@code {query}}. */
    static BatchBody delete(Object body) {
        return parse(body, Scope.DELETE);
    }

    private static BatchBody parse(Object body, Scope scope) {
        Map<String, Object> fields = RequestBodies.object(body, "value");
        Optional<List<?>> keys = Optional.ofNullable(fields.containsKey("keys") ? keys(fields.get("keys")) : null);
        Optional<Map<String, Object>> query = Optional.ofNullable(
            fields.containsKey("query") ? RequestBodies.object(fields.get("query"), "query") : null);
        Optional<Map<String, Object>> data = scope == Scope.UPDATE
            ? Optional.of(RequestBodies.object(RequestBodies.requiredKey(fields, "data"), "data"))
            : Optional.empty();
        for (String key : fields.keySet()) {
            if (!scope.allowed.contains(key)) {
                throw new InvalidPayloadException("\"" + key + "\" is not allowed");
            }
        }
        if (scope != Scope.READ && keys.isPresent() == query.isPresent()) {
            throw new InvalidPayloadException(keys.isPresent()
                ? "\"value\" contains a conflict between exclusive peers [query, keys]"
                : "\"value\" must contain at least one of [query, keys]");
        }
        return new BatchBody(keys, query, data);
    }

    /** An array of strings and numbers, as {@code Joi.alternatives(Joi.string(), Joi.number())} accepts them. */
    private static List<?> keys(Object value) {
        List<?> keys = RequestBodies.list(value, "keys");
        for (int i = 0; i < keys.size(); i++) {
            String label = "\"keys[" + i + "]\"";
            Object key = keys.get(i);
            if (key instanceof String text && text.isEmpty()) {
                throw new InvalidPayloadException(label + " is not allowed to be empty");
            }
            if (key instanceof Number number && !isSafe(number)) {
                throw new InvalidPayloadException(label + " must be a safe number");
            }
            if (!(key instanceof String || key instanceof Number)) {
                throw new InvalidPayloadException(label + " must be one of [string, number]");
            }
        }
        return keys;
    }

    private static boolean isSafe(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Double.isFinite(number.doubleValue())
                && Math.abs(number.doubleValue()) <= MAX_SAFE_INTEGER.doubleValue();
        }
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal
            : number instanceof BigInteger integer ? new BigDecimal(integer) : BigDecimal.valueOf(number.longValue());
        return exact.abs().compareTo(MAX_SAFE_INTEGER) <= 0;
    }
}

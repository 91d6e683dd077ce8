package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code alias}: new name to the field or function it stands for. Names cannot hold a period, and neither can targets
 * unless they are a {@code json()} call (relational paths cannot be aliased).
 */
final class AliasParameter {

    private AliasParameter() {
    }

    static Map<String, String> parse(Object raw) {
        Object value = raw instanceof String text
            ? JsonParameterText.parse(text).map(JsonParameterText.Parsed::value).orElse(text)
            : raw;
        if (!(value instanceof Map<?, ?> aliases)) {
            throw new InvalidQueryException("\"alias\" has to be an object");
        }
        Map<String, String> alias = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : aliases.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (!(entry.getValue() instanceof String target)) {
                throw new InvalidQueryException(
                    "\"alias\" value has to be a string. \"" + RawValues.typeName(entry.getValue()) + "\" given");
            }
            boolean jsonCall = FieldPaths.functionCall(target).filter(FunctionCall::isJson).isPresent();
            if (name.contains(".") || (target.contains(".") && !jsonCall)) {
                throw new InvalidQueryException("\"alias\" key/value can't contain a period character `.`");
            }
            alias.put(name, target);
        }
        return Collections.unmodifiableMap(alias);
    }
}

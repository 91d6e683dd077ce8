package dev.ordo.plugins.auth.routes;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The JSON object an auth endpoint received, with the field checks and Joi-style reasons Directus answers with. */
final class Payload {

    private final Map<?, ?> body;

    private Payload(Map<?, ?> body) {
        this.body = body;
    }

    static Payload of(Request request) {
        Optional<Object> body = request.jsonBody();
        if (body.isEmpty()) {
            return new Payload(Map.of());
        }
        if (body.get() instanceof Map<?, ?> object) {
            return new Payload(object);
        }
        throw new InvalidPayloadException("\"value\" must be of type object");
    }

    /** The fields as a map, for an auth provider to read. */
    Map<String, Object> asMap() {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    /** A string field that must be present and not blank. */
    String requiredText(String field) {
        String value = optionalText(field).orElseThrow(() -> new InvalidPayloadException("\"" + field + "\" is required"));
        if (value.isBlank()) {
            throw new InvalidPayloadException("\"" + field + "\" is not allowed to be empty");
        }
        return value;
    }

    /** A string field that may be absent or null. */
    Optional<String> optionalText(String field) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw new InvalidPayloadException("\"" + field + "\" must be a string");
    }
}

package dev.ordo.plugins.data.http;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading JSON request bodies of the shapes routes expect, with Directus-style 400s when they do not fit. */
final class RequestBodies {

    private RequestBodies() {
    }

    static Object required(Request request) {
        return request.jsonBody().orElseThrow(() -> new InvalidPayloadException("A JSON body is required"));
    }

    static Map<String, Object> optionalObject(Request request) {
        return request.jsonBody().map(body -> object(body, "body")).orElse(Map.of());
    }

    static Map<String, Object> object(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidPayloadException("\"" + name + "\" must be of type object");
        }
        return stringKeys(map);
    }

    static List<?> list(Object value, String name) {
        if (!(value instanceof List<?> list)) {
            throw new InvalidPayloadException("\"" + name + "\" must be an array");
        }
        return list;
    }

    static Object requiredKey(Map<String, Object> body, String key) {
        if (!body.containsKey(key)) {
            throw new InvalidPayloadException("\"" + key + "\" is required");
        }
        return body.get(key);
    }

    static List<Map<String, ?>> objects(List<?> list) {
        List<Map<String, ?>> objects = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            objects.add(object(list.get(i), "[" + i + "]"));
        }
        return objects;
    }

    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    /** JavaScript's falsiness, which Directus's checks of a body's values use ({@code if (!body.query)}). */
    static boolean isFalsy(Object value) {
        return value == null || Boolean.FALSE.equals(value) || "".equals(value)
            || (value instanceof Number number && number.doubleValue() == 0);
    }
}

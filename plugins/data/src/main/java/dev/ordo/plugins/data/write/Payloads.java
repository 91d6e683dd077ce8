package dev.ordo.plugins.data.write;

import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of JSON objects, so nothing a caller or hook holds is changed by the write. */
final class Payloads {

    private Payloads() {
    }

    static Map<String, Object> copy(Map<?, ?> payload) {
        Map<String, Object> copy = new LinkedHashMap<>();
        payload.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    static Map<String, Object> without(Map<?, ?> payload, String field) {
        Map<String, Object> copy = copy(payload);
        copy.remove(field);
        return copy;
    }

    static Map<String, Object> with(Map<?, ?> payload, String field, Object value) {
        Map<String, Object> copy = copy(payload);
        copy.put(field, value);
        return copy;
    }
}

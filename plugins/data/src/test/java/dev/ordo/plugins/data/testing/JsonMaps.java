package dev.ordo.plugins.data.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Expected JSON objects for assertions: ordered and allowing nulls, unlike {@code Map.of}. */
public final class JsonMaps {

    private JsonMaps() {
    }

    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

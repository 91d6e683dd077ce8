package dev.ordo.plugins.data.transfer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a value under a dotted path, as Directus's CSV import does with lodash's {@code set}: the header
 * {@code author.name} gives {@code {"author": {"name": ...}}}, the shape of a nested (many-to-one) write and what
 * the CSV export writes for one. Only dots separate; brackets are kept as part of a name. A value already under
 * a path that is not an object is replaced by one, and a later column wins over an earlier one.
 */
final class DottedPaths {

    private DottedPaths() {
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> target, String path, Object value) {
        Map<String, Object> current = target;
        int start = 0;
        for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', start)) {
            String name = path.substring(start, dot);
            Object existing = current.get(name);
            if (existing instanceof Map<?, ?> object) {
                current = (Map<String, Object>) object;
            } else {
                Map<String, Object> created = new LinkedHashMap<>();
                current.put(name, created);
                current = created;
            }
            start = dot + 1;
        }
        current.put(path.substring(start), value);
    }
}

package dev.ordo.platform.permissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated filter: conditions on field paths, combined with {@code _and} and {@code _or}. */
public sealed interface Condition {

    /** The filter in Directus's JSON shape. */
    Map<String, Object> json();

    /**
     * {@code operator} applied to the field at the end of {@code path} ({@code author.name}, {@code comments.stars}). A
     * one-to-many field of the filtered collection may be followed by {@code _some} or {@code _none}
     * ({@code comments._none.stars}).
     */
    record Leaf(List<String> path, String operator, Object value) implements Condition {
        public Leaf {
            path = List.copyOf(path);
        }

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(operator, value);
            for (int i = path.size() - 1; i >= 0; i--) {
                json = Map.of(path.get(i), json);
            }
            return json;
        }
    }

    /** {@code _and} or {@code _or} of its parts. */
    record Group(String logical, List<Condition> parts) implements Condition {
        public Group {
            parts = List.copyOf(parts);
        }

        @Override
        public Map<String, Object> json() {
            List<Object> list = new ArrayList<>();
            parts.forEach(part -> list.add(part.json()));
            return Map.of(logical, list);
        }
    }
}

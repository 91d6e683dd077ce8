package dev.ordo.api.items;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a read returns: the items (or aggregate groups), each a JSON object with nested related items, and the
 * {@code meta} counts that were asked for ({@code total_count}, {@code filter_count}). Values may be {@code null}.
 */
public record ReadResult(List<Map<String, Object>> data, Map<String, Object> meta) {

    public ReadResult {
        List<Map<String, Object>> copy = new ArrayList<>(data.size());
        data.forEach(item -> copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(item))));
        data = Collections.unmodifiableList(copy);
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }
}

package dev.ordo.api.items;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a read returns: the items (or aggregate groups), each a JSON object with nested related items, and the
 * {@code meta} counts that were asked for ({@code total_count}, {@code filter_count}). Values may be {@code null}.
 *
 * <p>The item maps are wrapped read-only, not copied: a read of ten thousand rows should not pay for a second copy of
 * every row. Whoever builds a result hands its maps over and must not change them afterwards.
 */
public record ReadResult(List<Map<String, Object>> data, Map<String, Object> meta) {

    public ReadResult {
        List<Map<String, Object>> copy = new ArrayList<>(data.size());
        data.forEach(item -> copy.add(Collections.unmodifiableMap(item)));
        data = Collections.unmodifiableList(copy);
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }
}

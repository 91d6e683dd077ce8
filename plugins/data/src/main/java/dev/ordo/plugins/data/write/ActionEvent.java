package dev.ordo.plugins.data.write;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An action hook to run once the transaction has committed: its event names and its {@code meta}. */
record ActionEvent(List<String> names, Map<String, Object> meta) {

    ActionEvent {
        names = List.copyOf(names);
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(meta, "meta")));
    }
}

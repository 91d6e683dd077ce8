package dev.ordo.plugins.data.schema.overview;

import dev.ordo.api.schema.SystemCollection;
import dev.ordo.api.schema.SystemField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code meta} objects of system collections and fields. Directus defines them in code, not in the
 * metadata tables, and marks them with {@code system: true}.
 */
public final class SystemMeta {

    private SystemMeta() {
    }

    /** The collection's defined meta, with its name first when the definition leaves it out, and {@code system: true}. */
    public static Map<String, Object> ofCollection(SystemCollection collection) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!collection.meta().containsKey("collection")) {
            meta.put("collection", collection.name());
        }
        meta.putAll(collection.meta());
        meta.put("system", true);
        return Collections.unmodifiableMap(meta);
    }

    /**
     * A {@code directus_fields}-shaped meta with Directus's defaults for system fields, in its key order. Directus
     * defines these in code: they have no row, so no {@code id}, and none of them carries {@code validation} or
     * {@code validation_message}, keys its system field definitions leave out.
     */
    public static Map<String, Object> ofField(String collection, SystemField field) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("system", true);
        meta.put("collection", collection);
        meta.put("field", field.name());
        meta.put("special", field.special().isEmpty() ? null : field.special());
        meta.put("interface", null);
        meta.put("options", null);
        meta.put("display", null);
        meta.put("display_options", null);
        meta.put("readonly", false);
        meta.put("hidden", false);
        meta.put("sort", null);
        meta.put("width", "full");
        meta.put("group", null);
        meta.put("translations", null);
        meta.put("note", null);
        meta.put("conditions", null);
        meta.put("required", false);
        meta.put("searchable", true);
        return Collections.unmodifiableMap(meta);
    }
}

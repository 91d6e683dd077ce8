package dev.ordo.plugins.data.write;

import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.activity.ActivityAction;
import dev.ordo.plugins.data.activity.TrackedWrite;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the same changes to items by key: filter hooks, field permissions, a re-read through the caller's update
 * rules (403 unless every item comes back with every changed field open on it; an admin's missing items are skipped
 * and still answered, as Directus answers them), the update presets under the changes
 * and validation, then the many-to-one items the changes point at (once), one {@code UPDATE} for the columns, and the
 * one-to-many changes for each item. Primary keys are never changed.
 */
final class ItemUpdater {

    private final WriteSession session;

    ItemUpdater(WriteSession session) {
        this.session = session;
    }

    List<Object> update(String collection, List<?> rawKeys, Map<String, ?> changes, Optional<TrackedWrite> parent)
        throws SQLException {
        CollectionOverview overview = session.schema().collection(collection);
        FieldOverview primaryKey = overview.field(session.schema().primaryKey(collection)).orElseThrow();
        List<Object> keys = ItemKeys.coerceAll(primaryKey, rawKeys);
        if (keys.isEmpty()) {
            return keys;
        }
        int slot = session.actions().reserve();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("keys", keys);
        meta.put("collection", collection);
        Map<String, Object> payload = session.hooks().filterItem(collection, ActivityAction.UPDATE,
            Payloads.copy(changes), meta, session.caller());
        CollectionRules rules = session.rules(collection, Action.UPDATE);
        FieldPermissions.check(Action.UPDATE, collection, rules, payload);
        List<Object> existing = session.access().writable(overview, rules, Action.UPDATE, keys, payload.keySet(),
            session.caller().admin());
        Map<String, Object> withPresets = session.payloadRules().withPresets(rules, payload);
        session.payloadRules().validate(overview, rules, withPresets, false);
        SystemCollectionWrites.beforeUpdate(session, overview, keys, payload);
        if (existing.isEmpty()) {
            return keys;
        }
        session.mutations().add(existing.size());

        TrackedWrite tracked = session.journal().begin(ActivityAction.UPDATE, collection, parent);
        Map<String, Object> linked = session.manyToOne().link(overview, withPresets, tracked);
        Map<String, Object> values = session.specials().onUpdate(overview, linked);
        ColumnValues columns = ColumnValues.of(overview, values, false, session.codec());
        if (!columns.isEmpty()) {
            session.rows().update(overview, columns.bound(), existing, values);
        }
        tracked.complete(existing, columns.delta());
        for (Object key : inTextOrder(existing)) {
            session.oneToMany().apply(overview, linked, key, tracked);
        }
        session.actions().fill(slot, WriteHooks.updated(collection, existing, withPresets));
        return keys;
    }

    /**
     * The keys in the order Directus writes their one-to-many changes: it sorts them as JavaScript sorts by default,
     * by their text (10 before 2). The order decides where a child given to several items ends up: with the last.
     */
    private static List<Object> inTextOrder(List<Object> keys) {
        return keys.stream().sorted(Comparator.comparing(String::valueOf)).toList();
    }
}

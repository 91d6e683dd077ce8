package dev.ordo.plugins.data.activity;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a transaction's {@code directus_activity} and {@code directus_revisions} rows (PLATFORM.md §3), in that
 * transaction, after its items were written: one activity row per item and action, and for collections tracking
 * {@code all} one revision per created or updated item (PLATFORM.md §3): a create's {@code data} and {@code delta}
 * are both what was inserted; an update's {@code data} is the item as read back and its {@code delta} what was
 * written. As in Directus, the writes nested in a write are logged before it, and their revisions are then pointed
 * at its revision (for a write of several items, at the first item's).
 */
public final class ActivityRecorder {

    static final String ACTIVITY = "directus_activity";
    static final String REVISIONS = "directus_revisions";

    private final SchemaContext schema;
    private final ValueCodec codec;
    private final KeyedInsert inserts;
    private final KeyedUpdate updates;
    private final ItemSnapshots snapshots;

    public ActivityRecorder(SchemaContext schema, ValueCodec codec, KeyedInsert inserts, KeyedUpdate updates,
                            ItemSnapshots snapshots) {
        this.schema = schema;
        this.codec = codec;
        this.inserts = inserts;
        this.updates = updates;
        this.snapshots = snapshots;
    }

    public void record(ActivityJournal journal, Accountability caller, Instant now, SqlRunner runner)
        throws SQLException {
        Optional<CollectionOverview> activity = schema.schema().collection(ACTIVITY).filter(c -> !c.isFolder());
        // Ordo's own work (Accountability.system()) is what Directus runs without accountability: never tracked.
        if (activity.isEmpty() || caller.equals(Accountability.system())) {
            return;
        }
        Optional<CollectionOverview> revisions = schema.schema().collection(REVISIONS).filter(c -> !c.isFolder());
        Map<String, Map<String, Map<String, Object>>> data = revisions.isPresent()
            ? readBack(journal, runner) : Map.of();
        Map<TrackedWrite, List<TrackedWrite>> nested = nestedWrites(journal);
        Map<TrackedWrite, List<Object>> revisionsOf = new IdentityHashMap<>();
        for (TrackedWrite write : nestedFirst(journal, nested)) {
            Optional<String> tracking = tracking(write.collection());
            if (tracking.isEmpty()) {
                continue;
            }
            List<Object> written = new ArrayList<>();
            for (Object key : write.keys()) {
                Object activityKey = inserts.insert(activity.get(),
                    bound(activity.get(), activityRow(write, key, caller, now)));
                if (revisions.isPresent() && tracksRevisions(tracking.get(), write)) {
                    Map<String, Object> snapshot = write.action() == ActivityAction.CREATE ? write.delta()
                        : data.getOrDefault(write.collection(), Map.of()).get(String.valueOf(key));
                    written.add(inserts.insert(revisions.get(),
                        bound(revisions.get(), revisionRow(write, key, activityKey, snapshot))));
                }
            }
            revisionsOf.put(write, written);
            if (!written.isEmpty()) {
                adopt(revisions.get(), written.get(0), nested.get(write), revisionsOf);
            }
        }
    }

    /** For each write of the journal, the writes directly nested in it, in the order they were begun. */
    private static Map<TrackedWrite, List<TrackedWrite>> nestedWrites(ActivityJournal journal) {
        Map<TrackedWrite, List<TrackedWrite>> nested = new IdentityHashMap<>();
        for (TrackedWrite write : journal.writes()) {
            write.parent().map(nested::get).ifPresent(siblings -> siblings.add(write));
            nested.put(write, new ArrayList<>());
        }
        return nested;
    }

    /** The journal's writes, each after the writes nested in it (as Directus logs them). */
    private static List<TrackedWrite> nestedFirst(ActivityJournal journal,
                                                  Map<TrackedWrite, List<TrackedWrite>> nested) {
        List<TrackedWrite> ordered = new ArrayList<>(journal.writes().size());
        for (TrackedWrite write : journal.writes()) {
            if (write.parent().filter(nested::containsKey).isEmpty()) {
                appendNestedFirst(write, nested, ordered);
            }
        }
        return ordered;
    }

    private static void appendNestedFirst(TrackedWrite write, Map<TrackedWrite, List<TrackedWrite>> nested,
                                          List<TrackedWrite> ordered) {
        for (TrackedWrite child : nested.get(write)) {
            appendNestedFirst(child, nested, ordered);
        }
        ordered.add(write);
    }

    /** Points the revisions of the writes nested in a write at its revision, now that it exists. */
    private void adopt(CollectionOverview table, Object parentRevision, List<TrackedWrite> children,
                       Map<TrackedWrite, List<Object>> revisionsOf) throws SQLException {
        List<Object> nestedRevisions = new ArrayList<>();
        children.forEach(child -> nestedRevisions.addAll(revisionsOf.getOrDefault(child, List.of())));
        if (!nestedRevisions.isEmpty()) {
            updates.update(table, bound(table, Map.of("parent", parentRevision)), nestedRevisions);
        }
    }

    /** {@code all}, {@code activity}, or empty when nothing is tracked; never the log tables themselves. */
    private Optional<String> tracking(String collection) {
        if (collection.equals(ACTIVITY) || collection.equals(REVISIONS)) {
            return Optional.empty();
        }
        return schema.schema().collection(collection).flatMap(CollectionOverview::accountability);
    }

    /** Deletes have no revision; updates that wrote no column have none either. */
    private static boolean tracksRevisions(String tracking, TrackedWrite write) {
        return tracking.equals("all") && switch (write.action()) {
            case CREATE -> true;
            case UPDATE -> !write.delta().isEmpty();
            case DELETE -> false;
        };
    }

    /** The updated items of revision-tracked collections, read back with one statement per collection. */
    private Map<String, Map<String, Map<String, Object>>> readBack(ActivityJournal journal, SqlRunner runner)
        throws SQLException {
        Map<String, Set<Object>> keys = new LinkedHashMap<>();
        for (TrackedWrite write : journal.writes()) {
            if (write.action() == ActivityAction.UPDATE
                && tracking(write.collection()).filter(t -> tracksRevisions(t, write)).isPresent()) {
                keys.computeIfAbsent(write.collection(), c -> new LinkedHashSet<>()).addAll(write.keys());
            }
        }
        Map<String, Map<String, Map<String, Object>>> items = new LinkedHashMap<>();
        for (Map.Entry<String, Set<Object>> entry : keys.entrySet()) {
            items.put(entry.getKey(), snapshots.read(entry.getKey(), entry.getValue(), runner));
        }
        return items;
    }

    private Map<String, Object> activityRow(TrackedWrite write, Object key, Accountability caller, Instant now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("action", write.action().id());
        row.put("user", caller.user().orElse(null));
        row.put("timestamp", codec.temporals().formatTimestamp(now));
        row.put("ip", caller.client().ip().orElse(null));
        row.put("user_agent", caller.client().userAgent().orElse(null));
        row.put("origin", caller.client().origin().orElse(null));
        row.put("collection", write.collection());
        row.put("item", String.valueOf(key));
        return row;
    }

    private static Map<String, Object> revisionRow(TrackedWrite write, Object key, Object activityKey,
                                                   Map<String, Object> data) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("activity", activityKey);
        row.put("collection", write.collection());
        row.put("item", String.valueOf(key));
        row.put("data", data);
        row.put("delta", write.delta());
        return row;
    }

    /** The row's values as bound for the log table's columns; columns the table lacks are left out. */
    private Map<String, Object> bound(CollectionOverview table, Map<String, Object> row) {
        Map<String, Object> columns = new LinkedHashMap<>();
        row.forEach((name, value) -> table.field(name).filter(f -> !f.isAlias())
            .ifPresent(field -> columns.put(name, codec.toDatabase(field, value))));
        return columns;
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.ModuleContext;
import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.HashService;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.event.Events;
import dev.ordo.api.items.ItemsService;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.items.ItemWrites;
import dev.ordo.plugins.data.items.ItemsEngine;
import dev.ordo.plugins.data.relation.SchemaContext;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The write side of the items service. Each call is one transaction on one connection: the items, everything nested
 * in them, and their activity and revisions are written together or not at all. Action hooks run after the commit.
 */
public final class TransactionalItemWrites implements ItemWrites {

    private final ItemsEngine engine;
    private final Supplier<SchemaContext> schemas;
    private final WriteServices services;
    private final ItemSorter sorter;

    /**
     * @param schemas              the current schema, asked once per call
     * @param hashes               the {@link HashService} for {@code hash} fields, looked up when one is written (the
     *                             auth module provides it, possibly after this module starts)
     * @param constraintViolations recognises constraint violations in the database's errors
     *                             ({@code SchemaBackend::constraintViolation})
     */
    public TransactionalItemWrites(ItemsEngine engine, Supplier<SchemaContext> schemas, Events events,
                                   Supplier<Optional<HashService>> hashes,
                                   ViolationReader constraintViolations,
                                   MutationLimit mutationLimit, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.services = new WriteServices(new WriteHooks(Objects.requireNonNull(events, "events")), hashes,
            new StatementErrors(Objects.requireNonNull(constraintViolations, "constraintViolations")), mutationLimit,
            clock);
        this.sorter = new ItemSorter(engine);
    }

    /** Wired from what the host gives the data module: its hooks, services, backend and settings. */
    public static TransactionalItemWrites create(ItemsEngine engine, Supplier<SchemaContext> schemas,
                                                 ModuleContext context) {
        return new TransactionalItemWrites(engine, schemas, context.events(),
            () -> context.services().find(HashService.class), context.schemaBackend()::constraintViolation,
            MutationLimit.from(context.settings()), Clock.systemUTC());
    }

    @Override
    public List<Object> createMany(String collection, List<? extends Map<String, ?>> items, Accountability caller) {
        return run(collection, caller, session -> {
            List<Object> keys = new ArrayList<>(items.size());
            for (Map<String, ?> item : items) {
                keys.add(session.create(collection, item, Optional.empty()));
            }
            return keys;
        });
    }

    @Override
    public List<Object> updateMany(String collection, List<?> keys, Map<String, ?> changes, Accountability caller) {
        return run(collection, caller, session -> {
            lockInKeyOrder(session, collection, keys);
            return session.update(collection, keys, changes, Optional.empty());
        });
    }

    @Override
    public List<Object> updateBatch(String collection, List<? extends Map<String, ?>> items, Accountability caller) {
        return run(collection, caller, session -> {
            String primaryKey = session.schema().primaryKey(collection);
            lockInKeyOrder(session, collection, items.stream().map(item -> item.get(primaryKey)).toList());
            List<Object> keys = new ArrayList<>(items.size());
            for (Map<String, ?> item : items) {
                Object key = item.get(primaryKey);
                if (key == null) {
                    throw new InvalidPayloadException("Item in update misses primary key");
                }
                keys.addAll(session.update(collection, List.of(key), Payloads.without(item, primaryKey),
                    Optional.empty()));
            }
            return keys;
        });
    }

    @Override
    public Object upsertSingleton(String collection, Map<String, ?> item, Accountability caller) {
        return run(collection, caller, session -> upsertSingleton(session, collection, item));
    }

    @Override
    public long upsertEach(String collection, Iterator<? extends Map<String, ?>> items, Accountability caller) {
        // The items are a stream read as they are written: a second attempt would find it consumed.
        return run(collection, caller, Attempts.ONCE, session -> {
            CollectionOverview overview = session.schema().collection(collection);
            // An import may both create and update, so the caller needs both before the first row is read.
            session.rules(collection, Action.CREATE);
            session.rules(collection, Action.UPDATE);
            long written = 0;
            while (items.hasNext()) {
                Map<String, ?> item = items.next();
                if (overview.singleton()) {
                    if (written > 0) {
                        throw new InvalidPayloadException("Cannot import multiple records into singleton collection "
                            + collection);
                    }
                    upsertSingleton(session, collection, item);
                } else {
                    upsertByKey(session, overview, item);
                }
                session.endItem();
                written++;
            }
            return written;
        });
    }

    @Override
    public void sort(String collection, Object item, Object to, Accountability caller) {
        sorter.sort(schemas.get(), collection, item, to, caller);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("collection", collection);
        meta.put("item", item);
        meta.put("to", to);
        services.hooks().runActions(List.of(new ActionEvent(List.of("items.sort", collection + ".items.sort"), meta)),
            caller);
    }

    @Override
    public void deleteMany(String collection, List<?> keys, Accountability caller) {
        run(collection, caller, session -> {
            lockInKeyOrder(session, collection, keys);
            session.delete(collection, keys, Optional.empty());
            return null;
        });
    }

    @Override
    public List<Object> keysMatching(String collection, Query query, Accountability caller, ItemsService items) {
        String primaryKey = schemas.get().primaryKey(collection);
        // Only the keys; aggregation, meta counts and exports do not apply to finding them.
        Query keysOnly = new Query(List.of(primaryKey), query.filter(), query.search(), query.sort(), query.limit(),
            query.offset(), query.page(), List.of(), Map.of(), List.of(), Map.of(), Map.of(), query.backlink(),
            Optional.empty(), Optional.empty());
        return items.read(collection, keysOnly, unrestricted(caller)).data().stream()
            .map(item -> item.get(primaryKey)).filter(Objects::nonNull).toList();
    }

    private static Object upsertSingleton(WriteSession session, String collection, Map<String, ?> item)
        throws SQLException {
        Optional<Object> existing = session.rows().firstKey(session.schema().collection(collection));
        if (existing.isPresent()) {
            return session.update(collection, List.of(existing.get()), item, Optional.empty()).get(0);
        }
        return session.create(collection, item, Optional.empty());
    }

    /**
     * Directus's {@code upsertOne}: an update when the item carries a key that exists, else a create (a key that
     * cannot be one of this collection, such as letters for an integer key, is left for the create to refuse).
     */
    private static Object upsertByKey(WriteSession session, CollectionOverview collection, Map<String, ?> item)
        throws SQLException {
        String primaryKey = collection.primaryKey().orElseThrow();
        Object key = item.get(primaryKey);
        if (isJavaScriptTruthy(key) && exists(session, collection, key)) {
            return session.update(collection.name(), List.of(key), Payloads.without(item, primaryKey),
                Optional.empty()).get(0);
        }
        return session.create(collection.name(), item, Optional.empty());
    }

    private static boolean exists(WriteSession session, CollectionOverview collection, Object key)
        throws SQLException {
        Object checked;
        try {
            checked = ItemKeys.coerce(collection.field(collection.primaryKey().orElseThrow()).orElseThrow(), key);
        } catch (ForbiddenException notAKey) {
            return false;
        }
        return session.rows().exists(collection, checked);
    }

    /**
     * Locks the rows of a write of several items in key order, whatever order the request names them in, so that two
     * such writes over the same rows cannot each hold one the other waits for. Keys that cannot be keys of the
     * collection are left for the write to refuse, in the request's order.
     */
    private static void lockInKeyOrder(WriteSession session, String collection, List<?> keys) throws SQLException {
        CollectionOverview overview = session.schema().collection(collection);
        FieldOverview primaryKey = overview.field(overview.primaryKey().orElseThrow()).orElseThrow();
        List<Object> checked = new ArrayList<>();
        for (Object key : keys) {
            try {
                checked.add(ItemKeys.coerce(primaryKey, key));
            } catch (ForbiddenException notAKey) {
                // Refused by the write itself.
            }
        }
        session.rows().lockInKeyOrder(overview, checked);
    }

    /** Directus tests the key with {@code primaryKey && ...}: 0, "" and false count as no key. */
    private static boolean isJavaScriptTruthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !"".equals(value)
            && !(value instanceof Number number && number.doubleValue() == 0);
    }

    private <T> T run(String collection, Accountability caller, SessionWork<T> work) {
        return run(collection, caller, Attempts.AGAIN_ON_CONFLICT, work);
    }

    private <T> T run(String collection, Accountability caller, Attempts attempts, SessionWork<T> work) {
        SchemaContext schema = schemas.get();
        ItemsEngine.Work<Outcome<T>> transaction = runner -> {
            RemainingAdmins.Check admins = new RemainingAdmins(schema, engine.sql(), engine.codec(), runner)
                .watch(collection);
            WriteSession session = new WriteSession(engine, schema, caller, runner, services);
            T result = work.run(session);
            session.verifyRoleNesting();
            admins.verify();
            session.recordActivity();
            return new Outcome<>(result, session.actions().events());
        };
        Outcome<T> outcome = attempts == Attempts.ONCE ? engine.writeOnce(transaction) : engine.write(transaction);
        services.hooks().runActions(outcome.actions(), caller);
        return outcome.result();
    }

    /**
     * The caller with admin rights, so the query finds every match; its user and roles stay, for the dynamic
     * variables the query may use.
     */
    private static Accountability unrestricted(Accountability caller) {
        return caller.user()
            .map(user -> Accountability.user(user, caller.role(), caller.roles(), caller.policies(), true, true,
                caller.client()))
            .orElseGet(() -> Accountability.system().withClient(caller.client()));
    }

    /** Whether a write the database rolled back to break a deadlock may run again ({@link ItemsEngine#write}). */
    private enum Attempts { AGAIN_ON_CONFLICT, ONCE }

    @FunctionalInterface
    private interface SessionWork<T> {
        T run(WriteSession session) throws SQLException;
    }

    private record Outcome<T>(T result, List<ActionEvent> actions) {
    }
}

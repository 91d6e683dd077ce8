package dev.ordo.plugins.data.write;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.query.Filter;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.activity.ActivityJournal;
import dev.ordo.plugins.data.activity.ActivityRecorder;
import dev.ordo.plugins.data.activity.ItemSnapshots;
import dev.ordo.plugins.data.activity.TrackedWrite;
import dev.ordo.plugins.data.items.ItemsEngine;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One write transaction: the caller, the schema and the connection it runs on, and what it accumulates (rows
 * counted against the mutation limit, the activity journal, the action hooks owed). Creates, updates and deletes,
 * top-level or nested, all go through it, so every level is checked, counted and tracked the same way.
 */
final class WriteSession {

    private final ItemsEngine engine;
    private final SchemaContext schema;
    private final Accountability caller;
    private final SqlRunner runner;
    private final WriteServices services;
    private final Instant now;
    private MutationCounter mutations;
    private ActivityJournal journal = new ActivityJournal();
    private final PendingActions actions = new PendingActions();
    private final RowStatements rows;
    private final ItemAccess access;
    private final PayloadRules payloadRules;
    private final SpecialValues specials;
    private final ItemCreator creator = new ItemCreator(this);
    private final ItemUpdater updater = new ItemUpdater(this);
    private final ItemDeleter deleter = new ItemDeleter(this);
    private final ManyToOneWrites manyToOne = new ManyToOneWrites(this);
    private final OneToManyWrites oneToMany = new OneToManyWrites(this);
    private boolean rolesWritten;

    WriteSession(ItemsEngine engine, SchemaContext schema, Accountability caller, SqlRunner runner,
                 WriteServices services) {
        this.engine = engine;
        this.schema = schema;
        this.caller = caller;
        this.runner = runner;
        this.services = services;
        this.now = services.clock().instant();
        this.mutations = new MutationCounter(services.limit());
        this.rows = new RowStatements(runner, engine.sql(), engine.codec(), services.errors(), engine.batchSize());
        UnaryOperator<Filter> filterVariables = engine.variables().forCaller(caller);
        this.access = new ItemAccess(schema, engine.sql(), engine.codec(), engine.operators(), filterVariables, runner,
            engine.batchSize());
        this.payloadRules = new PayloadRules(filterVariables, engine.variables().valuesForCaller(caller));
        this.specials = new SpecialValues(caller, engine.codec().temporals().formatTimestamp(now), services.hashes());
    }

    Object create(String collection, Map<String, ?> item, Optional<TrackedWrite> parent) throws SQLException {
        return creator.create(collection, item, parent);
    }

    List<Object> update(String collection, List<?> keys, Map<String, ?> changes, Optional<TrackedWrite> parent)
        throws SQLException {
        return updater.update(collection, keys, changes, parent);
    }

    void delete(String collection, List<?> keys, Optional<TrackedWrite> parent) throws SQLException {
        deleter.delete(collection, keys, parent);
    }

    /** The caller's rules for {@code action} on {@code collection}; 403 when they may not act on it at all. */
    CollectionRules rules(String collection, Action action) {
        return engine.access().rules(caller, collection, action)
            .orElseThrow(() -> new ForbiddenException(WriteReasons.noRules(action, collection)));
    }

    /** Notes that roles were created or changed, so their nesting is checked before the commit. */
    void rolesWritten() {
        rolesWritten = true;
    }

    /** Refuses the write if it left a role its own ancestor. */
    void verifyRoleNesting() throws SQLException {
        if (rolesWritten) {
            RoleNesting.verify(rows, schema.collection(RoleNesting.COLLECTION));
        }
    }

    /** Writes the activity and revision rows of everything done so far; the last step before the commit. */
    void recordActivity() throws SQLException {
        new ActivityRecorder(schema, engine.codec(), rows.inserts(),
            (table, columns, keys) -> rows.update(table, columns, keys, Map.of()), new ItemSnapshots(schema, engine))
            .record(journal, caller, now, runner);
        journal = new ActivityJournal();
    }

    /**
     * Ends one item of a long run of items (the rows of an import): its activity is written now, so the journal
     * holds one item at a time, and the next item's rows are counted afresh against the mutation limit, since
     * Directus upserts each row as a write of its own.
     */
    void endItem() throws SQLException {
        recordActivity();
        mutations = new MutationCounter(services.limit());
    }

    SchemaContext schema() {
        return schema;
    }

    Accountability caller() {
        return caller;
    }

    ValueCodec codec() {
        return engine.codec();
    }

    WriteHooks hooks() {
        return services.hooks();
    }

    MutationCounter mutations() {
        return mutations;
    }

    ActivityJournal journal() {
        return journal;
    }

    PendingActions actions() {
        return actions;
    }

    RowStatements rows() {
        return rows;
    }

    ItemAccess access() {
        return access;
    }

    PayloadRules payloadRules() {
        return payloadRules;
    }

    SpecialValues specials() {
        return specials;
    }

    ManyToOneWrites manyToOne() {
        return manyToOne;
    }

    OneToManyWrites oneToMany() {
        return oneToMany;
    }
}

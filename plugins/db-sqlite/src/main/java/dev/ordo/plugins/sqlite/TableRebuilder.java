package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.SqlIdentifier.quote;

import dev.ordo.api.schema.ConstraintViolation;
import dev.ordo.api.schema.ConstraintViolation.Kind;
import dev.ordo.plugins.sqlite.TableFacts.ForeignKeyFact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Changes a table the way SQLite documents for every change its ALTER TABLE cannot make
 * (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): create the new table under a
 * temporary name, copy the rows, drop the old table, rename the new one, recreate the indexes, triggers and views
 * that went with the old one, and check the foreign keys.
 *
 * <p>Foreign key enforcement must be off while the old table is dropped: with it on, the drop deletes every row
 * first and so fires the ON DELETE actions (CASCADE, SET NULL) of the tables that point at it. SQLite only lets
 * enforcement be switched outside a transaction. Called in auto-commit mode, the rebuild switches it off, runs in
 * its own transaction and switches it back on; inside the caller's transaction it needs the caller to have
 * switched it off before beginning, unless no table points at the rebuilt one. Either way the foreign keys of the
 * rebuilt table and of the tables pointing at it are checked with {@code foreign_key_check} before it returns.
 */
final class TableRebuilder {

    static final String TEMPORARY_PREFIX = "ordo_rebuild_";

    /**
     * What a rebuild does to the table.
     *
     * @param statement      the new definition, from the current one
     * @param droppedColumns columns the new definition leaves out: the indexes on them are not recreated
     */
    record Change(UnaryOperator<CreateTableStatement> statement, Set<String> droppedColumns) {

        Change {
            Objects.requireNonNull(statement, "statement");
            droppedColumns = droppedColumns.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        }

        static Change of(UnaryOperator<CreateTableStatement> statement) {
            return new Change(statement, Set.of());
        }
    }

    /** A {@code sqlite_master} row, in creation order. */
    private record SchemaObject(String type, String name, String table, String sql) {
    }

    void rebuild(Connection connection, String table, Change change) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        boolean enforced = foreignKeysEnforced(connection);
        if (ownTransaction) {
            if (enforced) {
                execute(connection, "pragma foreign_keys = off");
            }
            connection.setAutoCommit(false);
        }
        try {
            rebuildInTransaction(connection, table, change, !ownTransaction && enforced);
            if (ownTransaction) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException failure) {
            if (ownTransaction) {
                rollbackQuietly(connection, failure);
            }
            throw failure;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
                if (enforced) {
                    execute(connection, "pragma foreign_keys = on");
                }
            }
        }
    }

    static boolean foreignKeysEnforced(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("pragma foreign_keys")) {
            return row.next() && row.getInt(1) != 0;
        }
    }

    private void rebuildInTransaction(Connection connection, String table, Change change, boolean enforced)
        throws SQLException {
        TableFacts facts = TableFacts.read(connection, table);
        List<ForeignKeyFact> referencing = TableFacts.referencing(connection, table);
        if (enforced && !referencing.isEmpty()) {
            throw new SQLException("SQLite can only rebuild table \"" + table + "\", which foreign keys point at, with"
                + " foreign key enforcement off: run PRAGMA foreign_keys = OFF before the transaction begins");
        }
        CreateTableStatement changed = change.statement().apply(CreateTableStatement.parse(facts.sql()));
        String temporary = TEMPORARY_PREFIX + table;
        if (TableFacts.tableSql(connection, temporary).isPresent()) {
            throw new SQLException("cannot rebuild \"" + table + "\": a table named \"" + temporary + "\" exists");
        }
        List<SchemaObject> objects = schemaObjects(connection);
        List<SchemaObject> own = ownIndexesAndTriggers(objects, facts, change.droppedColumns());
        List<SchemaObject> dependents = dependents(objects, table);
        Optional<Long> sequence = sequence(connection, table);

        execute(connection, changed.render(temporary));
        copyRows(connection, facts, changed, temporary);
        for (int i = dependents.size() - 1; i >= 0; i--) {
            SchemaObject dependent = dependents.get(i);
            execute(connection, "drop " + dependent.type() + " if exists " + quote(dependent.name()));
        }
        execute(connection, "drop table " + quote(table));
        rename(connection, temporary, table);
        if (sequence.isPresent() && changed.columns().stream().anyMatch(CreateTableStatement.Column::isAutoIncrement)) {
            restoreSequence(connection, table, sequence.get());
        }
        for (SchemaObject object : own) {
            execute(connection, object.sql());
        }
        for (SchemaObject dependent : dependents) {
            execute(connection, dependent.sql());
            if (dependent.type().equals("view")) {
                // SQLite does not check a view's columns when it is created: reading it does.
                execute(connection, "select * from " + quote(dependent.name()) + " limit 0");
            }
        }
        checkForeignKeys(connection, table, referencing);
    }

    /**
     * Copies the columns both tables have, generated ones excepted. A constraint the old rows break names the
     * temporary table, so the failure is reported against the real one; NULLs refused by the new definition mean
     * the column "contains null values".
     */
    private static void copyRows(Connection connection, TableFacts facts, CreateTableStatement changed,
                                 String temporary) throws SQLException {
        Set<String> oldColumns = facts.columns().stream().filter(column -> !column.generated())
            .map(column -> column.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> copied = changed.columns().stream()
            .filter(column -> !column.has("GENERATED"))
            .map(CreateTableStatement.Column::name)
            .filter(name -> oldColumns.contains(name.toLowerCase(Locale.ROOT)))
            .toList();
        if (copied.isEmpty()) {
            return;
        }
        String list = copied.stream().map(SqlIdentifier::quote).collect(Collectors.joining(", "));
        try {
            execute(connection, "insert into " + quote(temporary) + " (" + list + ") select " + list + " from "
                + quote(facts.table()));
        } catch (SQLException failure) {
            Optional<ConstraintViolation> violation = SqliteViolations.read(failure);
            if (violation.isEmpty()) {
                throw failure;
            }
            ConstraintViolation found = violation.get();
            Kind kind = found.kind() == Kind.NOT_NULL ? Kind.CONTAINS_NULL_VALUES : found.kind();
            ConstraintViolation located = new ConstraintViolation(kind, Optional.of(facts.table()), found.column());
            throw new ViolationException("the rows of \"" + facts.table() + "\" do not fit its new definition: "
                + failure.getMessage(), located, failure);
        }
    }

    /**
     * Renames with legacy_alter_table on: nothing refers to the temporary name, and the legacy rename does not
     * re-check every view and trigger of the database, so an unrelated broken view cannot stop it.
     */
    private static void rename(Connection connection, String from, String to) throws SQLException {
        boolean legacy = pragmaFlag(connection, "legacy_alter_table");
        execute(connection, "pragma legacy_alter_table = on");
        try {
            execute(connection, "alter table " + quote(from) + " rename to " + quote(to));
        } finally {
            execute(connection, "pragma legacy_alter_table = " + (legacy ? "on" : "off"));
        }
    }

    /** The indexes and triggers of the table, except indexes on a dropped column; automatic indexes excluded. */
    private static List<SchemaObject> ownIndexesAndTriggers(List<SchemaObject> objects, TableFacts facts,
                                                            Set<String> droppedColumns) {
        Set<String> skipped = new HashSet<>();
        for (TableFacts.IndexFact index : facts.indexes()) {
            if (index.columns().stream().anyMatch(column -> droppedColumns.contains(column.toLowerCase(Locale.ROOT)))) {
                skipped.add(index.name().toLowerCase(Locale.ROOT));
            }
        }
        return objects.stream()
            .filter(object -> object.table().equalsIgnoreCase(facts.table()))
            .filter(object -> object.type().equals("index") || object.type().equals("trigger"))
            .filter(object -> object.sql() != null)
            .filter(object -> !skipped.contains(object.name().toLowerCase(Locale.ROOT)))
            .toList();
    }

    /**
     * Views that read the table, and triggers of other tables that mention it, with whatever depends on those
     * views in turn: all of them must be out of the way while the table is missing, and come back after.
     */
    private static List<SchemaObject> dependents(List<SchemaObject> objects, String table) {
        Set<String> names = new HashSet<>();
        names.add(table.toLowerCase(Locale.ROOT));
        Set<SchemaObject> found = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SchemaObject object : objects) {
                boolean candidate = object.type().equals("view")
                    || (object.type().equals("trigger") && !object.table().equalsIgnoreCase(table));
                if (candidate && object.sql() != null && !found.contains(object) && mentionsAny(object.sql(), names)) {
                    found.add(object);
                    if (object.type().equals("view")) {
                        names.add(object.name().toLowerCase(Locale.ROOT));
                    }
                    grew = true;
                }
            }
        }
        return objects.stream().filter(found::contains).toList();
    }

    private static boolean mentionsAny(String sql, Set<String> names) {
        return SqlTokens.tokenize(sql).stream()
            .filter(token -> token.kind() != SqlTokens.Kind.SYMBOL && token.kind() != SqlTokens.Kind.NUMBER)
            .anyMatch(token -> names.contains(token.name().toLowerCase(Locale.ROOT)));
    }

    /** Fails on the first row that breaks a foreign key of the table or of a table pointing at it. */
    private static void checkForeignKeys(Connection connection, String table, List<ForeignKeyFact> referencing)
        throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        tables.add(table);
        referencing.forEach(key -> tables.add(key.table()));
        for (String checked : tables) {
            try (PreparedStatement statement = connection.prepareStatement(
                "select fkid from pragma_foreign_key_check(?) limit 1")) {
                statement.setString(1, checked);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        int keyId = row.getInt(1);
                        Optional<String> column = TableFacts.read(connection, checked).foreignKeys().stream()
                            .filter(key -> key.id() == keyId).map(ForeignKeyFact::fromColumn).findFirst();
                        throw new ViolationException("FOREIGN KEY constraint failed: rows of \"" + checked
                            + "\" point at rows that do not exist",
                            new ConstraintViolation(Kind.FOREIGN_KEY, Optional.of(checked), column), null);
                    }
                }
            }
        }
    }

    private static List<SchemaObject> schemaObjects(Connection connection) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "select type, name, tbl_name, sql from sqlite_master order by rowid")) {
            while (rows.next()) {
                objects.add(new SchemaObject(rows.getString(1), rows.getString(2), rows.getString(3),
                    rows.getString(4)));
            }
        }
        return objects;
    }

    /** The AUTOINCREMENT counter, kept so ids of deleted rows are not handed out again after the rebuild. */
    private static Optional<Long> sequence(Connection connection, String table) throws SQLException {
        if (TableFacts.tableSql(connection, "sqlite_sequence").isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(
            "select seq from sqlite_sequence where name = ?")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void restoreSequence(Connection connection, String table, long value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "update sqlite_sequence set seq = max(seq, ?) where name = ?")) {
            update.setLong(1, value);
            update.setString(2, table);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into sqlite_sequence (name, seq) values (?, ?)")) {
            insert.setString(1, table);
            insert.setLong(2, value);
            insert.executeUpdate();
        }
    }

    private static boolean pragmaFlag(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("pragma " + pragma)) {
            return row.next() && row.getInt(1) != 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}

package dev.ordo.plugins.sqlite;

import static dev.ordo.plugins.sqlite.SqlIdentifier.quote;

import dev.ordo.api.schema.ColumnDefinition;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeyDefinition;
import dev.ordo.plugins.sqlite.CreateTableStatement.Clause;
import dev.ordo.plugins.sqlite.CreateTableStatement.Column;
import dev.ordo.plugins.sqlite.TableFacts.ColumnFact;
import dev.ordo.plugins.sqlite.TableFacts.ForeignKeyFact;
import dev.ordo.plugins.sqlite.TableFacts.IndexFact;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Column and foreign key changes. SQLite's ALTER TABLE can add, rename and (simply) drop columns and nothing
 * else, so a change of type, nullability, default, UNIQUE constraint or foreign key rebuilds the table
 * ({@link TableRebuilder}); indexes are added and dropped in place.
 */
final class ColumnChanges {

    private static final Set<String> KEPT_CLAUSES = Set.of("REFERENCES", "CHECK", "COLLATE");

    private final TableRebuilder rebuilder = new TableRebuilder();

    void alterColumn(Connection connection, String table, ColumnDefinition column) throws SQLException {
        TableFacts facts = TableFacts.read(connection, table);
        ColumnFact current = facts.column(column.name())
            .orElseThrow(() -> new SQLException("no such column: " + table + "." + column.name(), "42S22", 1));
        CreateTableStatement statement = CreateTableStatement.parse(facts.sql());
        Column definition = statement.column(column.name())
            .orElseThrow(() -> new SQLException("no such column: " + table + "." + column.name(), "42S22", 1));
        boolean primaryKey = current.primaryKeyPosition() > 0;
        if (definition.has("GENERATED")) {
            throw new IllegalArgumentException("a generated column cannot be changed: " + table + "." + column.name());
        }
        if (column.primaryKey() != primaryKey) {
            throw new IllegalArgumentException("SQLite cannot change whether " + table + "." + column.name()
                + " is the primary key");
        }
        boolean uniqueByConstraint = definition.has("UNIQUE") || statement.tableConstraints().stream()
            .anyMatch(constraint -> constraint.kind().equals("UNIQUE") && constraint.isOnlyOn(column.name()));
        if (needsRebuild(facts, current, column) || (uniqueByConstraint && !column.unique())) {
            Column replacement = replacement(table, definition, column, statement.hasTablePrimaryKey());
            rebuilder.rebuild(connection, table, TableRebuilder.Change.of(
                old -> old.withColumn(replacement).withoutUniqueConstraintsOf(column.name())));
        }
        if (!primaryKey) {
            StatementRunner.runAtomically(connection,
                indexChanges(table, column, TableFacts.read(connection, table).indexes()));
        }
    }

    /** Drops the column, the foreign keys of other tables that point at it, and its indexes. */
    void dropColumn(Connection connection, String table, String column) throws SQLException {
        TableFacts facts = TableFacts.read(connection, table);
        ColumnFact current = facts.column(column)
            .orElseThrow(() -> new SQLException("no such column: " + table + "." + column, "42S22", 1));
        if (current.primaryKeyPosition() > 0) {
            throw new IllegalArgumentException("the primary key " + table + "." + column + " cannot be dropped");
        }
        List<ForeignKeyFact> pointingHere = new ArrayList<>();
        for (ForeignKeyFact key : TableFacts.referencing(connection, table)) {
            if (key.toColumn().map(target -> target.equalsIgnoreCase(column)).orElse(false)) {
                pointingHere.add(key);
            }
        }
        List<String> ownReferencing = new ArrayList<>();
        for (ForeignKeyFact key : pointingHere) {
            if (key.table().equalsIgnoreCase(table)) {
                ownReferencing.add(key.fromColumn());
            } else {
                dropForeignKey(connection, key.table(), key.fromColumn());
            }
        }
        rebuilder.rebuild(connection, table, new TableRebuilder.Change(old -> {
            CreateTableStatement changed = old.withoutColumn(column);
            for (String referencingColumn : ownReferencing) {
                changed = changed.withoutForeignKeysOf(referencingColumn);
            }
            return changed;
        }, Set.of(column)));
    }

    /** Replaces any foreign key of the column with one named {@code <table>_<column>_foreign}. */
    void addForeignKey(Connection connection, String table, String column, ForeignKeyDefinition key)
        throws SQLException {
        TableFacts facts = TableFacts.read(connection, table);
        if (facts.column(column).isEmpty()) {
            throw new SQLException("no such column: " + table + "." + column, "42S22", 1);
        }
        Clause reference = new Clause("REFERENCES", DdlWriter.foreignKey(table, column, key));
        rebuilder.rebuild(connection, table, TableRebuilder.Change.of(old -> {
            CreateTableStatement withoutKey = old.withoutForeignKeysOf(column);
            Column definition = withoutKey.column(column).orElseThrow();
            return withoutKey.withColumn(definition.with(reference));
        }));
    }

    void dropForeignKey(Connection connection, String table, String column) throws SQLException {
        TableFacts facts = TableFacts.read(connection, table);
        boolean hasKey = facts.foreignKeys().stream()
            .anyMatch(key -> key.columnCount() == 1 && key.fromColumn().equalsIgnoreCase(column));
        if (hasKey) {
            rebuilder.rebuild(connection, table, TableRebuilder.Change.of(old -> old.withoutForeignKeysOf(column)));
        }
    }

    private static boolean needsRebuild(TableFacts facts, ColumnFact current, ColumnDefinition column) {
        if (column.primaryKey()) {
            boolean autoIncrementing = facts.isRowidAlias(current.name());
            if (column.autoIncrement() || autoIncrementing) {
                // An INTEGER PRIMARY KEY always takes the rowid; only turning that on changes anything.
                return column.autoIncrement() && !autoIncrementing;
            }
            return !sameType(current.declaredType(), ColumnTypeWriter.sqlType(column));
        }
        boolean typeChanged = !sameType(current.declaredType(), ColumnTypeWriter.sqlType(column));
        boolean nullabilityChanged = current.notNull() == column.nullable();
        Optional<String> wantedDefault = column.defaultValue()
            .map(value -> DefaultLiteralWriter.literal(value, column.type(), column.name()));
        boolean defaultChanged = !normalised(current.defaultSql()).equals(normalised(wantedDefault));
        return typeChanged || nullabilityChanged || defaultChanged;
    }

    /**
     * The new column definition: Ordo's type, nullability, default and key, with the old definition's
     * foreign key, checks and collation kept. UNIQUE is left to an index, as when Ordo creates a column.
     */
    private static Column replacement(String table, Column old, ColumnDefinition column, boolean tablePrimaryKey) {
        StringBuilder type = new StringBuilder();
        if (column.autoIncrement()) {
            if (tablePrimaryKey) {
                throw new IllegalArgumentException("SQLite can only auto-increment a primary key declared on its "
                    + "column: " + table + "." + column.name());
            }
            if (column.type() != FieldType.INTEGER && column.type() != FieldType.BIG_INTEGER) {
                throw new IllegalArgumentException("only integer and bigInteger columns can auto-increment: "
                    + table + "." + column.name());
            }
            type.append("integer primary key autoincrement");
        } else {
            type.append(ColumnTypeWriter.sqlType(column));
            if (column.primaryKey()) {
                type.append(tablePrimaryKey ? " not null" : " not null primary key");
            } else if (!column.nullable()) {
                type.append(" not null");
            }
            column.defaultValue().ifPresent(value -> type.append(" default ")
                .append(DefaultLiteralWriter.literal(value, column.type(), column.name())));
        }
        List<Clause> kept = old.clauses().stream().filter(clause -> KEPT_CLAUSES.contains(clause.kind())).toList();
        return new Column(old.name(), old.nameText(), type.toString(), kept);
    }

    /**
     * Adds or drops the column's {@code _unique} and {@code _index} indexes. A unique index serves as the plain
     * index too; indexes over several columns are left alone.
     */
    private static List<String> indexChanges(String table, ColumnDefinition column, List<IndexFact> indexes) {
        String name = column.name();
        List<String> statements = new ArrayList<>();
        List<IndexFact> remaining = new ArrayList<>(indexes.stream().filter(index -> !index.partial()).toList());
        boolean unique = remaining.stream().anyMatch(index -> index.unique() && index.isOnlyOn(name));
        if (column.unique() && !unique) {
            statements.add("create unique index " + quote(table + "_" + name + "_unique") + " on " + quote(table)
                + " (" + quote(name) + ")");
            unique = true;
        } else if (!column.unique()) {
            dropWhere(remaining, statements, index -> index.unique() && index.isOnlyOn(name));
            unique = false;
        }
        boolean indexed = unique || remaining.stream().anyMatch(index -> index.leadsWith(name));
        if (column.indexed() && !indexed) {
            statements.add("create index " + quote(table + "_" + name + "_index") + " on " + quote(table)
                + " (" + quote(name) + ")");
        } else if (!column.indexed()) {
            dropWhere(remaining, statements, index -> !index.unique() && index.isOnlyOn(name));
        }
        return statements;
    }

    /** Drops the indexes Ordo or a user created (not those of constraints) that match. */
    private static void dropWhere(List<IndexFact> indexes, List<String> statements,
                                  java.util.function.Predicate<IndexFact> matches) {
        for (IndexFact index : List.copyOf(indexes)) {
            if (index.origin().equals("c") && matches.test(index)) {
                statements.add("drop index " + quote(index.name()));
                indexes.remove(index);
            }
        }
    }

    private static boolean sameType(String declared, String wanted) {
        return compact(declared).equals(compact(wanted));
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String normalised(Optional<String> defaultSql) {
        return defaultSql.map(String::strip).map(text -> text.equalsIgnoreCase("current_timestamp")
            ? "CURRENT_TIMESTAMP" : text).orElse("");
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

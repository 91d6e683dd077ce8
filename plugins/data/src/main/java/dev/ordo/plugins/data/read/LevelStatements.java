package dev.ordo.plugins.data.read;

import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.CompiledStatement;
import dev.ordo.plugins.data.sql.FilterCompiler;
import dev.ordo.plugins.data.sql.OperatorCheck;
import dev.ordo.plugins.data.sql.SearchCompiler;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.TableAliases;
import dev.ordo.plugins.data.values.ValueCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Builds and renders the statement of each kind of level: the root, the related items of a many-to-one (by key), and
 * the children of a one-to-many: all of them (cut to each parent's limit and offset as they are read), and, when the
 * level has a limit, the same cut made by the database with {@code ROW_NUMBER() OVER (PARTITION BY ...)}. Keys of
 * parent items are left as a slot, so one rendering serves every batch.
 */
final class LevelStatements {

    /** The column that carries a child's parent key, after the level's own columns. */
    static final String PARENT = "__parent";
    private static final String ROW = "__row";

    private final SchemaContext schema;
    private final Sql sql;
    private final ValueCodec codec;
    private final OperatorCheck operators;

    LevelStatements(SchemaContext schema, Sql sql, ValueCodec codec, OperatorCheck operators) {
        this.schema = schema;
        this.sql = sql;
        this.codec = codec;
        this.operators = operators;
    }

    /** The root level: its filter, search, sort, limit and offset. */
    LevelStatement root(ReadNode root) {
        Level level = new Level(root);
        var select = sql.dsl().select(level.columns.fields()).from(level.source.from())
            .where(level.where(true)).orderBy(level.source.order());
        LevelQuery query = root.query();
        Select<?> statement = query.unlimited()
            ? (query.offset() > 0 ? select.offset(query.offset()) : select)
            : select.limit(query.limit()).offset(query.offset());
        return new LevelStatement(CompiledStatement.of(sql, statement), level.columns);
    }

    /** {@code COUNT(*)} of the root level: with the caller's filter and search, or with permissions only. */
    CompiledStatement count(ReadNode root, boolean withFilter) {
        Level level = new Level(root);
        Condition condition = withFilter ? level.where(true) : DSL.and(root.query().permitted()
            .map(f -> level.filters.compile(f, root.collection(), level.alias, "")).orElse(DSL.noCondition()));
        return CompiledStatement.of(sql, sql.dsl().selectCount().from(Sql.table(root.name(), level.alias))
            .where(condition));
    }

    /** The items of {@code node} whose primary keys fill the key slot (many-to-one and many-to-any targets). */
    LevelStatement byKey(ReadNode node) {
        Level level = new Level(node);
        Condition condition = Sql.inKeySlot(Sql.column(level.alias, node.primaryKey())).and(level.where(false));
        var statement = sql.dsl().select(level.columns.fields()).from(Sql.table(node.name(), level.alias))
            .where(condition);
        return new LevelStatement(CompiledStatement.of(sql, statement), level.columns);
    }

    /**
     * The children of the parents whose keys fill the key slot, in each parent's order, cut to the level's limit and
     * offset per parent. Each row ends with the parent's key ({@link #PARENT}).
     */
    LevelStatement children(Selection.OneToMany selection) {
        // Ordered by parent first: the database can then walk an index on the parent column key by key instead of
        // sorting what it found, and each parent's list still comes in the level's order.
        return children(selection, Sql::inKeySlot, true);
    }

    /**
     * The children of every item of the root's table, when the root reads them all (no condition of the caller's or
     * of the permissions, no limit, no offset): every child that has a parent, so thousands of parent keys need not be
     * bound. Empty when the root has conditions (picking the parents by a sub-query instead was slower on MariaDB).
     */
    Optional<LevelStatement> childrenOfEveryRootItem(Selection.OneToMany selection, ReadNode root) {
        LevelQuery query = root.query();
        // The root's filter already holds the permission filter; its search is the only other condition.
        boolean everyItem = query.unlimited() && query.offset() == 0 && query.filter().isEmpty()
            && query.search().filter(text -> !text.isBlank()).isEmpty();
        // In the level's order alone: reading the whole table in key order beats walking the parent column's index and
        // fetching each row from the table (1.6x on SQLite for the junction of 10,000 articles).
        return everyItem ? Optional.of(children(selection, Field::isNotNull, false)) : Optional.empty();
    }

    private LevelStatement children(Selection.OneToMany selection, Function<Field<Object>, Condition> parents,
                                    boolean byParentFirst) {
        ReadNode node = selection.nested();
        Level level = new Level(node);
        Field<Object> parent = Sql.column(level.alias, selection.relation().childField());
        Condition condition = parents.apply(parent).and(level.where(true));
        List<Field<?>> fields = new ArrayList<>(level.columns.fields());
        fields.add(parent.as(PARENT));
        List<SortField<?>> order = new ArrayList<>();
        if (byParentFirst) {
            order.add(parent.asc());
        }
        order.addAll(level.source.listOrder());
        var every = sql.dsl().select(fields).from(level.source.from()).where(condition).orderBy(order);
        LevelQuery query = node.query();
        if (query.unlimited()) {
            return new LevelStatement(CompiledStatement.of(sql, every), level.columns);
        }
        fields.add(DSL.rowNumber().over().partitionBy(parent).orderBy(level.source.listOrder()).as(ROW));
        Table<?> ranked = sql.dsl().select(fields).from(level.source.from()).where(condition).asTable("ranked");
        Field<Integer> row = DSL.field(DSL.name("ranked", ROW), Integer.class);
        var cut = sql.dsl().select(ranked.fields()).from(ranked)
            .where(row.gt(query.offset()).and(row.le(query.offset() + query.limit())))
            .orderBy(DSL.field(DSL.name("ranked", PARENT)), row);
        return new LevelStatement(CompiledStatement.of(sql, every), level.columns,
            Optional.of(CompiledStatement.of(sql, cut)));
    }

    /** What building one level's statement needs: fresh table aliases, its columns, source and filters. */
    private final class Level {
        final ReadNode node;
        final TableAliases aliases = new TableAliases();
        final String alias = aliases.next();
        final FilterCompiler filters = new FilterCompiler(schema, codec, operators, aliases);
        final LevelColumns columns;
        final LevelSource source;

        Level(ReadNode node) {
            this.node = node;
            this.columns = LevelColumns.of(node, alias, filters, codec, this::shown);
            this.source = LevelSource.of(node, alias, schema, aliases, codec.vendor(),
                (filter, collection, tableAlias) -> filters.compile(filter, collection, tableAlias, node.path()));
        }

        /** When the caller sees {@code field} on an item of this level; empty when on every item. */
        Optional<Condition> shown(String field) {
            return node.fieldCondition(field).map(f -> filters.compile(f, node.collection(), alias, node.path()));
        }

        Condition where(boolean withSearch) {
            List<Condition> conditions = new ArrayList<>();
            node.query().filter()
                .ifPresent(f -> conditions.add(filters.compile(f, node.collection(), alias, node.path())));
            if (withSearch) {
                node.query().search().filter(s -> !s.isBlank())
                    .ifPresent(s -> conditions.add(SearchCompiler.compile(s, node.collection(), node.rules(), alias,
                        this::shown)));
            }
            return DSL.and(conditions);
        }
    }
}

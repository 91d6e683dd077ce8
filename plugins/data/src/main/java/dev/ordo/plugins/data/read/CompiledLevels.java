package dev.ordo.plugins.data.read;

import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.CompiledStatement;
import dev.ordo.plugins.data.sql.OperatorCheck;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.values.ValueCodec;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every statement of a read plan, rendered once: the root level's, one per relation level below it (with a slot for
 * the parent keys), the {@code meta} counts asked for, and, when the root reads every item of its table, a second
 * statement for each one-to-many right under it that reads every child with a parent instead of binding their keys.
 * Immutable once built, so a cached plan can be run by many requests at a time.
 */
public final class CompiledLevels {

    private final ReadNode root;
    private final LevelStatement rootStatement;
    private final Map<ReadNode, LevelStatement> nested;
    private final Map<ReadNode, LevelStatement> underWholeRoot;
    private final Optional<CompiledStatement> totalCount;
    private final Optional<CompiledStatement> filterCount;

    private CompiledLevels(ReadNode root, LevelStatement rootStatement, Map<ReadNode, LevelStatement> nested,
                           Map<ReadNode, LevelStatement> underWholeRoot, Optional<CompiledStatement> totalCount,
                           Optional<CompiledStatement> filterCount) {
        this.root = root;
        this.rootStatement = rootStatement;
        this.nested = nested;
        this.underWholeRoot = underWholeRoot;
        this.totalCount = totalCount;
        this.filterCount = filterCount;
    }

    /**
     * Renders the statements of the plan under {@code root}.
     *
     * @param totalCount  whether to render {@code meta=total_count} (permissions only)
     * @param filterCount whether to render {@code meta=filter_count} (with the caller's filter and search)
     */
    public static CompiledLevels compile(ReadNode root, SchemaContext schema, Sql sql, ValueCodec codec,
                                         OperatorCheck operators, boolean totalCount, boolean filterCount) {
        LevelStatements statements = new LevelStatements(schema, sql, codec, operators);
        Map<ReadNode, LevelStatement> nested = new IdentityHashMap<>();
        addRelations(root, statements, nested);
        Map<ReadNode, LevelStatement> underWholeRoot = new IdentityHashMap<>();
        for (Selection selection : root.selections()) {
            if (selection instanceof Selection.OneToMany o2m) {
                statements.childrenOfEveryRootItem(o2m, root)
                    .ifPresent(statement -> underWholeRoot.put(o2m.nested(), statement));
            }
        }
        return new CompiledLevels(root, statements.root(root), nested, underWholeRoot,
            totalCount ? Optional.of(statements.count(root, false)) : Optional.empty(),
            filterCount ? Optional.of(statements.count(root, true)) : Optional.empty());
    }

    private static void addRelations(ReadNode node, LevelStatements statements, Map<ReadNode, LevelStatement> nested) {
        for (Selection selection : node.selections()) {
            if (selection instanceof Selection.ManyToOne m2o) {
                nested.put(m2o.nested(), statements.byKey(m2o.nested()));
                addRelations(m2o.nested(), statements, nested);
            } else if (selection instanceof Selection.OneToMany o2m) {
                nested.put(o2m.nested(), statements.children(o2m));
                addRelations(o2m.nested(), statements, nested);
            } else if (selection instanceof Selection.AnyToOne a2o) {
                for (ReadNode target : a2o.nested().values()) {
                    nested.put(target, statements.byKey(target));
                    addRelations(target, statements, nested);
                }
            }
        }
    }

    /** The plan these statements belong to. */
    public ReadNode root() {
        return root;
    }

    LevelStatement rootStatement() {
        return rootStatement;
    }

    /** The statement of a level below the root, by its node (each node of a plan is read by one statement). */
    LevelStatement of(ReadNode node) {
        LevelStatement statement = nested.get(node);
        if (statement == null) {
            throw new IllegalArgumentException("no statement was compiled for the level of " + node.name());
        }
        return statement;
    }

    /**
     * The children of every item of the root's table; empty unless the root reads them all and {@code node} is a
     * one-to-many right under it.
     */
    Optional<LevelStatement> underWholeRoot(ReadNode node) {
        return Optional.ofNullable(underWholeRoot.get(node));
    }

    public Optional<CompiledStatement> totalCount() {
        return totalCount;
    }

    public Optional<CompiledStatement> filterCount() {
        return filterCount;
    }
}

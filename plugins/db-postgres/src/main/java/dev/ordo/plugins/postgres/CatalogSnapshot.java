package dev.ordo.plugins.postgres;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The raw rows {@link CatalogReader} read from {@code pg_catalog}, before they become a schema. */
record CatalogSnapshot(
    List<Relation> relations,
    List<Column> columns,
    List<Constraint> constraints,
    List<Index> indexes) {

    CatalogSnapshot {
        relations = List.copyOf(relations);
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
    }

    /** A {@code pg_class} row: a table, partitioned table, view or materialized view. */
    record Relation(long oid, String name, String kind, String schema, Optional<String> comment) {

        Relation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(comment, "comment");
        }

        boolean isView() {
            return kind.equals("v") || kind.equals("m");
        }
    }

    /**
     * A {@code pg_attribute} row with its type, default and comment.
     *
     * @param dataType     the declared type without modifiers ({@code character varying}, or a domain's name)
     * @param baseType     the type without modifiers after resolving a domain to the type it is based on
     * @param fullType     for PostGIS columns the type with modifiers ({@code geometry(Point,4326)}), else dataType
     * @param typeModifier {@code atttypmod} of the base type; -1 when there is none
     * @param identity     {@code attidentity}: {@code a} or {@code d} for identity columns, empty otherwise
     * @param generated    {@code attgenerated}: {@code s} for stored generated columns, empty otherwise
     * @param expression   {@code pg_get_expr} of the default, or of the generation expression
     */
    record Column(
        long relation,
        String name,
        int position,
        String dataType,
        String baseType,
        String fullType,
        long baseTypeOid,
        int typeModifier,
        boolean notNull,
        String identity,
        String generated,
        Optional<String> expression,
        Optional<String> comment) {

        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dataType, "dataType");
            Objects.requireNonNull(baseType, "baseType");
            Objects.requireNonNull(fullType, "fullType");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(generated, "generated");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(comment, "comment");
        }

        boolean isIdentity() {
            return !identity.isEmpty();
        }

        boolean isGenerated() {
            return !generated.isEmpty();
        }
    }

    /**
     * A primary key ({@code p}) or foreign key ({@code f}) constraint.
     *
     * @param columns            the constrained columns' {@code attnum}s in key order
     * @param foreignSchema      the schema of the referenced table; empty for a primary key
     * @param foreignColumnCount how many columns the foreign key references; 0 for a primary key
     * @param onUpdate           {@code confupdtype}: a, r, c, n or d
     */
    record Constraint(
        long relation,
        String name,
        String type,
        List<Integer> columns,
        Optional<String> foreignSchema,
        Optional<String> foreignTable,
        Optional<String> foreignColumn,
        int foreignColumnCount,
        String onUpdate,
        String onDelete) {

        Constraint {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            columns = List.copyOf(columns);
            Objects.requireNonNull(foreignSchema, "foreignSchema");
            Objects.requireNonNull(foreignTable, "foreignTable");
            Objects.requireNonNull(foreignColumn, "foreignColumn");
            Objects.requireNonNull(onUpdate, "onUpdate");
            Objects.requireNonNull(onDelete, "onDelete");
        }

        boolean isPrimaryKey() {
            return type.equals("p");
        }

        boolean isSingleColumnForeignKey() {
            return type.equals("f") && columns.size() == 1 && foreignColumnCount == 1
                && foreignTable.isPresent() && foreignColumn.isPresent();
        }
    }

    /**
     * A valid {@code pg_index} row.
     *
     * @param firstColumn    {@code attnum} of the first key column; 0 when it is an expression
     * @param keyColumnCount key columns, not counting {@code INCLUDE} columns
     * @param partial        the index has a {@code WHERE} clause, so it does not make a column unique
     */
    record Index(long relation, int firstColumn, int keyColumnCount, boolean unique, boolean primary,
                 boolean partial) {

        /** The index alone makes {@code firstColumn} unique. */
        boolean makesColumnUnique() {
            return (unique || primary) && keyColumnCount == 1 && firstColumn > 0 && !partial;
        }
    }
}

package dev.ordo.plugins.postgres;

import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.DatabaseSchema;
import dev.ordo.api.schema.FieldType;
import dev.ordo.api.schema.ForeignKeySchema;
import dev.ordo.api.schema.ReferentialAction;
import dev.ordo.api.schema.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds Ordo's schema values from the rows of a {@link CatalogSnapshot}; pure, no database access. */
final class SchemaAssembler {

    static final String AUTO_INCREMENT = "AUTO_INCREMENT";

    private SchemaAssembler() {
    }

    static DatabaseSchema assemble(CatalogSnapshot snapshot) {
        Map<Long, List<CatalogSnapshot.Column>> columns = byRelation(snapshot.columns(), CatalogSnapshot.Column::relation);
        Map<Long, List<CatalogSnapshot.Constraint>> constraints =
            byRelation(snapshot.constraints(), CatalogSnapshot.Constraint::relation);
        Map<Long, List<CatalogSnapshot.Index>> indexes = byRelation(snapshot.indexes(), CatalogSnapshot.Index::relation);
        List<TableSchema> tables = new ArrayList<>();
        for (CatalogSnapshot.Relation relation : snapshot.relations()) {
            tables.add(table(relation,
                columns.getOrDefault(relation.oid(), List.of()),
                constraints.getOrDefault(relation.oid(), List.of()),
                indexes.getOrDefault(relation.oid(), List.of())));
        }
        return DatabaseSchema.of(tables);
    }

    private static TableSchema table(
        CatalogSnapshot.Relation relation,
        List<CatalogSnapshot.Column> columns,
        List<CatalogSnapshot.Constraint> constraints,
        List<CatalogSnapshot.Index> indexes) {

        Map<Integer, String> namesByPosition = columns.stream()
            .collect(Collectors.toMap(CatalogSnapshot.Column::position, CatalogSnapshot.Column::name));
        List<Integer> keyPositions = constraints.stream()
            .filter(CatalogSnapshot.Constraint::isPrimaryKey)
            .findFirst()
            .map(CatalogSnapshot.Constraint::columns)
            .orElse(List.of());
        List<String> primaryKey = keyPositions.stream().map(namesByPosition::get).filter(Objects::nonNull).toList();
        List<ForeignKeySchema> foreignKeys = foreignKeys(relation.name(), constraints, namesByPosition);
        Map<String, ForeignKeySchema> foreignKeyByColumn = new HashMap<>();
        foreignKeys.forEach(key -> foreignKeyByColumn.putIfAbsent(key.column(), key));

        Set<Integer> unique = new HashSet<>();
        Set<Integer> indexed = new HashSet<>();
        if (keyPositions.size() == 1) {
            unique.add(keyPositions.get(0));
        }
        for (CatalogSnapshot.Index index : indexes) {
            if (index.firstColumn() > 0) {
                indexed.add(index.firstColumn());
            }
            if (index.makesColumnUnique()) {
                unique.add(index.firstColumn());
            }
        }
        indexed.addAll(unique);

        List<ColumnSchema> columnSchemas = columns.stream()
            .map(column -> column(relation.name(), column, keyPositions.contains(column.position()),
                unique.contains(column.position()), indexed.contains(column.position()),
                Optional.ofNullable(foreignKeyByColumn.get(column.name()))))
            .toList();

        // Directus's inspector names a table's schema besides its name and comment, nothing else (no owner).
        return new TableSchema(relation.name(), relation.isView(), relation.comment(), columnSchemas,
            relation.isView() ? List.of() : primaryKey, foreignKeys, Map.of("schema", relation.schema()));
    }

    private static List<ForeignKeySchema> foreignKeys(
        String table, List<CatalogSnapshot.Constraint> constraints, Map<Integer, String> namesByPosition) {

        return constraints.stream()
            .filter(CatalogSnapshot.Constraint::isSingleColumnForeignKey)
            .filter(key -> namesByPosition.containsKey(key.columns().get(0)))
            .sorted(Comparator.comparing((CatalogSnapshot.Constraint key) -> key.columns().get(0))
                .thenComparing(CatalogSnapshot.Constraint::name))
            .map(key -> new ForeignKeySchema(
                table,
                namesByPosition.get(key.columns().get(0)),
                key.foreignTable().orElseThrow(),
                key.foreignColumn().orElseThrow(),
                Optional.of(key.name()),
                action(key.onUpdate()),
                action(key.onDelete()),
                key.foreignSchema()))
            .toList();
    }

    private static ColumnSchema column(
        String table,
        CatalogSnapshot.Column column,
        boolean primaryKey,
        boolean unique,
        boolean indexed,
        Optional<ForeignKeySchema> foreignKey) {

        CatalogTypeMapper.ColumnType type = CatalogTypeMapper.describe(column);
        boolean autoIncrement = column.isIdentity()
            || column.expression().filter(expression -> expression.startsWith("nextval(")).isPresent();
        boolean generated = column.isGenerated();
        return new ColumnSchema(
            column.name(),
            table,
            column.dataType(),
            type.fieldType(),
            defaultValue(column, type.fieldType(), autoIncrement, generated),
            type.maxLength(),
            type.precision(),
            type.scale(),
            !column.notNull(),
            unique,
            indexed,
            primaryKey,
            generated,
            generated ? column.expression() : Optional.empty(),
            autoIncrement,
            foreignKey.map(ForeignKeySchema::foreignKeyTable),
            foreignKey.map(ForeignKeySchema::foreignKeyColumn),
            column.comment(),
            true,
            foreignKey.flatMap(ForeignKeySchema::foreignKeySchema),
            true);
    }

    private static Optional<Object> defaultValue(
        CatalogSnapshot.Column column, FieldType fieldType, boolean autoIncrement, boolean generated) {

        if (autoIncrement) {
            return Optional.of(AUTO_INCREMENT);
        }
        if (generated) {
            return Optional.empty();
        }
        return column.expression().flatMap(expression -> DefaultValueParser.parse(expression, fieldType));
    }

    /** {@code confupdtype} / {@code confdeltype} codes. */
    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static <T> Map<Long, List<T>> byRelation(List<T> rows, Function<T, Long> relation) {
        return rows.stream().collect(Collectors.groupingBy(relation, HashMap::new, Collectors.toList()));
    }
}

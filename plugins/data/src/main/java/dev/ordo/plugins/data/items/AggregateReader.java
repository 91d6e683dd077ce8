package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.query.FieldFunctions;
import dev.ordo.plugins.data.query.FunctionCall;
import dev.ordo.plugins.data.read.ReadableFields;
import dev.ordo.plugins.data.relation.Reasons;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.FunctionSql;
import dev.ordo.plugins.data.sql.JsonSql;
import dev.ordo.plugins.data.sql.FilterCompiler;
import dev.ordo.plugins.data.sql.SearchCompiler;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.sql.TableAliases;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * {@code aggregate} and {@code groupBy} (DATA-API.md §3.7): one row per group (or one row), group values under their
 * field names, aggregates nested by function ({@code {"sum": {"price": 100.5}}}; {@code count=*} as
 * {@code {"count": 42}}). Counts are numbers on every database. Without groupBy there is always one row, even when
 * nothing matches ({@code {"count": 0}}, null sums); groupBy without aggregate answers the distinct groups.
 */
final class AggregateReader {

    private final SchemaContext schema;
    private final ItemsEngine engine;
    private final Accountability caller;

    AggregateReader(SchemaContext schema, ItemsEngine engine, Accountability caller) {
        this.schema = schema;
        this.engine = engine;
        this.caller = caller;
    }

    /**
     * Builds the statement of an aggregate read. Everything that needs the caller's rules happens here, before a
     * connection is taken: reading the rules may need one of its own.
     */
    Statement prepare(String collectionName, Query query) {
        CollectionOverview collection = schema.collection(collectionName);
        ReadableFields readable = new ReadableFields(schema, engine.access(), caller);
        CollectionRules rules = readable.rules(collection, "");
        Optional<Filter> requested = query.filter().map(filter -> readable.filter(filter, collection, ""));
        TableAliases aliases = new TableAliases();
        String alias = aliases.next();
        FilterCompiler filters = new FilterCompiler(schema, engine.codec(), engine.operators(), aliases);
        UnaryOperator<Filter> resolve = engine.variables().forCaller(caller);
        Function<String, Optional<Condition>> shown = field -> rules.fieldCondition(field)
            .map(condition -> filters.compile(resolve.apply(condition), collection, alias, ""));
        List<Column> columns = new ArrayList<>();
        List<Field<?>> groups = new ArrayList<>();
        for (String group : query.groupBy()) {
            readable.field(collection, group, "");
            columns.add(groupColumn(collection, rules, group, alias, aliases, shown));
            // By position: an expression with bind values (a JSON path) would not match itself in GROUP BY.
            groups.add(DSL.inline(columns.size()));
        }
        query.aggregate().forEach((function, fields) -> fields.forEach(field ->
            columns.add(aggregateColumn(collection, rules, function, field, alias, shown))));
        List<Field<?>> select = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            select.add(columns.get(i).expression().as("c" + i));
        }
        Condition filtered = where(collection, rules, query.withFilter(requested), filters, alias, shown);
        var selected = engine.sql().dsl().select(select).from(Sql.table(collectionName, alias)).where(filtered);
        // Without groups, no GROUP BY at all: jOOQ renders an empty one as "group by (select 1)" on SQLite and MariaDB,
        // which answers no row when nothing matches. The single row needs no order (Directus drops the sort).
        SelectLimitStep<Record> statement = groups.isEmpty() ? selected
            : selected.groupBy(groups).orderBy(order(query, columns, groups));
        int limit = engine.limits().limitOf(query);
        var limited = limit < 0 ? statement : statement.limit(limit).offset(engine.limits().offsetOf(query, limit));
        Map<String, Select<?>> counts = new LinkedHashMap<>();
        if (query.meta().contains("total_count")) {
            Condition permitted = where(collection, rules, Query.EMPTY, filters, alias, shown);
            counts.put("total_count", count(collectionName, alias, permitted));
        }
        if (query.meta().contains("filter_count")) {
            counts.put("filter_count", count(collectionName, alias, filtered));
        }
        return new Statement(limited, columns, counts);
    }

    List<Map<String, Object>> run(Statement statement, SqlRunner runner) throws SQLException {
        return runner.query(statement.select(), row -> output(statement.columns(), row));
    }

    /** The {@code meta} counts asked for, by name: as for items, aggregating changes neither (§3.9). */
    Map<String, Object> meta(Statement statement, SqlRunner runner) throws SQLException {
        Map<String, Object> meta = new LinkedHashMap<>();
        for (Map.Entry<String, Select<?>> count : statement.counts().entrySet()) {
            meta.put(count.getKey(), runner.query(count.getValue(), row -> row.getLong(1)).get(0));
        }
        return meta;
    }

    private Select<?> count(String collectionName, String alias, Condition condition) {
        return engine.sql().dsl().selectCount().from(Sql.table(collectionName, alias)).where(condition);
    }

    private Condition where(CollectionOverview collection, CollectionRules rules, Query query, FilterCompiler filters,
                            String alias, Function<String, Optional<Condition>> shown) {
        List<Filter> parts = new ArrayList<>();
        query.filter().ifPresent(parts::add);
        rules.itemFilter().ifPresent(parts::add);
        List<Condition> conditions = new ArrayList<>();
        if (!parts.isEmpty()) {
            Filter combined = engine.variables().forCaller(caller).apply(new Filter.And(parts));
            conditions.add(filters.compile(combined, collection, alias, ""));
        }
        query.search().filter(s -> !s.isBlank())
            .ifPresent(term -> conditions.add(SearchCompiler.compile(term, collection, rules, alias, shown)));
        return DSL.and(conditions);
    }

    private List<SortField<?>> order(Query query, List<Column> columns, List<Field<?>> groups) {
        List<SortField<?>> order = new ArrayList<>();
        for (String entry : query.sort()) {
            boolean descending = entry.startsWith("-");
            String key = descending ? entry.substring(1) : entry;
            Column column = columns.stream().filter(c -> c.sortKey().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidQueryException("Cannot sort aggregated results by \"" + key + "\""));
            Field<Integer> position = DSL.inline(columns.indexOf(column) + 1);
            order.add(descending ? position.desc() : position.asc());
        }
        if (order.isEmpty() && !groups.isEmpty()) {
            order.add(groups.get(0).asc());
        }
        return order;
    }

    /**
     * @param shown per field, the condition under which the caller sees it: a hidden value groups and aggregates as
     *              null, as it reads
     */
    private Column groupColumn(CollectionOverview collection, CollectionRules rules, String group, String alias,
                               TableAliases aliases, Function<String, Optional<Condition>> shown) {
        Optional<FunctionCall> call = FieldPaths.functionCall(group);
        if (call.isPresent()) {
            // Functions group by what they compute, as they sort: a date part, a related count, a JSON value.
            FieldOverview field = functionArgument(collection, rules, call.get().field());
            FieldFunctions.check(call.get(), field.type());
            List<String> output = List.of(FieldPaths.outputKey(group));
            if (call.get().isJson()) {
                Field<?> value = visible(field.name(), new JsonSql(engine.codec().vendor())
                    .json(Sql.column(alias, field.name()), call.get().path()), shown);
                return new Column(value, output, field, group, ValueKind.JSON);
            }
            Field<?> expression = visible(field.name(), new FunctionSql(engine.codec().vendor(), schema, aliases)
                .sortKey(call.get().name(), Optional.empty(), collection, alias, field), shown);
            return new Column(expression, output, null, group);
        }
        FieldOverview field = column(collection, rules, group);
        Field<?> value = Sql.comparable(engine.codec().vendor(), Sql.column(alias, field.name()), field.type());
        return new Column(visible(field.name(), value, shown), List.of(field.name()), field, group);
    }

    private Column aggregateColumn(CollectionOverview collection, CollectionRules rules, String function, String fieldName,
                                   String alias, Function<String, Optional<Condition>> shown) {
        if (fieldName.equals("*")) {
            if (!function.equals("count") && !function.equals("countAll")) {
                throw new InvalidQueryException("\"" + function + "\" needs a field, not \"*\"");
            }
            return new Column(DSL.count(), List.of(function), null, function);
        }
        if (function.equals("countAll")) {
            return new Column(DSL.count(), List.of(function), null, function);
        }
        FieldOverview field = column(collection, rules, fieldName);
        if (!AggregateTypes.accepts(function, field.type())) {
            throw new InvalidQueryException("Cannot apply \"" + function + "\" to \"" + fieldName + "\", a field of type \""
                + field.type().id() + "\"");
        }
        @SuppressWarnings("unchecked")
        Field<Object> column = (Field<Object>) visible(field.name(), Sql.column(alias, field.name()), shown);
        Field<?> expression = switch (function) {
            case "count" -> DSL.count(column);
            case "countDistinct" -> DSL.countDistinct(column);
            case "sum" -> DSL.sum(column.coerce(java.math.BigDecimal.class));
            case "sumDistinct" -> DSL.sumDistinct(column.coerce(java.math.BigDecimal.class));
            case "avg" -> DSL.avg(column.coerce(java.math.BigDecimal.class));
            case "avgDistinct" -> DSL.avgDistinct(column.coerce(java.math.BigDecimal.class));
            case "min" -> DSL.min(column);
            case "max" -> DSL.max(column);
            default -> throw new InvalidQueryException("Unknown aggregate function \"" + function + "\"");
        };
        boolean counting = function.startsWith("count");
        return new Column(expression, List.of(function, field.name()), counting ? null : field,
            function + "." + field.name(), function.startsWith("avg") ? ValueKind.AVERAGE : ValueKind.PLAIN);
    }

    private static Field<?> visible(String field, Field<?> value, Function<String, Optional<Condition>> shown) {
        Optional<Condition> condition = shown.apply(field);
        return condition.isPresent() ? DSL.when(condition.get(), value) : value;
    }

    private FieldOverview column(CollectionOverview collection, CollectionRules rules, String name) {
        FieldOverview field = functionArgument(collection, rules, name);
        if (field.isAlias()) {
            throw new InvalidQueryException("Only columns can be aggregated or grouped, not \"" + name + "\"");
        }
        return field;
    }

    /** A field a function may be applied to: any readable field, aliases included ({@code count(comments)}). */
    private static FieldOverview functionArgument(CollectionOverview collection, CollectionRules rules, String name) {
        return collection.field(name).filter(f -> rules.allowsField(name))
            .orElseThrow(() -> new ForbiddenException(Reasons.field(name, collection.name(), "")));
    }

    private Map<String, Object> output(List<Column> columns, ResultSet row) throws SQLException {
        Map<String, Object> output = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object value = value(column, row, i + 1);
            if (column.outputPath().size() == 1) {
                output.put(column.outputPath().get(0), value);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>) output.computeIfAbsent(column.outputPath().get(0),
                    k -> new LinkedHashMap<String, Object>());
                group.put(column.outputPath().get(1), value);
            }
        }
        return output;
    }

    private Object value(Column column, ResultSet row, int index) throws SQLException {
        if (column.field() == null) {
            long count = row.getLong(index);
            return row.wasNull() ? null : count;
        }
        if (column.kind() == ValueKind.JSON) {
            // JSON text from the database, parsed so the value keeps its JSON type.
            String text = row.getString(index);
            return text == null ? null : engine.codec().toWire(column.field(), text);
        }
        if (column.kind() == ValueKind.AVERAGE) {
            java.math.BigDecimal average = row.getBigDecimal(index);
            return average == null ? null
                : column.field().type() == FieldType.DECIMAL ? average.stripTrailingZeros().toPlainString()
                : (Object) average.doubleValue();
        }
        return engine.codec().read(row, index, column.field());
    }

    /**
     * @param outputPath {@code [key]} or {@code [function, field]}
     * @param field      the field whose type decides how the value reads; null for counts and date parts
     * @param sortKey    how {@code sort} names it: the group field, {@code count}, or {@code sum.price}
     */
    private record Column(Field<?> expression, List<String> outputPath, FieldOverview field, String sortKey,
                          ValueKind kind) {
        Column(Field<?> expression, List<String> outputPath, FieldOverview field, String sortKey) {
            this(expression, outputPath, field, sortKey, ValueKind.PLAIN);
        }
    }

    /**
     * A prepared aggregate read: its statement, how each column reads back, and the {@code meta} counts asked for
     * ({@code total_count} with the permissions only, {@code filter_count} with the caller's filter and search too).
     */
    record Statement(Select<Record> select, List<Column> columns, Map<String, Select<?>> counts) {
        Statement {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }

    /** How a column's value reads back, beyond its field's type. */
    private enum ValueKind { PLAIN, AVERAGE, JSON }

}

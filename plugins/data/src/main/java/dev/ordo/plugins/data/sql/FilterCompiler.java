package dev.ordo.plugins.data.sql;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.ColumnSchema;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.query.CollectionScope;
import dev.ordo.plugins.data.query.FieldFunctions;
import dev.ordo.plugins.data.query.FieldPaths;
import dev.ordo.plugins.data.query.FollowKey;
import dev.ordo.plugins.data.query.FunctionCall;
import dev.ordo.plugins.data.query.JavaScriptNumber;
import dev.ordo.plugins.data.query.ReadableItems;
import dev.ordo.plugins.data.relation.Reasons;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.values.ValueCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Compiles a {@link Filter} into a SQL condition on one collection's table. Relations are followed with
 * sub-queries ({@code fk IN (SELECT pk ...)} for many-to-one, {@code pk IN (SELECT fk ...)} for one-to-many), so
 * a filter never multiplies the rows it filters; a relation without a related item is read as Directus's LEFT JOIN
 * reads it, as a row of nulls (but not under {@code _some} and {@code _none}). Values are checked against the field's
 * type and bound.
 */
public final class FilterCompiler {

    private final SchemaContext schema;
    private final ValueCodec codec;
    private final OperatorCheck operators;
    private final TableAliases aliases;
    private final JsonSql json;

    public FilterCompiler(SchemaContext schema, ValueCodec codec, OperatorCheck operators, TableAliases aliases) {
        this.schema = schema;
        this.codec = codec;
        this.operators = operators;
        this.aliases = aliases;
        this.json = new JsonSql(codec.vendor());
    }

    /**
     * @param alias the alias of {@code collection}'s table in the statement
     * @param path  where the collection sits in the request, for messages ({@code ""} at the root)
     */
    public Condition compile(Filter filter, CollectionOverview collection, String alias, String path) {
        if (filter instanceof Filter.And and) {
            List<Condition> parts = new ArrayList<>();
            and.filters().forEach(f -> parts.add(compile(f, collection, alias, path)));
            return DSL.and(parts);
        }
        if (filter instanceof Filter.Or or) {
            List<Condition> parts = new ArrayList<>();
            or.filters().forEach(f -> parts.add(compile(f, collection, alias, path)));
            return parts.isEmpty() ? DSL.falseCondition() : DSL.or(parts);
        }
        if (filter instanceof Filter.Condition condition) {
            return condition(condition, collection, alias, path);
        }
        return related((Filter.Related) filter, collection, alias, path);
    }

    private Condition condition(Filter.Condition condition, CollectionOverview collection, String alias, String path) {
        Optional<Filter> readable = ReadableItems.readable(condition);
        if (readable.isPresent()) {
            // A readable item, or the row of nulls an implicit filter meets where there is none.
            return compile(readable.get(), collection, alias, path)
                .or(Sql.column(alias, primaryKey(collection)).isNull());
        }
        Optional<FunctionCall> call = FieldPaths.functionCall(condition.field());
        if (call.isPresent()) {
            return functionCondition(call.get(), condition, collection, alias, path);
        }
        FieldOverview field = field(collection, condition.field(), path);
        if (field.isAlias()) {
            throw new InvalidQueryException("Field \"" + field.name() + "\" is a relation: filter on its fields");
        }
        operators.check(field.type(), field.special(), condition.operator(), qualified(path, field.name()));
        if (condition.value() instanceof Filter jsonFilter) {
            // _json: its value is a filter on paths inside this JSON column.
            return new JsonFilterCompiler(json).compile(jsonFilter, Sql.column(alias, field.name()));
        }
        return Operators.apply(condition.operator(), Sql.column(alias, field.name()), condition.value(),
            value -> bind(field, value), isText(field.type()));
    }

    /**
     * A function of a field as a key: {@code year(date)}, {@code count(comments)}, {@code count(tags_json)}. The function
     * must be one the field's type takes; {@code json()} is never a key (use {@code _json}).
     */
    private Condition functionCondition(FunctionCall call, Filter.Condition condition, CollectionOverview collection,
                                        String alias, String path) {
        FieldOverview field = field(collection, call.field(), path);
        if (!FieldFunctions.isKnown(call.name())) {
            throw new InvalidQueryException(
                "Invalid filter key \"" + condition.field() + "\" on \"" + collection.name() + "\"");
        }
        if (call.isJson()) {
            throw new InvalidQueryException("The json() function can't be used as a filter key");
        }
        FieldFunctions.check(call, field.type());
        operators.check(FieldType.INTEGER, List.of(), condition.operator(), qualified(path, condition.field()));
        Field<?> expression;
        if (call.name().equals(FieldFunctions.COUNT)) {
            expression = field.type() == FieldType.JSON ? json.arrayLength(Sql.column(alias, field.name()))
                : countOf(oneToMany(collection, field.name(), FieldFunctions.COUNT), collection, alias);
        } else {
            expression = DateParts.of(codec.vendor(), call.name(), Sql.column(alias, field.name()), field.type());
        }
        @SuppressWarnings("unchecked")
        Field<Object> numeric = (Field<Object>) expression;
        return Operators.apply(condition.operator(), numeric, condition.value(), FilterCompiler::number, false);
    }

    private Condition related(Filter.Related related, CollectionOverview collection, String alias, String path) {
        Optional<FollowKey> follow = FollowKey.parse(related.field());
        if (follow.isPresent()) {
            return followed(follow.get(), related, collection, alias, path);
        }
        Optional<CollectionScope> scoped = FieldPaths.collectionScope(related.field());
        String fieldName = scoped.map(CollectionScope::field).orElse(related.field());
        String scope = scoped.map(CollectionScope::collection).orElse(null);
        FieldOverview field = field(collection, fieldName, path);
        String childPath = qualified(path, fieldName);
        Optional<RelationField> relation = schema.relations().field(collection.name(), field.name());
        if (relation.isEmpty()) {
            throw new InvalidQueryException("Field \"" + fieldName + "\" is not a relation and cannot hold a nested filter");
        }
        RelationField kind = relation.get();
        if (kind instanceof RelationField.OneToMany o2m) {
            return oneToMany(o2m, related, collection, alias, childPath);
        }
        if (related.quantifier() != Filter.Quantifier.IMPLICIT) {
            throw new InvalidQueryException("\"_" + related.quantifier().name().toLowerCase(java.util.Locale.ROOT)
                + "\" can only be used with top level relational alias field");
        }
        if (kind instanceof RelationField.ManyToOne m2o) {
            CollectionOverview target = schema.collection(m2o.relatedCollection());
            Field<Object> foreignKey = Sql.column(alias, field.name());
            String inner = aliases.next();
            Select<?> keys = DSL.select(Sql.column(inner, primaryKey(target)))
                .from(Sql.table(target.name(), inner))
                .where(compile(related.filter(), target, inner, childPath));
            Condition matched = foreignKey.in(keys);
            // Directus joins a NOT NULL foreign key with an inner join: an item always has its related item.
            if (!field.column().map(ColumnSchema::nullable).orElse(true)) {
                return matched;
            }
            return matched.or(noRelatedItem(target, key -> key.eq(foreignKey), related.filter(), childPath));
        }
        RelationField.AnyToOne a2o = (RelationField.AnyToOne) kind;
        if (scope == null || !a2o.allowedCollections().contains(scope)) {
            throw new InvalidQueryException("Filters on \"" + fieldName + "\" need a collection scope, e.g. \""
                + fieldName + ":" + a2o.allowedCollections().get(0) + "\"");
        }
        CollectionOverview target = schema.collection(scope);
        Field<Object> item = Sql.column(alias, field.name());
        Condition inScope = Sql.column(alias, a2o.collectionField()).eq(DSL.val(scope));
        String inner = aliases.next();
        Select<?> keys = DSL.select(Sql.keyAsText(codec.vendor(), Sql.column(inner, primaryKey(target))))
            .from(Sql.table(target.name(), inner))
            .where(compile(related.filter(), target, inner, childPath));
        return inScope.and(item.in(keys)).or(noRelatedItem(target,
            key -> inScope.and(item.eq(keyText(key))), related.filter(), childPath));
    }

    /**
     * The other half of Directus's LEFT JOIN through a many-to-one or a scoped any-to-one (DATA-API.md §3.3.5): an
     * item with no related item matches when the related conditions hold on a row of nulls, so
     * {@code author.name _null} finds the items without an author while {@code author.name _eq} never does.
     *
     * @param links whether a related item (given its primary key column) is the one the item points to
     */
    private Condition noRelatedItem(CollectionOverview target, Function<Field<Object>, Condition> links,
                                    Filter filter, String childPath) {
        String existing = aliases.next();
        Condition noneLinked = DSL.notExists(DSL.selectOne()
            .from(Sql.table(target.name(), existing))
            .where(links.apply(Sql.column(existing, primaryKey(target)))));
        return holdsOnNulls(target, filter, childPath).and(noneLinked);
    }

    private Condition oneToMany(RelationField.OneToMany o2m, Filter.Related related, CollectionOverview collection,
                                String alias, String childPath) {
        CollectionOverview child = schema.collection(o2m.childCollection());
        String inner = aliases.next();
        Field<Object> childKey = Sql.column(inner, o2m.childField());
        Select<?> parents = DSL.select(childKey)
            .from(Sql.table(child.name(), inner))
            .where(childKey.isNotNull().and(compile(related.filter(), child, inner, childPath)));
        Field<Object> key = Sql.column(alias, primaryKey(collection));
        if (related.quantifier() == Filter.Quantifier.NONE) {
            return key.notIn(parents);
        }
        if (related.quantifier() == Filter.Quantifier.SOME) {
            return key.in(parents);
        }
        return key.in(parents).or(noRelatedItems(child, row -> Sql.column(row, o2m.childField()).eq(key),
            related.filter(), childPath));
    }

    /**
     * The other half of Directus's LEFT JOIN through a one-to-many or a {@code $FOLLOW} without {@code _some}: an item
     * without related items matches when the conditions hold on a row of nulls, so {@code comments.body _null} finds
     * the posts without comments while {@code comments.body _eq} never does. Related items the caller may not read
     * ({@link ReadableItems}) count as absent.
     *
     * @param links whether a related row (given its table alias) belongs to the item
     */
    private Condition noRelatedItems(CollectionOverview child, Function<String, Condition> links, Filter filter,
                                     String childPath) {
        String existing = aliases.next();
        Condition present = ReadableItems.of(filter)
            .map(readable -> compile(readable, child, existing, childPath)).orElse(DSL.noCondition());
        Condition noneLinked = DSL.notExists(DSL.selectOne()
            .from(Sql.table(child.name(), existing))
            .where(links.apply(existing).and(present)));
        return holdsOnNulls(child, filter, childPath).and(noneLinked);
    }

    /** Whether {@code filter} holds on the row of nulls a LEFT JOIN that never matches gives, alike for every item. */
    private Condition holdsOnNulls(CollectionOverview target, Filter filter, String childPath) {
        String absent = aliases.next();
        return DSL.exists(DSL.selectOne()
            .from(DSL.selectOne().asTable(DSL.name(aliases.next())))
            .leftJoin(Sql.table(target.name(), absent)).on(DSL.falseCondition())
            .where(compile(filter, target, absent, childPath)));
    }

    /**
     * {@code $FOLLOW(collection, field)}: the items of {@code collection} whose many-to-one {@code field} points here,
     * followed like a one-to-many without one. {@code $FOLLOW(junction, item, collection)}: the junction rows whose
     * any-to-one {@code item} points here.
     */
    private Condition followed(FollowKey follow, Filter.Related related, CollectionOverview collection, String alias,
                               String path) {
        String childPath = qualified(path, related.field());
        Optional<RelationField> relation = schema.schema().collection(follow.collection()).isPresent()
            ? schema.relations().field(follow.collection(), follow.field())
            : Optional.empty();
        if (follow.collectionField().isEmpty() && relation.isPresent()
            && relation.get() instanceof RelationField.ManyToOne m2o
            && m2o.relatedCollection().equals(collection.name())) {
            RelationField.OneToMany implicit = new RelationField.OneToMany(collection.name(), related.field(),
                follow.collection(), follow.field(), Optional.empty(), Optional.empty(), "nullify");
            return oneToMany(implicit, related, collection, alias, childPath);
        }
        if (follow.collectionField().isPresent() && relation.isPresent()
            && relation.get() instanceof RelationField.AnyToOne a2o
            && a2o.collectionField().equals(follow.collectionField().get())
            && a2o.allowedCollections().contains(collection.name())) {
            return anyToOneFollowed(a2o, related, collection, alias, childPath);
        }
        throw new ForbiddenException(Reasons.field(related.field(), collection.name(), path));
    }

    private Condition anyToOneFollowed(RelationField.AnyToOne a2o, Filter.Related related,
                                       CollectionOverview collection, String alias, String childPath) {
        CollectionOverview junction = schema.collection(a2o.collection());
        String inner = aliases.next();
        Field<Object> item = Sql.column(inner, a2o.field());
        Select<?> linked = DSL.select(item)
            .from(Sql.table(junction.name(), inner))
            .where(item.isNotNull()
                .and(Sql.column(inner, a2o.collectionField()).eq(DSL.val(collection.name())))
                .and(compile(related.filter(), junction, inner, childPath)));
        Field<Object> keyText = keyText(Sql.column(alias, primaryKey(collection)));
        if (related.quantifier() == Filter.Quantifier.NONE) {
            return keyText.notIn(linked);
        }
        if (related.quantifier() == Filter.Quantifier.SOME) {
            return keyText.in(linked);
        }
        return keyText.in(linked).or(noRelatedItems(junction, row -> Sql.column(row, a2o.field()).eq(keyText)
            .and(Sql.column(row, a2o.collectionField()).eq(DSL.val(collection.name()))), related.filter(), childPath));
    }

    /** {@code count(comments)}: the number of related items, as a correlated sub-query. */
    public Field<Integer> countOf(RelationField.OneToMany o2m, CollectionOverview collection, String alias) {
        return countOf(o2m, collection, alias, Optional.empty());
    }

    /** {@code count(comments)} of the related items that match {@code counted} (every one when empty). */
    public Field<Integer> countOf(RelationField.OneToMany o2m, CollectionOverview collection, String alias,
                                  Optional<Filter> counted) {
        CollectionOverview child = schema.collection(o2m.childCollection());
        return FunctionSql.relatedCount(o2m, collection, alias, aliases, inner -> counted
            .map(filter -> compile(filter, child, inner, o2m.field())).orElse(DSL.noCondition()));
    }

    private RelationField.OneToMany oneToMany(CollectionOverview collection, String field, String function) {
        return schema.relations().field(collection.name(), field)
            .filter(RelationField.OneToMany.class::isInstance).map(RelationField.OneToMany.class::cast)
            .orElseThrow(() -> new InvalidQueryException("Function \"" + function
                + "\" only applies to one-to-many fields, not to \"" + field + "\""));
    }

    private FieldOverview field(CollectionOverview collection, String name, String path) {
        return collection.field(name)
            .orElseThrow(() -> new ForbiddenException(Reasons.field(name, collection.name(), path)));
    }

    private Object bind(FieldOverview field, Object value) {
        if (field.type() == FieldType.INTEGER || field.type() == FieldType.FLOAT) {
            return number(value);
        }
        if (field.type() == FieldType.DECIMAL) {
            return BigDecimal.valueOf(castToNumber(value));
        }
        try {
            return codec.toDatabase(field, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(isNumeric(field.type()) ? "Invalid numeric value"
                : "Invalid value for field \"" + field.name() + "\": " + e.getMessage());
        } catch (dev.ordo.api.error.InvalidPayloadException e) {
            throw new InvalidQueryException("Invalid value for field \"" + field.name() + "\"");
        }
    }

    /** A primary key as an any-to-one's item column stores it. */
    @SuppressWarnings("unchecked")
    private Field<Object> keyText(Field<Object> key) {
        return (Field<Object>) Sql.keyAsText(codec.vendor(), key);
    }

    /**
     * A value compared with an integer or float field, or with a function's integer result: {@link #castToNumber}, with
     * whole numbers bound as such, so that an integer column meets an integer.
     */
    private static Object number(Object value) {
        double number = castToNumber(value);
        return number == Math.rint(number) && Math.abs(number) < 0x1p63 ? (Object) (long) number : (Object) number;
    }

    /**
     * Directus's {@code castToNumber} (DATA-API.md §3.3.4): JavaScript's {@code Number()}, so {@code 5.5} compares
     * numerically, {@code ""} is 0 and {@code true} is 1; only what is not a number is refused, and infinity too, as no
     * two databases compare with it alike.
     */
    private static double castToNumber(Object value) {
        double number = JavaScriptNumber.of(value);
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new InvalidQueryException("Invalid numeric value");
        }
        return number;
    }

    private static String primaryKey(CollectionOverview collection) {
        return collection.primaryKey().orElseThrow();
    }

    private static boolean isNumeric(FieldType type) {
        return type == FieldType.INTEGER || type == FieldType.BIG_INTEGER || type == FieldType.FLOAT
            || type == FieldType.DECIMAL;
    }

    private static boolean isText(FieldType type) {
        return type == FieldType.STRING || type == FieldType.TEXT || type == FieldType.CSV || type == FieldType.HASH
            || type == FieldType.UUID;
    }

    private static String qualified(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}

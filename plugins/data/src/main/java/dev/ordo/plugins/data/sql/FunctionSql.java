package dev.ordo.plugins.data.sql;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.api.schema.FieldType;
import dev.ordo.plugins.data.query.FieldFunctions;
import dev.ordo.plugins.data.query.JsonPath;
import dev.ordo.plugins.data.relation.RelationField;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.values.Vendor;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A function of a field as a SQL expression to sort by: a date part, {@code count()} of a to-many relation or of a
 * JSON array, or {@code json(field, path)} as text. The function has been checked against the field's type.
 */
public final class FunctionSql {

    private final Vendor vendor;
    private final SchemaContext schema;
    private final TableAliases aliases;

    public FunctionSql(Vendor vendor, SchemaContext schema, TableAliases aliases) {
        this.vendor = vendor;
        this.schema = schema;
        this.aliases = aliases;
    }

    /**
     * @param alias    the alias of {@code collection}'s table
     * @param jsonPath the path of a {@code json()} call
     */
    public Field<?> sortKey(String function, Optional<JsonPath> jsonPath, CollectionOverview collection, String alias,
                            FieldOverview field) {
        Field<Object> column = Sql.column(alias, field.name());
        if (function.equals(FieldFunctions.JSON)) {
            return new JsonSql(vendor).text(column, jsonPath.orElseThrow());
        }
        if (function.equals(FieldFunctions.COUNT) && field.type() == FieldType.JSON) {
            return new JsonSql(vendor).arrayLength(column);
        }
        if (function.equals(FieldFunctions.COUNT)) {
            RelationField.OneToMany o2m = schema.relations().field(collection.name(), field.name())
                .filter(RelationField.OneToMany.class::isInstance).map(RelationField.OneToMany.class::cast)
                .orElseThrow(() -> new InvalidQueryException("Function \"count\" only applies to one-to-many fields, "
                    + "not to \"" + field.name() + "\""));
            return relatedCount(o2m, collection, alias, aliases, inner -> DSL.noCondition());
        }
        return DateParts.of(vendor, function, column, field.type());
    }

    /**
     * {@code count(comments)}: the number of related items, as a correlated sub-query.
     *
     * @param counted which related items count, given the alias of their table
     */
    static Field<Integer> relatedCount(RelationField.OneToMany o2m, CollectionOverview collection, String alias,
                                       TableAliases aliases, Function<String, Condition> counted) {
        String inner = aliases.next();
        return DSL.field(DSL.select(DSL.count()).from(Sql.table(o2m.childCollection(), inner))
            .where(Sql.column(inner, o2m.childField()).eq(Sql.column(alias, collection.primaryKey().orElseThrow())))
            .and(counted.apply(inner)));
    }
}

package dev.ordo.plugins.data.write;

import dev.ordo.api.error.ForbiddenException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.schema.CollectionOverview;
import dev.ordo.api.schema.FieldOverview;
import dev.ordo.plugins.data.access.Action;
import dev.ordo.plugins.data.access.CollectionRules;
import dev.ordo.plugins.data.relation.SchemaContext;
import dev.ordo.plugins.data.sql.FilterCompiler;
import dev.ordo.plugins.data.sql.OperatorCheck;
import dev.ordo.plugins.data.sql.Sql;
import dev.ordo.plugins.data.sql.SqlRunner;
import dev.ordo.plugins.data.sql.TableAliases;
import dev.ordo.plugins.data.values.ValueCodec;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.Condition;

/**
 * Before an update or delete: re-reads the items through the item filter of the caller's rules for that action
 * (inside the transaction). Any key that does not come back, because the item does not exist or may not be touched,
 * fails the whole write with 403 before anything is written; only an admin's missing keys are left out instead, as
 * Directus does not check an admin's keys (the write changes nothing for them, and the read-back answers what exists). The fields an update changes must each be open on every
 * item too: where the caller's permissions open a field only on some items (a permission listing it has an item
 * filter the others lack), the item must match one of those, as Directus checks with its per-field {@code CASE}.
 */
final class ItemAccess {

    private final SchemaContext schema;
    private final Sql sql;
    private final ValueCodec codec;
    private final OperatorCheck operators;
    private final UnaryOperator<Filter> resolveVariables;
    private final SqlRunner runner;
    private final int batchSize;

    ItemAccess(SchemaContext schema, Sql sql, ValueCodec codec, OperatorCheck operators,
               UnaryOperator<Filter> resolveVariables, SqlRunner runner, int batchSize) {
        this.schema = schema;
        this.sql = sql;
        this.codec = codec;
        this.operators = operators;
        this.resolveVariables = resolveVariables;
        this.runner = runner;
        this.batchSize = Math.max(batchSize, 1);
    }

    /**
     * @param keys   checked keys, each once
     * @param fields the fields the write changes (none for a delete)
     * @return the keys of the items to write: all of {@code keys}, or for an admin those that exist
     */
    List<Object> writable(CollectionOverview collection, CollectionRules rules, Action action, List<Object> keys,
                          Set<String> fields, boolean admin) throws SQLException {
        FieldOverview key = collection.field(collection.primaryKey().orElseThrow()).orElseThrow();
        Optional<Filter> required = requirement(rules, fields).map(resolveVariables);
        Set<String> found = new HashSet<>();
        for (int start = 0; start < keys.size(); start += batchSize) {
            List<Object> batch = keys.subList(start, Math.min(keys.size(), start + batchSize));
            TableAliases aliases = new TableAliases();
            String alias = aliases.next();
            Condition condition = Sql.column(alias, key.name())
                .in(batch.stream().map(value -> codec.toDatabase(key, value)).toList());
            if (required.isPresent()) {
                condition = condition.and(new FilterCompiler(schema, codec, operators, aliases)
                    .compile(required.get(), collection, alias, ""));
            }
            runner.query(sql.dsl().select(Sql.column(alias, key.name())).from(Sql.table(collection.name(), alias))
                .where(condition), row -> found.add(String.valueOf(codec.toWire(key, row.getObject(1)))));
        }
        if (keys.stream().allMatch(k -> found.contains(String.valueOf(k)))) {
            return keys;
        }
        if (!admin) {
            throw new ForbiddenException(WriteReasons.items(action, collection.name(), fields));
        }
        return keys.stream().filter(k -> found.contains(String.valueOf(k))).toList();
    }

    /** Each item must be open, and each changed field open on it: the item filter and every field's condition. */
    private static Optional<Filter> requirement(CollectionRules rules, Set<String> fields) {
        List<Filter> parts = new ArrayList<>();
        rules.itemFilter().ifPresent(parts::add);
        fields.forEach(field -> rules.fieldCondition(field).ifPresent(parts::add));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new Filter.And(parts));
    }
}

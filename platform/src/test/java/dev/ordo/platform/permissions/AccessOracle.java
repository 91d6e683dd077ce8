package dev.ordo.platform.permissions;

import dev.ordo.platform.permissions.FixturePolicies.Grant;
import dev.ordo.platform.permissions.FixturePolicies.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PLATFORM.md §2.5 evaluated in plain Java on the raw rows: an item is open when any of the caller's permissions on its
 * collection matches it; a field shows on an open item only when a permission that lists the field matches the item
 * (else it reads as null); a field no permission lists may not be read at all.
 */
public final class AccessOracle {

    private final FixtureSchema schema;
    private final List<Grant> grants = new ArrayList<>();
    private final Dataset data;

    public AccessOracle(FixtureSchema schema, List<Policy> policies, Dataset data) {
        this.schema = schema;
        policies.forEach(policy -> grants.addAll(policy.grants()));
        this.data = data;
    }

    public FixtureSchema schema() {
        return schema;
    }

    public Dataset data() {
        return data;
    }

    /** Whether some permission lets the caller read {@code collection} at all. */
    public boolean readable(String collection) {
        return !grants(collection).isEmpty();
    }

    /** Whether some permission lists {@code field}. */
    public boolean readable(String collection, String field) {
        return grants(collection).stream().anyMatch(grant -> grant.covers(field));
    }

    /** The fields {@code *} stands for: those some permission lists, in schema order. */
    public List<String> readableFields(String collection) {
        return schema.fields(collection).stream().map(FixtureSchema.Field::name)
            .filter(field -> readable(collection, field)).toList();
    }

    public boolean open(Row row) {
        return grants(row.collection()).stream().anyMatch(grant -> grant.rule().test(row, data));
    }

    public boolean shown(Row row, String field) {
        return open(row) && grants(row.collection()).stream()
            .anyMatch(grant -> grant.covers(field) && grant.rule().test(row, data));
    }

    /** The value the caller may see: the stored one where the field shows, else null. */
    public Object visible(Row row, String field) {
        return shown(row, field) ? row.get(field) : null;
    }

    /** The open item a many-to-one field shows on {@code row}, if any. */
    public Optional<Row> related(Row row, String field) {
        FixtureSchema.Field relation = schema.field(row.collection(), field);
        return Optional.ofNullable(visible(row, field)).flatMap(key -> data.row(relation.target(), key))
            .filter(this::open);
    }

    /** The open items of a one-to-many field on {@code row}, by key; empty when the field is hidden there. */
    public Optional<List<Row>> children(Row row, String field) {
        if (!shown(row, field)) {
            return Optional.empty();
        }
        FixtureSchema.Field relation = schema.field(row.collection(), field);
        return Optional.of(data.referencing(relation.target(), relation.childField(), row.id()).stream()
            .filter(this::open).toList());
    }

    /** Every open item of {@code collection}, by key. */
    public List<Row> openRows(String collection) {
        return data.rows(collection).stream().filter(this::open).toList();
    }

    private List<Grant> grants(String collection) {
        return grants.stream().filter(grant -> grant.collection().equals(collection)).toList();
    }
}

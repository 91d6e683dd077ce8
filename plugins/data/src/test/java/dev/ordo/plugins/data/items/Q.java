package dev.ordo.plugins.data.items;

import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Query} values in tests without the parser. */
final class Q {

    private List<String> fields = List.of();
    private Optional<Filter> filter = Optional.empty();
    private Optional<String> search = Optional.empty();
    private List<String> sort = List.of();
    private Optional<Integer> limit = Optional.empty();
    private Optional<Integer> offset = Optional.empty();
    private Optional<Integer> page = Optional.empty();
    private List<String> meta = List.of();
    private final Map<String, List<String>> aggregate = new LinkedHashMap<>();
    private List<String> groupBy = List.of();
    private final Map<String, Query> deep = new LinkedHashMap<>();
    private final Map<String, String> alias = new LinkedHashMap<>();
    private boolean backlink = true;

    static Q query() {
        return new Q();
    }

    Q fields(String... values) {
        fields = List.of(values);
        return this;
    }

    Q filter(Filter value) {
        filter = Optional.of(value);
        return this;
    }

    Q search(String value) {
        search = Optional.of(value);
        return this;
    }

    Q sort(String... values) {
        sort = List.of(values);
        return this;
    }

    Q limit(int value) {
        limit = Optional.of(value);
        return this;
    }

    Q offset(int value) {
        offset = Optional.of(value);
        return this;
    }

    Q page(int value) {
        page = Optional.of(value);
        return this;
    }

    Q meta(String... values) {
        meta = List.of(values);
        return this;
    }

    Q aggregate(String function, String... on) {
        aggregate.put(function, List.of(on));
        return this;
    }

    Q groupBy(String... values) {
        groupBy = List.of(values);
        return this;
    }

    Q deep(String relation, Q nested) {
        deep.put(relation, nested.build());
        return this;
    }

    Q alias(String name, String target) {
        alias.put(name, target);
        return this;
    }

    Q backlink(boolean value) {
        backlink = value;
        return this;
    }

    Query build() {
        return new Query(fields, filter, search, sort, limit, offset, page, meta, aggregate, groupBy, deep, alias,
            backlink, Optional.empty(), Optional.empty());
    }

    static Filter eq(String field, Object value) {
        return new Filter.Condition(field, "_eq", value);
    }

    static Filter condition(String field, String operator, Object value) {
        return new Filter.Condition(field, operator, value);
    }

    static Filter related(String field, Filter filter) {
        return new Filter.Related(field, Filter.Quantifier.IMPLICIT, filter);
    }

    static Filter none(String field, Filter filter) {
        return new Filter.Related(field, Filter.Quantifier.NONE, filter);
    }
}

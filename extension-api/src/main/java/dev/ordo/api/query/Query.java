package dev.ordo.api.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A query in the Directus query language ({@code fields}, {@code filter}, {@code sort}, {@code limit}, ...), parsed
 * and checked for syntax. Paths are kept as written ({@code author.name}, {@code -year(date)}); they are resolved
 * against the schema, and checked against the caller's permissions, by the items service.
 *
 * @param fields    field paths; empty means the default ({@code *})
 * @param sort      sort entries, a leading {@code -} meaning descending
 * @param limit     {@code -1} means no limit; empty means {@code QUERY_LIMIT_DEFAULT}
 * @param meta      {@code total_count} and/or {@code filter_count}
 * @param aggregate aggregate function ({@code count}, {@code sum}, ...) to the fields it applies to ({@code *} for rows)
 * @param deep      per relation (or alias, or {@code field:collection} scope): the query for its nested items
 * @param alias     alias name to the field or function it stands for
 * @param backlink  whether {@code *.*} expansion may follow a relation back to the parent level
 * @param export    {@code json}, {@code csv}, {@code csv_utf8}, {@code xml} or {@code yaml}
 */
public record Query(
    List<String> fields,
    Optional<Filter> filter,
    Optional<String> search,
    List<String> sort,
    Optional<Integer> limit,
    Optional<Integer> offset,
    Optional<Integer> page,
    List<String> meta,
    Map<String, List<String>> aggregate,
    List<String> groupBy,
    Map<String, Query> deep,
    Map<String, String> alias,
    boolean backlink,
    Optional<String> export,
    Optional<String> version) {

    /** The query of a request with no query parameters. */
    public static final Query EMPTY = new Query(List.of(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(), List.of(), Map.of(), Map.of(), true,
        Optional.empty(), Optional.empty());

    public Query {
        fields = List.copyOf(fields);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(search, "search");
        sort = List.copyOf(sort);
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(page, "page");
        meta = List.copyOf(meta);
        aggregate = Collections.unmodifiableMap(new LinkedHashMap<>(aggregate));
        aggregate.values().forEach(Objects::requireNonNull);
        groupBy = List.copyOf(groupBy);
        deep = Collections.unmodifiableMap(new LinkedHashMap<>(deep));
        alias = Collections.unmodifiableMap(new LinkedHashMap<>(alias));
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(version, "version");
    }

    public static Query fields(List<String> fields) {
        return EMPTY.withFields(fields);
    }

    public Query withFields(List<String> newFields) {
        return new Query(newFields, filter, search, sort, limit, offset, page, meta, aggregate, groupBy, deep, alias,
            backlink, export, version);
    }

    public Query withFilter(Optional<Filter> newFilter) {
        return new Query(fields, newFilter, search, sort, limit, offset, page, meta, aggregate, groupBy, deep, alias,
            backlink, export, version);
    }

    public Query withSort(List<String> newSort) {
        return new Query(fields, filter, search, newSort, limit, offset, page, meta, aggregate, groupBy, deep, alias,
            backlink, export, version);
    }

    public Query withLimit(Optional<Integer> newLimit) {
        return new Query(fields, filter, search, sort, newLimit, offset, page, meta, aggregate, groupBy, deep, alias,
            backlink, export, version);
    }

    public Query withOffset(Optional<Integer> newOffset) {
        return new Query(fields, filter, search, sort, limit, newOffset, page, meta, aggregate, groupBy, deep, alias,
            backlink, export, version);
    }

    public Query withMeta(List<String> newMeta) {
        return new Query(fields, filter, search, sort, limit, offset, page, newMeta, aggregate, groupBy, deep, alias,
            backlink, export, version);
    }

    public Query withDeep(Map<String, Query> newDeep) {
        return new Query(fields, filter, search, sort, limit, offset, page, meta, aggregate, groupBy, newDeep, alias,
            backlink, export, version);
    }

    /** True when the query aggregates ({@code aggregate} given): rows are then groups, not items. */
    public boolean isAggregate() {
        return !aggregate.isEmpty();
    }
}

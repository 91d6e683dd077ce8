package dev.ordo.plugins.data.query;

import dev.ordo.api.error.InvalidQueryException;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one sanitiser and validator every query goes through, whether it came from a query string, a {@code SEARCH}
 * body or a {@code deep} level: reads each known parameter from the raw JSON-like tree (maps, lists, strings, numbers,
 * booleans), checks it, and builds the {@link Query}. Parameters are read in Directus's order, so that of several
 * faults the one Directus reports first is the one reported: what its {@code sanitizeQuery} refuses first (fields,
 * filter, deep, alias), then the relational depth, and only then the plain types ({@code limit}, {@code offset},
 * {@code page}, {@code meta}, {@code version}, {@code export}), whose Joi error {@code validateQuery} throws last.
 * Unknown parameters are ignored.
 */
final class QuerySanitizer {

    private static final Set<String> EXPORT_FORMATS = Set.of("csv", "csv_utf8", "json", "xml", "yaml");

    private final QuerySettings settings;
    private final FilterParser filterParser;
    private final JsonFunctionSyntax jsonFunctionSyntax;
    private final RelationalDepthRule relationalDepthRule;
    private final DeepParameter deepParameter;

    QuerySanitizer(QuerySettings settings) {
        this.settings = settings;
        this.filterParser = new FilterParser(settings.maxJsonQueryDepth());
        this.jsonFunctionSyntax = new JsonFunctionSyntax(settings.maxJsonQueryDepth());
        this.relationalDepthRule = new RelationalDepthRule(settings.effectiveRelationalDepth());
        this.deepParameter = new DeepParameter(this::sanitize);
    }

    Query sanitize(Map<String, ?> raw) {
        TypeChecks types = new TypeChecks();
        Optional<Integer> limit = types.check(() -> limit(raw), Optional.empty());
        List<String> fields = isGiven(raw, "fields") ? paths("fields", raw.get("fields")) : List.of();
        List<String> groupBy = isGiven(raw, "groupBy") ? paths("groupBy", raw.get("groupBy")) : List.of();
        Map<String, List<String>> aggregate =
            isGiven(raw, "aggregate") ? AggregateParameter.parse(raw.get("aggregate")) : Map.of();
        List<String> sort = isGiven(raw, "sort") ? paths("sort", raw.get("sort")) : List.of();
        Optional<Filter> filter = isGiven(raw, "filter") ? filter(raw.get("filter"), types) : Optional.empty();
        Optional<Integer> offset = raw.containsKey("offset")
            ? types.check(() -> Optional.of(wholeNumber("offset", raw.get("offset"), 0, Integer.MAX_VALUE)),
                Optional.empty())
            : Optional.empty();
        Optional<Integer> page = isGiven(raw, "page")
            ? types.check(() -> Optional.of(wholeNumber("page", raw.get("page"), 0, Integer.MAX_VALUE)),
                Optional.empty())
            : Optional.empty();
        List<String> meta = isGiven(raw, "meta") ? types.check(() -> ListParameters.meta(raw.get("meta")), List.of())
            : List.of();
        Optional<String> search = raw.get("search") instanceof String text && !text.isBlank()
            ? Optional.of(text.trim())
            : Optional.empty();
        Optional<String> version = isGiven(raw, "version")
            ? types.check(() -> Optional.of(version(raw.get("version"))), Optional.empty()) : Optional.empty();
        Optional<String> export = isGiven(raw, "export")
            ? types.check(() -> Optional.of(export(raw.get("export"))), Optional.empty()) : Optional.empty();
        Map<String, Query> deep = isGiven(raw, "deep") ? deepParameter.parse(raw.get("deep")) : Map.of();
        Map<String, String> alias = isGiven(raw, "alias") ? AliasParameter.parse(raw.get("alias")) : Map.of();
        alias.values().forEach(jsonFunctionSyntax::check);
        boolean backlink = !raw.containsKey("backlink") || backlink(raw.get("backlink"));

        Query query = new Query(fields, filter, search, sort, limit, offset, page, meta, aggregate, groupBy, deep,
            alias, backlink, export, version);
        relationalDepthRule.check(query);
        types.throwFirst();
        return query;
    }

    /** The plain type checks, run in order but reported only after everything else, as Directus reports them. */
    private static final class TypeChecks {

        private InvalidQueryException first;

        <T> T check(Supplier<T> read, T whenRefused) {
            try {
                return read.get();
            } catch (InvalidQueryException refused) {
                if (first == null) {
                    first = refused;
                }
                return whenRefused;
            }
        }

        void throwFirst() {
            if (first != null) {
                throw first;
            }
        }
    }

    /**
     * {@code limit}: {@code -1} means no limit, or {@code QUERY_LIMIT_MAX} when a maximum is set; an explicit limit
     * above the maximum is refused. Left empty when the request has none (the items service applies
     * {@code QUERY_LIMIT_DEFAULT}), unless the maximum is below that default: then the maximum is the limit.
     */
    private Optional<Integer> limit(Map<String, ?> raw) {
        Object value = raw.get("limit");
        if (value == null) {
            return defaultLimitWithinMax();
        }
        double limit = JavaScriptNumber.of(value);
        if (limit == -1 && settings.hasLimitMax()) {
            limit = settings.limitMax();
        }
        int max = settings.hasLimitMax() ? settings.limitMax() : Integer.MAX_VALUE;
        return Optional.of(QueryNumbers.wholeNumber("limit", limit, -1, max));
    }

    private Optional<Integer> defaultLimitWithinMax() {
        if (settings.hasLimitMax()
            && (settings.limitDefault() < 0 || settings.limitDefault() > settings.limitMax())) {
            return Optional.of(settings.limitMax());
        }
        return Optional.empty();
    }

    /** The entries of a path list, checked, with relational prefixes moved out of {@code json()} calls. */
    private List<String> paths(String parameter, Object raw) {
        List<String> paths = ListParameters.paths(parameter, raw);
        paths.forEach(jsonFunctionSyntax::check);
        return paths.stream().map(QuerySanitizer::normalized).toList();
    }

    private static String normalized(String path) {
        return path.startsWith("-") ? "-" + FieldPaths.normalize(path.substring(1)) : FieldPaths.normalize(path);
    }

    private Optional<Filter> filter(Object raw, TypeChecks types) {
        Object json = raw;
        if (raw instanceof String text) {
            json = JsonParameterText.parse(text)
                .orElseThrow(() -> new InvalidQueryException("Invalid JSON for filter object"))
                .value();
        }
        if (json == null) {
            // Directus parses it to a null filter, which its Joi schema then refuses.
            return types.check(() -> {
                throw new InvalidQueryException("\"filter\" must be of type object");
            }, Optional.empty());
        }
        // An array is an object to Directus: an empty one is the empty filter.
        return Optional.of(json instanceof List<?> list && list.isEmpty() ? Filter.EVERYTHING : filterParser.parse(json));
    }

    private static int wholeNumber(String parameter, Object raw, int min, int max) {
        return QueryNumbers.wholeNumber(parameter, JavaScriptNumber.of(raw), min, max);
    }

    private static String version(Object raw) {
        if (!(raw instanceof String version)) {
            throw new InvalidQueryException("\"version\" must be a string");
        }
        return version;
    }

    private static String export(Object raw) {
        if (!(raw instanceof String format) || !EXPORT_FORMATS.contains(format)) {
            throw new InvalidQueryException("\"export\" must be one of [csv, csv_utf8, json, xml, yaml]");
        }
        return format;
    }

    private static boolean backlink(Object raw) {
        return !Boolean.FALSE.equals(raw) && !"false".equals(raw);
    }

    private static boolean isGiven(Map<String, ?> raw, String parameter) {
        return RawValues.isTruthy(raw.get(parameter));
    }
}

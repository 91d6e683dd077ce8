package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.and;
import static dev.ordo.plugins.data.query.QueryTestSupport.condition;
import static dev.ordo.plugins.data.query.QueryTestSupport.jsonObject;
import static dev.ordo.plugins.data.query.QueryTestSupport.or;
import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static dev.ordo.plugins.data.query.QueryTestSupport.related;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.config.Settings;
import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Query;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(QuerySettings.DEFAULTS);

    private Query parse(String queryString) {
        return parser.fromQueryString(queryString);
    }

    private static QueryParser parserWith(Map<String, String> variables) {
        Settings settings = name -> Optional.ofNullable(variables.get(name));
        return QueryParser.from(settings);
    }

    @Test
    void noParametersGiveTheEmptyQuery() {
        assertThat(parse("")).isEqualTo(Query.EMPTY);
        assertThat(parse(null)).isEqualTo(Query.EMPTY);
        assertThat(parser.fromJson(Map.of())).isEqualTo(Query.EMPTY);
    }

    @Test
    void theAccessTokenAndUnknownParametersAreNotPartOfTheQuery() {
        assertThat(parse("access_token=abc&foo=bar&fields=id")).isEqualTo(Query.fields(List.of("id")));
        assertThat(parser.fromJson(Map.of("access_token", "abc", "fields", "id"))).isEqualTo(Query.fields(List.of("id")));
    }

    @Test
    void aRepeatedQueryStringIsParsedOnce() {
        Query first = parse("fields=id,title&filter[views][_gt]=5");

        assertThat(parse("fields=id,title&filter[views][_gt]=5")).isSameAs(first);
        assertThat(parse("fields=id,title&filter[views][_gt]=6")).isNotSameAs(first)
            .isNotEqualTo(first);
    }

    @Test
    void aQueryStringWithATokenIsNotKept() {
        Query first = parse("access_token=secret&fields=id");

        assertThat(parse("access_token=secret&fields=id")).isNotSameAs(first).isEqualTo(first);
    }

    /**
     * Of several faults, Directus reports what its sanitizer refuses (filter, alias) and the relational depth before
     * the plain types, whose Joi error its validateQuery throws last; among the types, the first in its order.
     */
    @Test
    void typeFaultsAreReportedAfterTheFilterAliasAndDepthFaults() {
        assertThat(reasonOf(() -> parse("limit=abc&filter={bad"))).isEqualTo("Invalid JSON for filter object");
        assertThat(reasonOf(() -> parse("limit=abc&filter[views][_null]=abc")))
            .isEqualTo("\"_null\" has to be a boolean");
        assertThat(reasonOf(() -> parse("export=foo&alias=5"))).isEqualTo("\"alias\" has to be an object");
        assertThat(reasonOf(() -> parse("meta=foo&fields=a.b.c.d.e.f.g.h.i.j.k")))
            .isEqualTo("Max relational depth exceeded");
        assertThat(reasonOf(() -> parse("export=foo&limit=abc"))).isEqualTo("\"limit\" must be a number");
        assertThat(reasonOf(() -> parse("filter=null&limit=abc"))).isEqualTo("\"limit\" must be a number");
    }

    @Test
    void anInvalidQueryStringFailsEveryTime() {
        assertThat(reasonOf(() -> parse("limit=ten"))).isNotBlank();
        assertThat(reasonOf(() -> parse("limit=ten"))).isNotBlank();
    }

    @Nested
    class Fields {

        static Stream<Arguments> fieldLists() {
            return Stream.of(
                Arguments.of("fields=id,title", List.of("id", "title")),
                Arguments.of("fields=%20id%20,%20author.name%20", List.of("id", "author.name")),
                Arguments.of("fields[]=id&fields[]=title", List.of("id", "title")),
                Arguments.of("fields[0]=id&fields[1]=title", List.of("id", "title")),
                Arguments.of("fields[]=id,title&fields[]=author.*", List.of("id", "title", "author.*")),
                Arguments.of("fields=id&fields=title", List.of("id", "title")),
                Arguments.of("fields=*.*", List.of("*.*")),
                Arguments.of("fields=id,,title,", List.of("id", "title")),
                Arguments.of("fields=id,json(data,%20a.b),count(tags)", List.of("id", "json(data, a.b)", "count(tags)")),
                Arguments.of("fields=sections.item:headings.title", List.of("sections.item:headings.title")),
                Arguments.of("fields=[\"id\",\"title\"]", List.of("[\"id\"", "\"title\"]")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("fieldLists")
        void fieldsAreTrimmedCommaListsOrArrays(String query, List<String> fields) {
            assertThat(parse(query).fields()).isEqualTo(fields);
        }

        @Test
        void anEmptyFieldsParameterMeansTheDefault() {
            assertThat(parse("fields=").fields()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "fields=json(a(b),c)|Nested functions are not supported in \"fields\"",
            "fields=count(week(created_at))|Nested functions are not supported in \"fields\"",
            "fields=json(a,b|Missing closing parenthesis in \"fields\"",
            "fields=a)|Missing closing parenthesis in \"fields\"",
            "fields[]=a,json(b|Missing closing parenthesis in \"fields\"",
            "groupBy=year(month(date))|Nested functions are not supported in \"groupBy\"",
            "sort=-year(date|Missing closing parenthesis in \"sort\""})
        void functionCallsCannotNestAndMustBeClosed(String query, String reason) {
            assertThat(reasonOf(() -> parse(query))).isEqualTo(reason);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "fields=json(data)|Invalid json() syntax: requires json(field, path) format",
            "fields=json(,a)|Invalid json() syntax: missing field name",
            "fields=json(data,)|Invalid json() syntax: missing path",
            "fields=json()|Invalid json() syntax",
            "sort=-json(data)|Invalid json() syntax: requires json(field, path) format",
            "fields=json(data,a.b.c.d.e.f.g.h.i.j.k)|JSON path depth exceeds maximum allowed depth of 10 (got 11)",
            "fields=json(data,items[*].name)|Invalid JSON path \"items[*].name\": wildcards ([*]) are not supported",
            "sort=json(data,$.color)|Invalid JSON path \"$.color\": the root reference ($) is not supported",
            "alias[c]=json(data)|Invalid json() syntax: requires json(field, path) format",
            "alias[c]=json(data,a..b)|Invalid JSON path \"a..b\": recursive descent (..) is not supported"})
        void jsonCallsAreCheckedAsDirectusParsesThem(String query, String reason) {
            assertThat(reasonOf(() -> parse(query))).isEqualTo(reason);
        }

        @Test
        void jsonPathsWithinTheDepthLimitAreKept() {
            assertThat(parse("fields=json(data,a.b.c.d.e.f.g.h.i.j)").fields())
                .containsExactly("json(data,a.b.c.d.e.f.g.h.i.j)");
            assertThat(parse("sort=-json(data,%20items[0].name)").sort()).containsExactly("-json(data, items[0].name)");
        }

        @Test
        void relationalPrefixesMoveOutOfJsonCalls() {
            assertThat(parse("fields=id,json(author.meta,%20a.b)").fields())
                .containsExactly("id", "author.json(meta, a.b)");
            assertThat(parse("sort=-json(author.meta,%20a)").sort()).containsExactly("-author.json(meta, a)");
        }

        @Test
        void listsIndexedPastTheArrayLimitAreRefused() {
            QueryParser limited = parserWith(Map.of("QUERYSTRING_ARRAY_LIMIT", "100"));
            assertThat(reasonOf(() -> limited.fromQueryString("fields[101]=id&fields[102]=field_a")))
                .isEqualTo("\"fields\" must be a string or array");
            assertThat(reasonOf(() -> limited.fromQueryString(
                String.join("&", Collections.nCopies(102, "fields[]=field_a")))))
                .isEqualTo("\"fields\" must be a string or array");
            assertThat(reasonOf(() -> limited.fromQueryString("sort[101]=id")))
                .isEqualTo("\"sort\" must be a string or array");
            assertThat(limited.fromQueryString("fields=id," + String.join(",", Collections.nCopies(102, "a")))
                .fields()).hasSize(103);
        }

        @Test
        void listItemsMustBeStrings() {
            assertThat(reasonOf(() -> parse("fields[0][a]=b"))).isEqualTo("\"fields[0]\" must be a string");
            assertThat(reasonOf(() -> parser.fromJson(Map.of("fields", List.of("id", 5)))))
                .isEqualTo("\"fields[1]\" must be a string");
            assertThat(reasonOf(() -> parser.fromJson(Map.of("sort", 5)))).isEqualTo("\"sort\" must be a string or array");
        }

        @Test
        void sortAndGroupByAreTrimmedPathLists() {
            Query query = parse("sort=-date_created,%20title,-year(date)&groupBy=author,year(date_created)");
            assertThat(query.sort()).containsExactly("-date_created", "title", "-year(date)");
            assertThat(query.groupBy()).containsExactly("author", "year(date_created)");
            assertThat(parse("sort[]=-id&sort[]=title").sort()).containsExactly("-id", "title");
        }
    }

    @Nested
    class Limits {

        static Stream<Arguments> limits() {
            Map<String, String> defaults = Map.of();
            Map<String, String> max50 = Map.of("QUERY_LIMIT_MAX", "50");
            Map<String, String> max500 = Map.of("QUERY_LIMIT_MAX", "500");
            return Stream.of(
                Arguments.of(defaults, "fields=id", Optional.empty()),
                Arguments.of(defaults, "limit=10", Optional.of(10)),
                Arguments.of(defaults, "limit=-1", Optional.of(-1)),
                Arguments.of(defaults, "limit=0", Optional.of(0)),
                Arguments.of(defaults, "limit=", Optional.of(0)),
                Arguments.of(defaults, "limit=%2025%20", Optional.of(25)),
                Arguments.of(defaults, "limit=1e2", Optional.of(100)),
                Arguments.of(defaults, "limit=0x10", Optional.of(16)),
                Arguments.of(defaults, "limit=20.0", Optional.of(20)),
                Arguments.of(defaults, "limit=100000", Optional.of(100000)),
                Arguments.of(max50, "fields=id", Optional.of(50)),
                Arguments.of(max50, "", Optional.of(50)),
                Arguments.of(max50, "limit=-1", Optional.of(50)),
                Arguments.of(max50, "limit=50", Optional.of(50)),
                Arguments.of(max500, "fields=id", Optional.empty()),
                Arguments.of(max500, "limit=-1", Optional.of(500)),
                Arguments.of(Map.of("QUERY_LIMIT_MAX", "-1"), "limit=100000", Optional.of(100000)));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("limits")
        void limitFollowsTheDefaultAndMaximum(Map<String, String> settings, String query, Optional<Integer> limit) {
            assertThat(parserWith(settings).fromQueryString(query).limit()).isEqualTo(limit);
        }

        static Stream<Arguments> badLimits() {
            return Stream.of(
                Arguments.of(Map.of("QUERY_LIMIT_MAX", "50"), "limit=51", "\"limit\" must be less than or equal to 50"),
                Arguments.of(Map.of(), "limit=-2", "\"limit\" must be greater than or equal to -1"),
                Arguments.of(Map.of(), "limit=abc", "\"limit\" must be a number"),
                Arguments.of(Map.of(), "limit=10abc", "\"limit\" must be a number"),
                Arguments.of(Map.of(), "limit=1.5", "\"limit\" must be an integer"),
                Arguments.of(Map.of(), "limit=Infinity", "\"limit\" cannot be infinity"),
                Arguments.of(Map.of(), "limit=1e20", "\"limit\" must be a safe number"),
                Arguments.of(Map.of(), "limit=3000000000", "\"limit\" must be less than or equal to 2147483647"),
                Arguments.of(Map.of(), "limit=1&limit=2", "\"limit\" must be a number"),
                Arguments.of(Map.of(), "limit[a]=1", "\"limit\" must be a number"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("badLimits")
        void badLimitsAreRefused(Map<String, String> settings, String query, String reason) {
            assertThat(reasonOf(() -> parserWith(settings).fromQueryString(query))).isEqualTo(reason);
        }

        @Test
        void offsetAndPageAreWholeNumbers() {
            assertThat(parse("offset=5&page=2")).satisfies(query -> {
                assertThat(query.offset()).contains(5);
                assertThat(query.page()).contains(2);
            });
            assertThat(parse("offset=").offset()).contains(0);
            assertThat(parse("page=").page()).isEmpty();
            assertThat(parse("page=0").page()).contains(0);
            assertThat(reasonOf(() -> parse("offset=-1"))).isEqualTo("\"offset\" must be greater than or equal to 0");
            assertThat(reasonOf(() -> parse("page=-1"))).isEqualTo("\"page\" must be greater than or equal to 0");
            assertThat(reasonOf(() -> parse("page=two"))).isEqualTo("\"page\" must be a number");
            assertThat(reasonOf(() -> parse("offset=0.5"))).isEqualTo("\"offset\" must be an integer");
        }

        @Test
        void jsonBodiesMayGiveNumbersOrStrings() {
            assertThat(parser.fromJson(Map.of("limit", 5, "offset", "10", "page", 3.0))).satisfies(query -> {
                assertThat(query.limit()).contains(5);
                assertThat(query.offset()).contains(10);
                assertThat(query.page()).contains(3);
            });
            Map<String, Object> nullLimit = new java.util.HashMap<>();
            nullLimit.put("limit", null);
            assertThat(parser.fromJson(nullLimit).limit()).isEmpty();
        }
    }

    @Nested
    class OtherParameters {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "meta=total_count|total_count",
            "meta=filter_count|filter_count",
            "meta=*|total_count,filter_count",
            "meta=total_count,filter_count|total_count,filter_count",
            "meta=total_count,%20filter_count|total_count,filter_count",
            "meta[]=filter_count&meta[]=total_count|filter_count,total_count"})
        void metaListsTheCounts(String query, String expected) {
            assertThat(parse(query).meta()).isEqualTo(List.of(expected.split(",")));
        }

        @Test
        void unknownMetaIsRefused() {
            assertThat(reasonOf(() -> parse("meta=count")))
                .isEqualTo("\"meta[0]\" must be one of [total_count, filter_count]");
            assertThat(reasonOf(() -> parse("meta=total_count,*")))
                .isEqualTo("\"meta[1]\" must be one of [total_count, filter_count]");
        }

        @Test
        void searchIsTrimmedAndOnlyAString() {
            assertThat(parse("search=%20hello%20world%20").search()).contains("hello world");
            assertThat(parse("search=%20%20").search()).isEmpty();
            assertThat(parse("search[]=a").search()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"json", "csv", "csv_utf8", "xml", "yaml"})
        void exportTakesTheKnownFormats(String format) {
            assertThat(parse("export=" + format).export()).contains(format);
        }

        @Test
        void unknownExportFormatsAreRefused() {
            assertThat(reasonOf(() -> parse("export=pdf")))
                .isEqualTo("\"export\" must be one of [csv, csv_utf8, json, xml, yaml]");
            assertThat(reasonOf(() -> parse("export[]=csv")))
                .isEqualTo("\"export\" must be one of [csv, csv_utf8, json, xml, yaml]");
        }

        @Test
        void versionIsAString() {
            assertThat(parse("version=draft").version()).contains("draft");
            assertThat(parse("version=").version()).isEmpty();
            assertThat(reasonOf(() -> parse("version[]=a"))).isEqualTo("\"version\" must be a string");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "''|true",
            "fields=id|true",
            "backlink=false|false",
            "backlink=true|true",
            "backlink=|true",
            "backlink|true",
            "backlink=0|true",
            "backlink=FALSE|true"})
        void backlinkIsFalseOnlyForFalse(String query, boolean backlink) {
            assertThat(parse(query).backlink()).isEqualTo(backlink);
        }

        @Test
        void backlinkFalseInAJsonBody() {
            assertThat(parser.fromJson(Map.of("backlink", false)).backlink()).isFalse();
            assertThat(parser.fromJson(Map.of("backlink", "false")).backlink()).isFalse();
            assertThat(parser.fromJson(Map.of("backlink", 0)).backlink()).isTrue();
        }

        @Test
        void aliasMapsNamesToFieldsOrFunctions() {
            assertThat(parse("alias[release_year]=year(released)&alias[color]=json(metadata,%20color.hex)").alias())
                .containsExactly(Map.entry("release_year", "year(released)"),
                    Map.entry("color", "json(metadata, color.hex)"));
            assertThat(parse("alias={\"dutch\":\"translations\"}").alias()).containsExactly(Map.entry("dutch",
                "translations"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "alias[a.b]=title|\"alias\" key/value can't contain a period character `.`",
            "alias[name]=author.name|\"alias\" key/value can't contain a period character `.`",
            "alias[x][y]=z|\"alias\" value has to be a string. \"object\" given",
            "alias=not-json|\"alias\" has to be an object",
            "alias=[\"a\"]|\"alias\" has to be an object",
            "alias[]=a|\"alias\" has to be an object"})
        void badAliasesAreRefused(String query, String reason) {
            assertThat(reasonOf(() -> parse(query))).isEqualTo(reason);
        }

        @Test
        void aliasValuesInJsonBodiesMustBeStrings() {
            assertThat(reasonOf(() -> parser.fromJson(Map.of("alias", Map.of("a", 5)))))
                .isEqualTo("\"alias\" value has to be a string. \"number\" given");
        }

        @Test
        void aggregateMapsFunctionsToCommaSplitFields() {
            assertThat(parse("aggregate[count]=*&aggregate[sum]=price,tax&aggregate[countDistinct]=author").aggregate())
                .containsExactly(Map.entry("count", List.of("*")), Map.entry("sum", List.of("price", "tax")),
                    Map.entry("countDistinct", List.of("author")));
            assertThat(parse("aggregate={\"avg\":[\"rating\"],\"max\":\"rating,votes\"}").aggregate())
                .containsExactly(Map.entry("avg", List.of("rating")), Map.entry("max", List.of("rating", "votes")));
            assertThat(parse("aggregate[countAll]=*").isAggregate()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"count", "countDistinct", "countAll", "sum", "sumDistinct", "avg", "avgDistinct", "min",
            "max"})
        void everyAggregateFunctionIsKnown(String function) {
            assertThat(parse("aggregate[" + function + "]=id").aggregate()).containsEntry(function, List.of("id"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "aggregate[median]=price|\"aggregate.median\" is not allowed",
            "aggregate=nope|\"aggregate\" must be of type object",
            "aggregate[]=x|\"aggregate\" must be of type object",
            "aggregate[sum][a]=b|\"aggregate.sum\" must be a string or array"})
        void badAggregatesAreRefused(String query, String reason) {
            assertThat(reasonOf(() -> parse(query))).isEqualTo(reason);
        }
    }

    @Nested
    class Filters {

        @Test
        void bracketSyntaxAndJsonInAStringGiveTheSameFilter() {
            Filter expected = and(condition("title", "_eq", "Hello"), related("author", condition("name", "_in",
                List.of("a", "b"))));
            assertThat(parse("filter[title][_eq]=Hello&filter[author][name][_in]=a,b").filter()).contains(expected);
            assertThat(parse("filter={\"title\":{\"_eq\":\"Hello\"},\"author\":{\"name\":{\"_in\":[\"a\",\"b\"]}}}")
                .filter()).contains(expected);
        }

        @Test
        void bracketValuesAreStringsAndCoerced() {
            assertThat(parse("filter[published][_eq]=true&filter[id][_gt]=5").filter())
                .contains(and(condition("published", "_eq", true), condition("id", "_gt", "5")));
            assertThat(parse("filter[deleted_at][_null]").filter()).contains(condition("deleted_at", "_null", true));
        }

        @Test
        void bracketLogicalGroupsAreIndexedLists() {
            assertThat(parse("filter[_or][0][status][_eq]=draft&filter[_or][1][author][_eq]=$CURRENT_USER").filter())
                .contains(or(condition("status", "_eq", "draft"), condition("author", "_eq", "$CURRENT_USER")));
        }

        @Test
        void invalidJsonIsRefused() {
            assertThat(reasonOf(() -> parse("filter={\"title\":"))).isEqualTo("Invalid JSON for filter object");
            assertThat(reasonOf(() -> parse("filter={\"a\":1}x"))).isEqualTo("Invalid JSON for filter object");
        }

        @Test
        void anEmptyFilterIsAbsentAndTheEmptyObjectOrArrayMatchesEverything() {
            assertThat(parse("filter=").filter()).isEmpty();
            assertThat(parse("filter={}").filter()).contains(Filter.EVERYTHING);
            assertThat(parse("filter=[]").filter()).contains(Filter.EVERYTHING);
        }

        /** Directus parses {@code null} to a null filter, which its Joi schema refuses. */
        @Test
        void aNullFilterIsNoObject() {
            assertThat(reasonOf(() -> parse("filter=null"))).isEqualTo("\"filter\" must be of type object");
        }

        @Test
        void filtersThatAreNoObjectAreInvalid() {
            assertThat(reasonOf(() -> parse("filter=5"))).isEqualTo("Invalid filter object");
            assertThat(reasonOf(() -> parse("filter[]=a"))).isEqualTo("Invalid filter object");
        }

        @Test
        void filterValueRulesApply() {
            assertThat(reasonOf(() -> parse("filter[title][_eq]=")))
                .isEqualTo("You can't filter for an empty string in \"_eq\". Use \"_empty\" or \"_nempty\" instead");
            // As in Directus, an empty comma list is one empty value, not an empty list.
            assertThat(parse("filter[id][_in]=").filter()).contains(condition("id", "_in", List.of("")));
            assertThat(parse("filter[id][_between]=1").filter()).contains(condition("id", "_between", List.of("1")));
        }

        @Test
        void inListsIndexedPastTheArrayLimitStillWork() {
            String query = IntStream.range(0, 600).mapToObj(i -> "filter[id][_in][" + i + "]=" + i)
                .collect(Collectors.joining("&"));
            Filter.Condition in = (Filter.Condition) parse(query).filter().orElseThrow();
            @SuppressWarnings("unchecked")
            List<Object> ids = (List<Object>) in.value();
            assertThat(ids).hasSize(600).startsWith("0", "1").endsWith("599");
        }
    }

    @Nested
    class Deep {

        @Test
        void eachLevelIsSanitisedLikeAQuery() {
            Query query = parse("deep[translations][_filter][languages_code][_eq]=en-US"
                + "&deep[translations][_limit]=1&deep[related][_sort]=-rating&deep[related][comments][_limit]=2");
            Query translations = Query.EMPTY
                .withFilter(Optional.of(condition("languages_code", "_eq", "en-US")))
                .withLimit(Optional.of(1));
            Query comments = Query.EMPTY.withLimit(Optional.of(2));
            assertThat(query.deep()).containsExactly(
                Map.entry("translations", translations),
                Map.entry("related", Query.EMPTY.withSort(List.of("-rating")).withDeep(Map.of("comments", comments))));
        }

        @Test
        void jsonInAStringGivesTheSameDeep() {
            String json = "{\"translations\":{\"_filter\":{\"languages_code\":{\"_eq\":\"en-US\"}},\"_limit\":1},"
                + "\"related\":{\"_sort\":\"-rating\",\"comments\":{\"_limit\":2}}}";
            assertThat(parse("deep=" + json)).isEqualTo(parse("deep[translations][_filter][languages_code][_eq]=en-US"
                + "&deep[translations][_limit]=1&deep[related][_sort]=-rating&deep[related][comments][_limit]=2"));
        }

        @Test
        void levelParametersCoverTheWholeSubQuery() {
            Query level = parse("deep[rel][_offset]=3&deep[rel][_page]=2&deep[rel][_search]=x&deep[rel][_alias][a]=b"
                + "&deep[rel][_group]=author&deep[rel][_aggregate][count]=*").deep().get("rel");
            assertThat(level).isEqualTo(new Query(List.of(), Optional.empty(), Optional.of("x"), List.of(),
                Optional.empty(), Optional.of(3), Optional.of(2), List.of(), Map.of("count", List.of("*")),
                List.of("author"), Map.of(), Map.of("a", "b"), true, Optional.empty(), Optional.empty()));
        }

        @Test
        void manyToAnyScopesAreLevelsToo() {
            assertThat(parse("deep[sections][item:headings][_limit]=1").deep())
                .containsExactly(Map.entry("sections",
                    Query.EMPTY.withDeep(Map.of("item:headings", Query.EMPTY.withLimit(Optional.of(1))))));
        }

        @Test
        void fieldsAndDeepCannotBeGivenInsideDeep() {
            assertThat(reasonOf(() -> parse("deep[translations][_fields]=id")))
                .isEqualTo("\"deep.translations._fields\" is not allowed");
            assertThat(reasonOf(() -> parse("deep[a][b][_deep][c][_limit]=1")))
                .isEqualTo("\"deep.a.b._deep\" is not allowed");
        }

        @Test
        void otherUnderscoreKeysAndPlainValuesAreIgnored() {
            assertThat(parse("deep[rel][_meta]=total_count&deep[rel][other]=x&deep[_limit]=3").deep()).isEmpty();
        }

        @Test
        void levelFaultsAreReportedWithTheTopLevelWording() {
            assertThat(reasonOf(() -> parse("deep[rel][_limit]=abc"))).isEqualTo("\"limit\" must be a number");
            assertThat(reasonOf(() -> parse("deep[rel][_filter]={")))
                .isEqualTo("Invalid JSON for filter object");
        }

        /** Directus only logs a {@code deep} that is no object and reads on without it (DATA-API.md §1.3). */
        @Test
        void aDeepThatIsNoObjectIsIgnored() {
            assertThat(parse("fields=id&deep=nope").deep()).isEmpty();
            assertThat(parse("fields=id&deep={bad").deep()).isEmpty();
            assertThat(parse("fields=id&deep=5").deep()).isEmpty();
        }

        @Test
        void levelsGetTheMaximumLimitToo() {
            QueryParser capped = parserWith(Map.of("QUERY_LIMIT_MAX", "20"));
            assertThat(capped.fromQueryString("deep[rel][_sort]=id").deep().get("rel").limit()).contains(20);
        }
    }

    @Nested
    class RelationalDepth {

        private String path(int segments) {
            return IntStream.range(0, segments).mapToObj(i -> "f" + i).collect(Collectors.joining("."));
        }

        private String filter(int segments) {
            StringBuilder filter = new StringBuilder("filter");
            IntStream.range(0, segments).forEach(i -> filter.append("[f").append(i).append("]"));
            return filter.append("[_eq]=1").toString();
        }

        @Test
        void tenSegmentsAreAllowedByDefault() {
            assertThat(parse("fields=" + path(10) + "&sort=" + path(10)).fields()).hasSize(1);
            QueryParser deeper = parserWith(Map.of("QUERYSTRING_MAX_PARSE_DEPTH", "20"));
            assertThat(deeper.fromQueryString(filter(10)).filter()).isPresent();
        }

        @Test
        void moreSegmentsAreRefusedWherever() {
            QueryParser deeper = parserWith(Map.of("QUERYSTRING_MAX_PARSE_DEPTH", "20"));
            assertThat(reasonOf(() -> parse("fields=" + path(11)))).isEqualTo("Max relational depth exceeded");
            assertThat(reasonOf(() -> parse("sort=-" + path(11)))).isEqualTo("Max relational depth exceeded");
            assertThat(reasonOf(() -> parse("groupBy=" + path(11)))).isEqualTo("Max relational depth exceeded");
            assertThat(reasonOf(() -> deeper.fromQueryString(filter(11)))).isEqualTo("Max relational depth exceeded");
        }

        @Test
        void theLimitIsConfigurableButNeverBelowTwo() {
            QueryParser three = parserWith(Map.of("MAX_RELATIONAL_DEPTH", "3"));
            assertThat(three.fromQueryString("fields=a.b.c").fields()).hasSize(1);
            assertThat(reasonOf(() -> three.fromQueryString("fields=a.b.c.d"))).isEqualTo("Max relational depth exceeded");
            QueryParser one = parserWith(Map.of("MAX_RELATIONAL_DEPTH", "1"));
            assertThat(one.fromQueryString("fields=a.b").fields()).hasSize(1);
            assertThat(reasonOf(() -> one.fromQueryString("fields=a.b.c"))).isEqualTo("Max relational depth exceeded");
        }

        @Test
        void groupsReplaceFieldsAndAggregatesIgnoreThem() {
            QueryParser two = parserWith(Map.of("MAX_RELATIONAL_DEPTH", "2"));
            assertThat(two.fromQueryString("fields=a.b.c&groupBy=a").groupBy()).containsExactly("a");
            assertThat(two.fromQueryString("fields=a.b.c&aggregate[count]=*").isAggregate()).isTrue();
        }

        @Test
        void deepPathsCountTheRelationAndItsFilterOrSort() {
            QueryParser three = parserWith(Map.of("MAX_RELATIONAL_DEPTH", "3"));
            assertThat(three.fromQueryString("deep[a][_filter][b][c][_eq]=1").deep()).hasSize(1);
            assertThat(reasonOf(() -> three.fromQueryString("deep[a][_filter][b][c][d][_eq]=1")))
                .isEqualTo("Max relational depth exceeded");
            assertThat(reasonOf(() -> three.fromQueryString("deep[a][_sort]=b.c.d")))
                .isEqualTo("Max relational depth exceeded");
            assertThat(reasonOf(() -> three.fromQueryString("deep[a][b][c][d][_limit]=1")))
                .isEqualTo("Max relational depth exceeded");
        }

        @Test
        void dotsInsideAJsonPathDoNotCount() {
            QueryParser two = parserWith(Map.of("MAX_RELATIONAL_DEPTH", "2"));
            assertThat(two.fromQueryString("fields=author.json(meta,a.b.c)").fields()).hasSize(1);
        }
    }

    @Nested
    class SearchBodies {

        static Stream<Arguments> equivalentForms() {
            return Stream.of(
                Arguments.of("fields=id,title&limit=5", jsonObject("{'fields': ['id', 'title'], 'limit': 5}")),
                Arguments.of("fields=id,title", jsonObject("{'fields': 'id,title'}")),
                Arguments.of("filter[title][_eq]=Hello", jsonObject("{'filter': {'title': {'_eq': 'Hello'}}}")),
                Arguments.of("filter[id][_in]=1,2", jsonObject("{'filter': {'id': {'_in': '1,2'}}}")),
                Arguments.of("filter={\"a\":{\"_gt\":1}}", Map.of("filter", "{\"a\":{\"_gt\":1}}")),
                Arguments.of("filter={\"a\":{\"_gt\":1}}", jsonObject("{'filter': {'a': {'_gt': 1}}}")),
                Arguments.of("sort=-id&offset=10&page=2&meta=*",
                    jsonObject("{'sort': ['-id'], 'offset': 10, 'page': 2, 'meta': '*'}")),
                Arguments.of("aggregate[sum]=price&groupBy=author",
                    jsonObject("{'aggregate': {'sum': ['price']}, 'groupBy': ['author']}")),
                Arguments.of("deep[rel][_limit]=3&alias[y]=year(date)",
                    jsonObject("{'deep': {'rel': {'_limit': 3}}, 'alias': {'y': 'year(date)'}}")),
                Arguments.of("search=x&export=csv&version=draft&backlink=false",
                    jsonObject("{'search': 'x', 'export': 'csv', 'version': 'draft', 'backlink': false}")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("equivalentForms")
        void aSearchBodyAndItsQueryStringGiveEqualQueries(String queryString, Map<String, Object> body) {
            assertThat(parser.fromJson(body)).isEqualTo(parse(queryString));
        }

        @Test
        void searchBodiesAreCheckedTheSameWay() {
            assertThat(reasonOf(() -> parser.fromJson(Map.of("filter", "{")))).isEqualTo("Invalid JSON for filter object");
            assertThat(reasonOf(() -> parser.fromJson(Map.of("limit", "x")))).isEqualTo("\"limit\" must be a number");
            assertThat(reasonOf(() -> parser.fromJson(Map.of("fields", Map.of("a", "b")))))
                .isEqualTo("\"fields\" must be a string or array");
        }
    }
}

package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.and;
import static dev.ordo.plugins.data.query.QueryTestSupport.condition;
import static dev.ordo.plugins.data.query.QueryTestSupport.json;
import static dev.ordo.plugins.data.query.QueryTestSupport.or;
import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static dev.ordo.plugins.data.query.QueryTestSupport.related;
import static dev.ordo.plugins.data.query.QueryTestSupport.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.query.Filter;
import dev.ordo.api.query.Filter.Quantifier;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    private final FilterParser parser = new FilterParser();

    private Filter parse(String singleQuotedJson) {
        return parser.parse(json(singleQuotedJson));
    }

    @Nested
    class Structure {

        @Test
        void oneOperatorOnAFieldIsACondition() {
            assertThat(parse("{'title': {'_eq': 'Hello'}}")).isEqualTo(condition("title", "_eq", "Hello"));
        }

        @Test
        void aPlainValueIsEq() {
            assertThat(parse("{'status': 'draft'}")).isEqualTo(condition("status", "_eq", "draft"));
            assertThat(parse("{'count': 3}")).isEqualTo(condition("count", "_eq", 3));
            assertThat(parse("{'deleted': null}")).isEqualTo(condition("deleted", "_eq", null));
        }

        @Test
        void severalKeysAreAndedInOrder() {
            assertThat(parse("{'status': 'draft', 'rating': {'_gt': 3}}"))
                .isEqualTo(and(condition("status", "_eq", "draft"), condition("rating", "_gt", 3)));
        }

        @Test
        void severalOperatorsOnOneFieldGiveOneConditionEach() {
            assertThat(parse("{'rating': {'_gt': 1, '_lt': 5}}"))
                .isEqualTo(and(condition("rating", "_gt", 1), condition("rating", "_lt", 5)));
        }

        @Test
        void theEmptyObjectMatchesEverything() {
            assertThat(parse("{}")).isEqualTo(Filter.EVERYTHING);
        }

        @Test
        void logicalOperatorsTakeLists() {
            assertThat(parse("{'_or': [{'a': {'_eq': 1}}, {'_and': [{'b': {'_eq': 2}}, {'c': {'_null': true}}]}]}"))
                .isEqualTo(or(condition("a", "_eq", 1),
                    and(condition("b", "_eq", 2), condition("c", "_null", true))));
        }

        @Test
        void anOrHoldingAnEmptyObjectKeepsItAsEverything() {
            assertThat(parse("{'_or': [{}, {'a': {'_eq': 1}}]}"))
                .isEqualTo(or(Filter.EVERYTHING, condition("a", "_eq", 1)));
        }

        @Test
        void nestedFieldsFollowRelations() {
            assertThat(parse("{'author': {'name': {'_eq': 'x'}}}"))
                .isEqualTo(related("author", condition("name", "_eq", "x")));
            assertThat(parse("{'comments': {'user': {'email': {'_ends_with': '@example.com'}}}}"))
                .isEqualTo(related("comments", related("user", condition("email", "_ends_with", "@example.com"))));
        }

        @Test
        void aFieldWithAnEmptyObjectIsKeptAsARelationMatchingEverything() {
            assertThat(parse("{'author': {}}")).isEqualTo(related("author", Filter.EVERYTHING));
        }

        @Test
        void operatorsAndNestedFieldsUnderOneFieldAreAnded() {
            assertThat(parse("{'author': {'_nnull': true, 'name': {'_eq': 'x'}}}"))
                .isEqualTo(and(condition("author", "_nnull", true), related("author", condition("name", "_eq", "x"))));
        }

        @Test
        void functionKeysStayTheConditionsField() {
            assertThat(parse("{'year(date_created)': {'_eq': 2024}}"))
                .isEqualTo(condition("year(date_created)", "_eq", 2024));
            assertThat(parse("{'count(comments)': {'_gt': 3}}")).isEqualTo(condition("count(comments)", "_gt", 3));
            assertThat(parse("{'author': {'year(birthday)': {'_eq': 1990}}}"))
                .isEqualTo(related("author", condition("year(birthday)", "_eq", 1990)));
        }

        @Test
        void manyToAnyScopesStayTheRelatedField() {
            assertThat(parse("{'sections': {'item:headings': {'title': {'_eq': 'x'}}}}"))
                .isEqualTo(related("sections", related("item:headings", condition("title", "_eq", "x"))));
        }

        @Test
        void followKeysAreRelationsToo() {
            assertThat(parse("{'$FOLLOW(cities, country_id)': {'name': {'_eq': 'Berlin'}}}"))
                .isEqualTo(related("$FOLLOW(cities, country_id)", condition("name", "_eq", "Berlin")));
        }

        @Test
        void followKeysLongerThan500CharactersAreRefused() {
            String key = "$FOLLOW(" + "c".repeat(480) + ", " + "f".repeat(20) + ")";
            assertThat(key).hasSizeGreaterThan(500);
            assertThat(reasonOf(() -> parser.parse(Map.of(key, Map.of("name", Map.of("_eq", "x"))))))
                .isEqualTo("\"$FOLLOW\" filter keys can't be longer than 500 characters");
            String fits = "$FOLLOW(" + "c".repeat(400) + ", f)";
            assertThat(parser.parse(Map.of(fits, Map.of("_null", true)))).isEqualTo(condition(fits, "_null", true));
        }

        @Test
        void nonObjectFiltersAreInvalid() {
            assertThat(reasonOf(() -> parser.parse(List.of()))).isEqualTo("Invalid filter object");
            assertThat(reasonOf(() -> parser.parse("title"))).isEqualTo("Invalid filter object");
            assertThat(reasonOf(() -> parser.parse(5))).isEqualTo("Invalid filter object");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{'_eq': 1}",
            "{'_and': {'a': {'_eq': 1}}}",
            "{'_or': 'x'}",
            "{'_and': ['x']}",
            "{'_and': [null]}",
            "{'_and': [[{'a': {'_eq': 1}}]]}",
            "{'': {'_eq': 1}}",
            "{'categories': {'_some': 'x'}}"})
        void malformedFiltersAreInvalidFilterObjects(String filter) {
            assertThat(reasonOf(() -> parse(filter))).isEqualTo("Invalid filter object");
        }
    }

    @Nested
    class Hoisting {

        @Test
        void anOrUnderAFieldIsHoistedAboveIt() {
            assertThat(parse("{'author': {'_or': [{'name': {'_eq': 'a'}}, {'name': {'_eq': 'b'}}]}}"))
                .isEqualTo(or(related("author", condition("name", "_eq", "a")),
                    related("author", condition("name", "_eq", "b"))));
        }

        @Test
        void operatorsInsideAHoistedGroupBecomeConditionsOnTheField() {
            assertThat(parse("{'status': {'_or': [{'_eq': 'draft'}, {'_null': true}]}}"))
                .isEqualTo(or(condition("status", "_eq", "draft"), condition("status", "_null", true)));
            assertThat(parse("{'status': {'_or': ['draft', 'review']}}"))
                .isEqualTo(or(condition("status", "_eq", "draft"), condition("status", "_eq", "review")));
        }

        @Test
        void hoistingGoesThroughEveryRelationToTheTop() {
            assertThat(parse("{'author': {'role': {'_and': [{'name': {'_eq': 'x'}}, {'_or': [{'id': {'_eq': 1}}, "
                + "{'id': {'_eq': 2}}]}]}}}"))
                .isEqualTo(and(
                    related("author", related("role", condition("name", "_eq", "x"))),
                    or(related("author", related("role", condition("id", "_eq", 1))),
                        related("author", related("role", condition("id", "_eq", 2))))));
        }

        @Test
        void anExplicitEmptyAndUnderAFieldMatchesEverything() {
            assertThat(parse("{'author': {'_and': []}}")).isEqualTo(Filter.EVERYTHING);
        }

        @Test
        void severalOperatorsUnderANestedFieldHoldOnOneRelatedItem() {
            assertThat(parse("{'author': {'age': {'_gt': 1, '_lt': 9}}}"))
                .isEqualTo(related("author", and(condition("age", "_gt", 1), condition("age", "_lt", 9))));
        }

        @Test
        void theConditionsOfOneAndOnTheSameFieldAreGatheredUnderIt() {
            Filter sameComment = related("comments", and(condition("score", "_eq", 5), condition("text", "_eq", "c2")));
            assertThat(parse("{'comments': {'score': {'_eq': 5}, 'text': {'_eq': 'c2'}}}")).isEqualTo(sameComment);
            assertThat(parse("{'comments': {'_and': [{'score': {'_eq': 5}}, {'text': {'_eq': 'c2'}}]}}"))
                .isEqualTo(sameComment);
            assertThat(parse("{'_and': [{'comments': {'score': {'_eq': 5}}}, {'comments': {'text': {'_eq': 'c2'}}}]}"))
                .isEqualTo(sameComment);
        }

        @Test
        void gatheringGoesDownEveryLevelButLeavesOrsAndQuantifiersApart() {
            assertThat(parse("{'tags': {'tags_id': {'name': {'_eq': 'red'}}, 'id': {'_eq': 2}}}"))
                .isEqualTo(related("tags", and(related("tags_id", condition("name", "_eq", "red")),
                    condition("id", "_eq", 2))));
            assertThat(parse("{'posts': {'tags': {'tags_id': {'name': {'_eq': 'red'}}, 'id': {'_eq': 2}}}}"))
                .isEqualTo(related("posts", related("tags", and(related("tags_id", condition("name", "_eq", "red")),
                    condition("id", "_eq", 2)))));
            assertThat(parse("{'comments': {'_or': [{'score': {'_eq': 5}}, {'text': {'_eq': 'c2'}}]}}"))
                .isEqualTo(or(related("comments", condition("score", "_eq", 5)),
                    related("comments", condition("text", "_eq", "c2"))));
            assertThat(parse("{'_and': [{'comments': {'_some': {'score': {'_eq': 5}}}},"
                + " {'comments': {'text': {'_eq': 'c2'}}}]}"))
                .isEqualTo(and(related("comments", Quantifier.SOME, condition("score", "_eq", 5)),
                    related("comments", condition("text", "_eq", "c2"))));
        }
    }

    @Nested
    class Quantifiers {

        @Test
        void someAndNoneAreRelatedFiltersWithTheirQuantifier() {
            assertThat(parse("{'categories': {'_some': {'name': {'_eq': 'Recipe'}}}}"))
                .isEqualTo(related("categories", Quantifier.SOME, condition("name", "_eq", "Recipe")));
            assertThat(parse("{'categories': {'_none': {'name': {'_eq': 'Recipe'}}}}"))
                .isEqualTo(related("categories", Quantifier.NONE, condition("name", "_eq", "Recipe")));
        }

        @Test
        void theFilterInsideSomeIsANewRootThatMayUseQuantifiersAgain() {
            assertThat(parse("{'categories': {'_some': {'tags': {'_none': {'name': {'_eq': 'x'}}}}}}"))
                .isEqualTo(related("categories", Quantifier.SOME,
                    related("tags", Quantifier.NONE, condition("name", "_eq", "x"))));
            assertThat(parse("{'categories': {'_some': {}}}"))
                .isEqualTo(related("categories", Quantifier.SOME, Filter.EVERYTHING));
        }

        @Test
        void quantifiersInsideAFieldsLogicalGroupAreStillDirectlyUnderIt() {
            assertThat(parse("{'tags': {'_or': [{'_some': {'a': {'_eq': 1}}}, {'_none': {'b': {'_eq': 2}}}]}}"))
                .isEqualTo(or(related("tags", Quantifier.SOME, condition("a", "_eq", 1)),
                    related("tags", Quantifier.NONE, condition("b", "_eq", 2))));
        }

        @Test
        void quantifiersDeeperInAPathAreRefused() {
            assertThat(reasonOf(() -> parse("{'author': {'categories': {'_some': {'name': {'_eq': 'x'}}}}}")))
                .isEqualTo("\"_some\" can only be used with top level relational alias field");
            assertThat(reasonOf(() -> parse("{'author': {'categories': {'_none': {'name': {'_eq': 'x'}}}}}")))
                .isEqualTo("\"_none\" can only be used with top level relational alias field");
            assertThat(reasonOf(() -> parse("{'_some': {'name': {'_eq': 'x'}}}")))
                .isEqualTo("\"_some\" can only be used with top level relational alias field");
        }
    }

    @Nested
    class Coercion {

        @Test
        void booleanAndNullStringsBecomeValuesEverywhere() {
            assertThat(parse("{'published': {'_eq': 'true'}}")).isEqualTo(condition("published", "_eq", true));
            assertThat(parse("{'published': 'false'}")).isEqualTo(condition("published", "_eq", false));
            assertThat(parse("{'title': {'_eq': 'null'}}")).isEqualTo(condition("title", "_eq", null));
            assertThat(parse("{'title': {'_neq': 'NULL'}}")).isEqualTo(condition("title", "_neq", null));
            assertThat(parse("{'id': {'_in': ['1', 'null', 'true']}}"))
                .isEqualTo(condition("id", "_in", values("1", null, true)));
        }

        @Test
        void otherCasingsAndNumbersInStringsStayStrings() {
            assertThat(parse("{'title': {'_eq': 'True'}}")).isEqualTo(condition("title", "_eq", "True"));
            assertThat(parse("{'title': {'_eq': 'Null'}}")).isEqualTo(condition("title", "_eq", "Null"));
            assertThat(parse("{'id': {'_eq': '5'}}")).isEqualTo(condition("id", "_eq", "5"));
        }

        @Test
        void booleanOperatorsTakeStringBooleansAndDefaultToTrue() {
            assertThat(parse("{'a': {'_null': 'false'}}")).isEqualTo(condition("a", "_null", false));
            assertThat(parse("{'a': {'_nnull': ''}}")).isEqualTo(condition("a", "_nnull", true));
            assertThat(parse("{'a': {'_empty': null}}")).isEqualTo(condition("a", "_empty", true));
            assertThat(parse("{'a': {'_nempty': true}}")).isEqualTo(condition("a", "_nempty", true));
        }

        @Test
        void dynamicVariablesAreLeftAsStrings() {
            assertThat(parse("{'owner': {'_eq': '$CURRENT_USER'}}"))
                .isEqualTo(condition("owner", "_eq", "$CURRENT_USER"));
            assertThat(parse("{'date': {'_lt': '$NOW(-1 day)'}}")).isEqualTo(condition("date", "_lt", "$NOW(-1 day)"));
        }
    }

    @Nested
    class Values {

        @Test
        void listOperatorsSplitACommaString() {
            assertThat(parse("{'id': {'_in': '1,2,3'}}")).isEqualTo(condition("id", "_in", List.of("1", "2", "3")));
            assertThat(parse("{'id': {'_nin': [1, 2]}}")).isEqualTo(condition("id", "_nin", List.of(1, 2)));
            assertThat(parse("{'n': {'_between': '1,10'}}")).isEqualTo(condition("n", "_between", List.of("1", "10")));
            assertThat(parse("{'n': {'_nbetween': [1, 10]}}")).isEqualTo(condition("n", "_nbetween", List.of(1, 10)));
        }

        @Test
        void listOperatorsWrapASingleValueAndReadIndexKeyedObjects() {
            assertThat(parse("{'id': {'_in': 5}}")).isEqualTo(condition("id", "_in", List.of(5)));
            assertThat(parse("{'id': {'_in': {'0': 'a', '501': 'b'}}}"))
                .isEqualTo(condition("id", "_in", List.of("a", "b")));
            assertThat(parse("{'id': {'_in': [[1, 2], 3]}}")).isEqualTo(condition("id", "_in", List.of(1, 2, 3)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"_in", "_nin", "_between", "_nbetween"})
        void listOperatorsNeedANonEmptyList(String operator) {
            assertThat(reasonOf(() -> parse("{'id': {'" + operator + "': []}}")))
                .isEqualTo("\"" + operator + "\" has to be an array of values");
        }

        @Test
        void betweenKeepsOtherThanTwoValuesForTheCompilerToIgnore() {
            // Spec §3.3.2: a _between of other than two values is silently ignored, not refused.
            assertThat(parse("{'n': {'_between': [1, 2, 3]}}")).isEqualTo(condition("n", "_between", List.of(1, 2, 3)));
            assertThat(parse("{'n': {'_nbetween': '1'}}")).isEqualTo(condition("n", "_nbetween", List.of("1")));
        }

        @Test
        void listItemsMustBePlainValues() {
            assertThat(reasonOf(() -> parse("{'id': {'_in': [{'a': 1}]}}")))
                .isEqualTo("The filter value for \"_in\" has to be a string, number, or boolean");
        }

        @ParameterizedTest
        @ValueSource(strings = {"_null", "_nnull", "_empty", "_nempty"})
        void booleanOperatorsRefuseOtherValues(String operator) {
            assertThat(reasonOf(() -> parse("{'a': {'" + operator + "': 'yes'}}")))
                .isEqualTo("\"" + operator + "\" has to be a boolean");
            assertThat(reasonOf(() -> parse("{'a': {'" + operator + "': 1}}")))
                .isEqualTo("\"" + operator + "\" has to be a boolean");
        }

        @ParameterizedTest
        @ValueSource(strings = {"_eq", "_neq", "_lt", "_lte", "_gt", "_gte", "_contains", "_ncontains", "_icontains",
            "_starts_with", "_nstarts_with", "_istarts_with", "_nistarts_with", "_ends_with", "_nends_with",
            "_iends_with", "_niends_with"})
        void valueOperatorsRefuseEmptyStringsObjectsAndLists(String operator) {
            assertThat(reasonOf(() -> parse("{'a': {'" + operator + "': ''}}"))).isEqualTo(
                "You can't filter for an empty string in \"" + operator + "\". Use \"_empty\" or \"_nempty\" instead");
            assertThat(reasonOf(() -> parse("{'a': {'" + operator + "': {'x': 1}}}")))
                .isEqualTo("The filter value for \"" + operator + "\" has to be a string, number, or boolean");
            assertThat(reasonOf(() -> parse("{'a': {'" + operator + "': [1]}}")))
                .isEqualTo("The filter value for \"" + operator + "\" has to be a string, number, or boolean");
        }

        @Test
        void aPlainEmptyStringIsRefusedAsEq() {
            assertThat(reasonOf(() -> parse("{'a': ''}")))
                .isEqualTo("You can't filter for an empty string in \"_eq\". Use \"_empty\" or \"_nempty\" instead");
            assertThat(reasonOf(() -> parse("{'a': [1, 2]}")))
                .isEqualTo("The filter value for \"_eq\" has to be a string, number, or boolean");
        }

        @Test
        void numbersBeyondTheSafeIntegerRangeAreRefused() {
            assertThat(parse("{'n': {'_eq': 9007199254740991}}"))
                .isEqualTo(condition("n", "_eq", 9_007_199_254_740_991L));
            assertThat(reasonOf(() -> parse("{'n': {'_eq': 9007199254740992}}")))
                .isEqualTo("The filter value for \"_eq\" is not a valid number");
            assertThat(reasonOf(() -> parse("{'n': {'_gt': -9007199254740992}}")))
                .isEqualTo("The filter value for \"_gt\" is not a valid number");
            assertThat(reasonOf(() -> parse("{'n': {'_lt': 1e300}}")))
                .isEqualTo("The filter value for \"_lt\" is not a valid number");
            assertThat(reasonOf(() -> parser.parse(Map.of("n", Map.of("_eq", Double.NaN)))))
                .isEqualTo("The filter value for \"_eq\" is not a valid number");
            assertThat(reasonOf(() -> parser.parse(Map.of("n", Map.of("_in", List.of(BigInteger.TEN.pow(20)))))))
                .isEqualTo("The filter value for \"_in\" is not a valid number");
            assertThat(parse("{'n': {'_eq': 1.5}}")).isEqualTo(condition("n", "_eq", 1.5));
        }

        @Test
        void geometryOperatorsTakeGeoJsonObjectsOrTheirText() {
            Object point = json("{'type': 'Point', 'coordinates': [1, 2]}");
            assertThat(parse("{'place': {'_intersects': {'type': 'Point', 'coordinates': [1, 2]}}}"))
                .isEqualTo(condition("place", "_intersects", point));
            assertThat(parser.parse(Map.of("place",
                Map.of("_nintersects_bbox", "{\"type\":\"Point\",\"coordinates\":[1,2]}"))))
                .isEqualTo(condition("place", "_nintersects_bbox", point));
            assertThat(parse("{'place': {'_intersects_bbox': {'type': 'Feature', 'geometry': "
                + "{'type': 'Polygon', 'coordinates': []}}}}")).isInstanceOf(Filter.Condition.class);
        }

        @Test
        void geometryOperatorsRefuseWhatIsNotGeoJson() {
            assertThat(reasonOf(() -> parse("{'place': {'_intersects': {'type': 'Circle', 'coordinates': [1]}}}")))
                .isEqualTo("\"_intersects\" has to be a valid GeoJSON object");
            assertThat(reasonOf(() -> parse("{'place': {'_nintersects': 5}}")))
                .isEqualTo("\"_nintersects\" has to be a valid GeoJSON object");
            assertThat(reasonOf(() -> parse("{'place': {'_intersects': 'not json'}}")))
                .isEqualTo("Invalid filter object");
        }

        @Test
        void operandsAreUnmodifiable() {
            Filter.Condition condition = (Filter.Condition) parse("{'id': {'_in': [1, 2]}}");
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) condition.value();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.add(3))
                .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Operators {

        static Stream<Arguments> refusedOperators() {
            return Stream.of(
                Arguments.of("{'a': {'_regex': {'b': 1}}}",
                    "The filter value for \"_regex\" has to be a string, number, or boolean"),
                Arguments.of("{'a': {'_foo': ''}}",
                    "You can't filter for an empty string in \"_foo\". Use \"_empty\" or \"_nempty\" instead"),
                Arguments.of("{'_private': {'_eq': 1}}", "Invalid filter object"),
                Arguments.of("{'json(data, a)': {'_eq': 1}}", "The json() function can't be used as a filter key"));
        }

        @ParameterizedTest
        @MethodSource("refusedOperators")
        void refusedOperatorsHaveClearReasons(String filter, String reason) {
            assertThat(reasonOf(() -> parse(filter))).isEqualTo(reason);
        }

        @ParameterizedTest
        @ValueSource(strings = {"_nicontains", "_ieq", "_nieq", "_regex", "_submitted", "_foo"})
        void operatorsWithoutATypeAreParsedAndLeftToTheTypeCheck(String operator) {
            assertThat(parse("{'a': {'" + operator + "': 'x'}}")).isEqualTo(condition("a", operator, "x"));
        }

        @Test
        void validationRulesMayUseRegexAndSubmittedBesideTheQueryOperators() {
            FilterParser rules = FilterParser.forValidationRules();

            assertThat(rules.parse(json("{'_and': [{'title': {'_regex': '^[A-Z]'}}, {'slug': {'_submitted': true}},"
                + " {'rating': {'_lte': 5}}]}")))
                .isEqualTo(and(condition("title", "_regex", "^[A-Z]"), condition("slug", "_submitted", true),
                    condition("rating", "_lte", 5)));
            assertThat(rules.parse(json("{'title': {'_regex': 'true'}}"))).isEqualTo(condition("title", "_regex", "true"));
            assertThat(reasonOf(() -> rules.parse(json("{'title': {'_regex': 5}}"))))
                .isEqualTo("\"_regex\" has to be a string");
            assertThat(reasonOf(() -> rules.parse(json("{'_regex': 'x'}")))).isEqualTo("Invalid filter object");
        }
    }
}

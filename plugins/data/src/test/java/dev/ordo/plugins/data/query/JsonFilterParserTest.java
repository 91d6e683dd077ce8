package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.and;
import static dev.ordo.plugins.data.query.QueryTestSupport.condition;
import static dev.ordo.plugins.data.query.QueryTestSupport.json;
import static dev.ordo.plugins.data.query.QueryTestSupport.or;
import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static dev.ordo.plugins.data.query.QueryTestSupport.related;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.query.Filter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The {@code _json} operator: its value becomes a filter on JSON paths (spec §3.3.8). */
class JsonFilterParserTest {

    private final FilterParser parser = new FilterParser();

    private Filter parse(String singleQuotedJson) {
        return parser.parse(json(singleQuotedJson));
    }

    @Test
    void eachPathHoldsOperators() {
        assertThat(parse("{'data': {'_json': {'color': {'_eq': 'blue'}}}}"))
            .isEqualTo(condition("data", "_json", condition("color", "_eq", "blue")));
        assertThat(parse("{'data': {'_json': {'items[0].name': {'_eq': 'z'}, 'size': {'_gt': 5, '_lt': 9}}}}"))
            .isEqualTo(condition("data", "_json", and(condition("items[0].name", "_eq", "z"),
                and(condition("size", "_gt", 5), condition("size", "_lt", 9)))));
    }

    @Test
    void pathsAreKeptInTheirPlainForm() {
        assertThat(parse("{'data': {'_json': {'.color.': {'_eq': 'red'}}}}"))
            .isEqualTo(condition("data", "_json", condition("color", "_eq", "red")));
    }

    @Test
    void innerAndOrNest() {
        assertThat(parse("{'data': {'_json': {'_or': [{'color': {'_eq': 'red'}}, "
            + "{'_and': [{'size': {'_gt': 1}}, {'size': {'_lt': 3}}]}]}}}"))
            .isEqualTo(condition("data", "_json", or(condition("color", "_eq", "red"),
                and(condition("size", "_gt", 1), condition("size", "_lt", 3)))));
    }

    @Test
    void valuesAreCoercedAndCheckedLikeAnyOperand() {
        assertThat(parse("{'data': {'_json': {'on': {'_eq': 'true'}, 'gone': {'_null': null}}}}"))
            .isEqualTo(condition("data", "_json", and(condition("on", "_eq", true), condition("gone", "_null", true))));
        assertThat(reasonOf(() -> parse("{'data': {'_json': {'color': {'_eq': ''}}}}")))
            .isEqualTo("You can't filter for an empty string in \"_eq\". Use \"_empty\" or \"_nempty\" instead");
        assertThat(reasonOf(() -> parse("{'data': {'_json': {'color': {'_null': 'yes'}}}}")))
            .isEqualTo("\"_null\" has to be a boolean");
    }

    @Test
    void itSitsBesideOtherOperatorsAndUnderRelations() {
        assertThat(parse("{'data': {'_nnull': true, '_json': {'items': {'_null': true}}}}"))
            .isEqualTo(and(condition("data", "_nnull", true),
                condition("data", "_json", condition("items", "_null", true))));
        assertThat(parse("{'author': {'meta': {'_json': {'a': {'_eq': 1}}}}}"))
            .isEqualTo(related("author", condition("meta", "_json", condition("a", "_eq", 1))));
    }

    @Test
    void listOperatorsTakeRealLists() {
        assertThat(parse("{'data': {'_json': {'color': {'_in': ['blue', 'green']}}}}"))
            .isEqualTo(condition("data", "_json", condition("color", "_in", List.of("blue", "green"))));
        assertThat(reasonOf(() -> parse("{'data': {'_json': {'color': {'_in': 'red'}}}}")))
            .isEqualTo("\"_in\" has to be an array of values");
        assertThat(reasonOf(() -> parse("{'data': {'_json': {'level': {'_between': 5}}}}")))
            .isEqualTo("\"_between\" has to be an array of values");
        assertThat(reasonOf(() -> parse("{'data': {'_json': {'color': {'_nin': []}}}}")))
            .isEqualTo("\"_nin\" has to be an array of values");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'data': {'_json': 'text'}}|\"_json\" has to be an object of JSON paths",
        "{'data': {'_json': null}}|\"_json\" has to be an object of JSON paths",
        "{'data': {'_json': {'color': 'red'}}}|The JSON path \"color\" has to hold an object of filter operators",
        "{'data': {'_json': {'color': {}}}}|The JSON path \"color\" has to hold an object of filter operators",
        "{'data': {'_json': {'nested': {'deep': {'_eq': 1}}}}}|The JSON path \"nested\" can't hold the nested key "
            + "\"deep\": write the whole path as one key",
        "{'data': {'_json': {'_or': {'color': {'_eq': 'red'}}}}}|\"_or\" inside \"_json\" has to be an array of objects",
        "{'data': {'_json': {'_and': [null]}}}|\"_and\" inside \"_json\" has to be an array of objects",
        "{'data': {'_json': {'_eq': 'x'}}}|\"_eq\" needs a JSON path inside \"_json\"",
        "{'data': {'_json': {'a': {'_json': {}}}}}|The \"_json\" filter operator can't be used inside \"_json\"",
        "{'data': {'_json': {'a': {'_some': {}}}}}|The \"_some\" filter operator can't be used inside \"_json\"",
        "{'data': {'_json': {'': {'_eq': 1}}}}|Invalid JSON path \"\": it is empty",
        "{'data': {'_json': {'items[*].name': {'_eq': 1}}}}|Invalid JSON path \"items[*].name\": wildcards ([*]) are "
            + "not supported",
        "{'_json': {'a': {'_eq': 1}}}|Invalid filter object"})
    void malformedValuesAreRefused(String filter, String reason) {
        assertThat(reasonOf(() -> parse(filter))).isEqualTo(reason);
    }

    @Test
    void pathsRespectTheConfiguredDepth() {
        FilterParser shallow = new FilterParser(2);

        assertThat(shallow.parse(json("{'data': {'_json': {'a.b': {'_eq': 1}}}}")))
            .isEqualTo(condition("data", "_json", condition("a.b", "_eq", 1)));
        assertThat(reasonOf(() -> shallow.parse(json("{'data': {'_json': {'a.b.c': {'_eq': 1}}}}"))))
            .isEqualTo("JSON path depth exceeds maximum allowed depth of 2 (got 3)");
    }
}

package dev.ordo.plugins.data.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.data.query.FilterParser;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Validation rules checked on payloads, as Directus's {@code validatePayload} checks and reports them. */
class PayloadValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FilterParser RULES = FilterParser.forValidationRules();

    static Stream<Arguments> holding() {
        return Stream.of(
            Arguments.of("{'status': {'_eq': 'draft'}}", "{'status': 'draft'}"),
            Arguments.of("{'rating': {'_eq': '5'}}", "{'rating': 5}"),
            Arguments.of("{'rating': {'_neq': 5}}", "{'rating': '5'}"),
            Arguments.of("{'rating': {'_neq': 5}}", "{'rating': 4}"),
            Arguments.of("{'status': {'_in': ['a', 'b']}}", "{'status': 'b'}"),
            Arguments.of("{'status': {'_nin': ['a', 'b']}}", "{'status': 'c'}"),
            Arguments.of("{'note': {'_null': true}}", "{'note': null}"),
            Arguments.of("{'note': {'_nnull': true}}", "{'note': ''}"),
            Arguments.of("{'note': {'_empty': true}}", "{'note': ''}"),
            Arguments.of("{'rating': {'_gt': 1}}", "{'rating': 2}"),
            Arguments.of("{'rating': {'_lte': '5'}}", "{'rating': '5'}"),
            Arguments.of("{'rating': {'_between': [1, 5]}}", "{'rating': 5}"),
            Arguments.of("{'rating': {'_nbetween': [1, 5]}}", "{'rating': 6}"),
            Arguments.of("{'due': {'_gte': '2024-01-01'}}", "{'due': '2024-01-01T00:00:00Z'}"),
            Arguments.of("{'due': {'_lt': '2024-01-01T10:00:00+02:00'}}", "{'due': '2024-01-01T07:59:59Z'}"),
            Arguments.of("{'title': {'_contains': 'cat'}}", "{'title': 'concatenate'}"),
            Arguments.of("{'tags': {'_contains': 'cat'}}", "{'tags': ['dog', 'cats']}"),
            Arguments.of("{'title': {'_icontains': 'CAT'}}", "{'title': 'a cat'}"),
            Arguments.of("{'title': {'_ncontains': 'spam'}}", "{'title': 'ham'}"),
            Arguments.of("{'title': {'_starts_with': 'A'}}", "{'title': 'Ada'}"),
            Arguments.of("{'title': {'_niends_with': 'X'}}", "{'title': 'ab'}"),
            Arguments.of("{'title': {'_regex': '/^[a-z]+$/'}}", "{'title': 'abc'}"),
            Arguments.of("{'title': {'_regex': 'b'}}", "{'title': 'abc'}"),
            Arguments.of("{'title': {'_ieq': 'ADA'}}", "{'title': 'ada'}"),
            Arguments.of("{'shape': {'_intersects': {'type': 'Point', 'coordinates': [1, 2]}}}", "{'shape': 'x'}"),
            Arguments.of("{'rating': {'_lte': 5}}", "{'title': 'no rating given'}"),
            Arguments.of("{'slug': {'_submitted': true}}", "{'slug': null}"),
            Arguments.of("{'_or': [{'rating': {'_lt': 0}}, {'rating': {'_gt': 10}}]}", "{'rating': 11}"),
            Arguments.of("{'author': {'name': {'_nempty': true}}}", "{'title': 'no author given'}"));
    }

    @ParameterizedTest
    @MethodSource("holding")
    void aRuleTheValueMeetsHolds(String rule, String payload) {
        assertThat(PayloadValidator.failures(RULES.parse(json(rule)), object(payload))).isEmpty();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
            Arguments.of("{'status': {'_eq': 'draft'}}", "{'status': 'live'}", "eq", "{'valid':'draft'}",
                "Value has to be \"draft\"."),
            Arguments.of("{'rating': {'_neq': 5}}", "{'rating': 5}", "neq", "{'invalid':5}",
                "Value can't be \"5\"."),
            Arguments.of("{'rating': {'_eq': 5}}", "{'rating': '5'}", "eq", "{'valid':5}", "Value has to be \"5\"."),
            Arguments.of("{'rating': {'_eq': '5'}}", "{'rating': 4}", "in", "{'valid':['5',5]}",
                "Value has to be one of \"5\", \"5\"."),
            Arguments.of("{'rating': {'_neq': '5'}}", "{'rating': 5}", "nin", "{'invalid':['5',5]}",
                "Value can't be one of \"5\", \"5\"."),
            Arguments.of("{'rating': {'_in': [1, 2]}}", "{'rating': '1'}", "in", "{'valid':[1,2]}",
                "Value has to be one of \"1\", \"2\"."),
            Arguments.of("{'status': {'_in': ['a', 'b']}}", "{'status': 'c'}", "in", "{'valid':['a','b']}",
                "Value has to be one of \"a\", \"b\"."),
            Arguments.of("{'status': {'_in': ['a']}}", "{'status': 'c'}", "eq", "{'valid':'a'}",
                "Value has to be \"a\"."),
            Arguments.of("{'status': {'_nin': ['a', 'b']}}", "{'status': 'a'}", "nin", "{'invalid':['a','b']}",
                "Value can't be one of \"a\", \"b\"."),
            Arguments.of("{'note': {'_null': true}}", "{'note': 'x'}", "null", "{}", "Value has to be null."),
            Arguments.of("{'note': {'_nnull': true}}", "{'note': null}", "nnull", "{}", "Value can't be null."),
            Arguments.of("{'note': {'_empty': true}}", "{'note': 'x'}", "empty", "{}", "Value has to be empty."),
            Arguments.of("{'note': {'_nempty': true}}", "{'note': ''}", "nempty", "{}", "Value can't be empty."),
            Arguments.of("{'rating': {'_gt': 1}}", "{'rating': 1}", "gt", "{'valid':1}",
                "Value has to be greater than \"1\"."),
            Arguments.of("{'rating': {'_gte': 1.5}}", "{'rating': 1}", "gte", "{'valid':1.5}",
                "Value has to be greater than or equal to \"1.5\"."),
            Arguments.of("{'rating': {'_lt': '5'}}", "{'rating': 5}", "lt", "{'valid':5}",
                "Value has to be less than \"5\"."),
            Arguments.of("{'rating': {'_lte': 5}}", "{'rating': 'many'}", "required", "{}", "Value is required."),
            Arguments.of("{'rating': {'_gte': 1}}", "{'rating': null}", "required", "{}", "Value is required."),
            Arguments.of("{'due': {'_gte': '2024-01-01'}}", "{'due': 'soon'}", "required", "{}", "Value is required."),
            Arguments.of("{'rating': {'_between': [1, 5]}}", "{'rating': 0}", "gte", "{'valid':1}",
                "Value has to be greater than or equal to \"1\"."),
            Arguments.of("{'rating': {'_between': [1, 5]}}", "{'rating': 6}", "lte", "{'valid':5}",
                "Value has to be less than or equal to \"5\"."),
            Arguments.of("{'rating': {'_nbetween': [1, 5]}}", "{'rating': 3}", "nbetween", "{'invalid':[1,5]}", ""),
            Arguments.of("{'due': {'_gt': '2024-01-01'}}", "{'due': '2023-12-31'}", "gt",
                "{'valid':'2024-01-01T00:00:00.000Z'}",
                "Value has to be greater than \"Mon Jan 01 2024 00:00:00 GMT+0000 (Coordinated Universal Time)\"."),
            Arguments.of("{'title': {'_contains': 'cat'}}", "{'title': null}", "required", "{}", "Value is required."),
            Arguments.of("{'title': {'_starts_with': 'A'}}", "{'title': 5}", "required", "{}", "Value is required."),
            Arguments.of("{'title': {'_contains': 'cat'}}", "{'title': 'dog'}", "contains", "{'substring':'cat'}",
                "Value has to contain \"cat\"."),
            Arguments.of("{'title': {'_icontains': 'CAT'}}", "{'title': 'dog'}", "contains", "{'substring':'CAT'}",
                "Value has to contain \"CAT\"."),
            Arguments.of("{'tags': {'_ncontains': 'spam'}}", "{'tags': ['ham', 'spam!']}", "ncontains",
                "{'substring':'spam'}", "Value can't contain \"spam\"."),
            Arguments.of("{'title': {'_starts_with': 'A'}}", "{'title': 'Bob'}", "starts_with", "{'substring':'A'}",
                ""),
            Arguments.of("{'title': {'_nends_with': 'b'}}", "{'title': 'Bob'}", "nends_with", "{'substring':'b'}", ""),
            Arguments.of("{'title': {'_regex': '^[A-Z]'}}", "{'title': 'bob'}", "regex", "{'invalid':'bob'}",
                "Value doesn't have the correct format."),
            Arguments.of("{'title': {'_regex': '^[A-Z]'}}", "{'title': 5}", "required", "{}", "Value is required."),
            Arguments.of("{'title': {'_regex': '^[A-Z]'}}", "{'title': ''}", "regex", "{'invalid':''}",
                "Value doesn't have the correct format."),
            Arguments.of("{'author': {'name': {'_nempty': true}}}", "{'author': 7}", "required", "{}",
                "Value is required."),
            Arguments.of("{'author': {'name': {'_nempty': true}}}", "{'author': null}", "required", "{}",
                "Value is required."),
            Arguments.of("{'slug': {'_submitted': true}}", "{'title': 'x'}", "required", "{}", "Value is required."));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void aBrokenRuleIsReportedWithItsTypeExpectedValueAndMessage(String rule, String payload, String type,
                                                                  String expected, String message) {
        List<ValidationFailure> failures = PayloadValidator.failures(RULES.parse(json(rule)), object(payload));

        assertThat(failures).hasSize(1);
        ValidationFailure failure = failures.get(0);
        assertThat(failure.type()).isEqualTo(type);
        assertThat(failure.expected()).isEqualTo(json(expected));
        String field = failure.field();
        assertThat(failure.toException().getMessage())
            .isEqualTo(("Validation failed for field \"" + field + "\". " + message).trim());
    }

    @Test
    void everyRuleOfAnAndIsCheckedAndAnOrReportsAllItsRulesOnlyWhenNoneHolds() {
        Map<String, Object> payload = object("{'title': 'x', 'rating': 7}");

        assertThat(PayloadValidator.failures(RULES.parse(json("{'_and': [{'title': {'_regex': '^[A-Z]'}}, "
            + "{'rating': {'_lte': 5}}]}")), payload)).extracting(ValidationFailure::field)
            .containsExactly("title", "rating");
        assertThat(PayloadValidator.failures(RULES.parse(json("{'_or': [{'rating': {'_lte': 5}}, "
            + "{'title': {'_eq': 'y'}}]}")), payload)).extracting(ValidationFailure::type)
            .containsExactly("lte", "eq");
        assertThat(PayloadValidator.failures(RULES.parse(json("{'_or': [{'rating': {'_lte': 5}}, "
            + "{'title': {'_eq': 'x'}}]}")), payload)).isEmpty();
    }

    @Test
    void aRuleOnANestedObjectNamesTheFieldAndThePathInsideIt() {
        List<ValidationFailure> failures = PayloadValidator.failures(
            RULES.parse(json("{'author': {'country': {'code': {'_eq': 'NL'}}}}")),
            object("{'author': {'country': {'code': 'BE'}}}"));

        assertThat(failures).hasSize(1);
        OrdoException error = failures.get(0).toException();
        assertThat(error.code().name()).isEqualTo("FAILED_VALIDATION");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.extensions()).containsExactly(Map.entry("field", "author"),
            Map.entry("path", List.of("country", "code")), Map.entry("type", "eq"), Map.entry("valid", "NL"));
    }

    @Test
    void aNullExpectedValueIsKept() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("note", "x");

        List<ValidationFailure> failures = PayloadValidator.failures(
            RULES.parse(json("{'note': {'_in': [null, 'a']}}")), payload);

        assertThat(failures.get(0).expected().get("valid")).isEqualTo(Arrays.asList(null, "a"));
        assertThat(failures.get(0).toException().getMessage())
            .isEqualTo("Validation failed for field \"note\". Value has to be one of \"null\", \"a\".");
    }

    private static Object json(String singleQuoted) {
        try {
            return MAPPER.readValue(singleQuoted.replace('\'', '"'), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String singleQuoted) {
        return (Map<String, Object>) json(singleQuoted);
    }
}

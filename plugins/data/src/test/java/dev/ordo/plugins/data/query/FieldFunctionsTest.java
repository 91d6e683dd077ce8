package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ordo.api.schema.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldFunctionsTest {

    private static FunctionCall call(String text) {
        return FieldPaths.functionCall(text).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "year(x), DATE", "weekday(x), DATE", "year(x), DATE_TIME", "second(x), DATE_TIME", "hour(x), TIMESTAMP",
        "minute(x), TIME", "second(x), TIME", "count(x), ALIAS", "count(x), JSON", "'json(x, a)', JSON"})
    void functionsApplyToTheirTypes(String function, FieldType type) {
        assertThatCode(() -> FieldFunctions.check(call(function), type)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "hour(x), DATE", "year(x), TIME", "year(x), STRING", "count(x), INTEGER", "'json(x, a)', TEXT",
        "'json(x, a)', ALIAS", "decade(x), DATE", "lower(x), STRING"})
    void otherCombinationsAreRefused(String function, FieldType type) {
        String name = function.substring(0, function.indexOf('('));
        assertThat(reasonOf(() -> FieldFunctions.check(call(function), type)))
            .isEqualTo("Invalid function specified \"" + name + "\"");
    }

    @Test
    void onlyTheLanguagesFunctionsAreKnown() {
        assertThat(FieldFunctions.isKnown("year")).isTrue();
        assertThat(FieldFunctions.isKnown("count")).isTrue();
        assertThat(FieldFunctions.isKnown("json")).isTrue();
        assertThat(FieldFunctions.isKnown("decade")).isFalse();
        assertThat(FieldFunctions.isDatePart("weekday")).isTrue();
        assertThat(FieldFunctions.isDatePart("count")).isFalse();
    }
}

package dev.ordo.plugins.data.query;

import static dev.ordo.plugins.data.query.QueryTestSupport.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.plugins.data.query.JsonPath.Index;
import dev.ordo.plugins.data.query.JsonPath.Key;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathTest {

    private static JsonPath parse(String text) {
        return JsonPath.parse(text, JsonPath.DEFAULT_MAX_DEPTH);
    }

    @Test
    void keysAndIndexesAreSteps() {
        assertThat(parse("items[0].name").steps()).containsExactly(new Key("items"), new Index(0), new Key("name"));
        assertThat(parse("[2].label").steps()).containsExactly(new Index(2), new Key("label"));
        assertThat(parse("matrix[1][12]").steps()).containsExactly(new Key("matrix"), new Index(1), new Index(12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "color|color",
        ".color|color",
        "color.|color",
        "settings.theme.dark|settings.theme.dark",
        "items[0].name|items[0].name",
        "[0]|[0]",
        "a_1.B2|a_1.B2"})
    void thePlainFormDropsLeadingAndTrailingDots(String written, String text) {
        assertThat(parse(written).text()).isEqualTo(text);
    }

    @Test
    void unicodeLettersAndEmojiAreKeys() {
        assertThat(parse("café.🎨").steps()).containsExactly(new Key("café"), new Key("🎨"));
        assertThat(parse("👍🏽.x").steps()).containsExactly(new Key("👍🏽"), new Key("x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "items[]|empty brackets ([]) are not supported",
        "items[*].name|wildcards ([*]) are not supported",
        "items.*|wildcards (*) are not supported",
        "items..name|recursive descent (..) is not supported",
        "..name|recursive descent (..) is not supported",
        "$.color|the root reference ($) is not supported",
        "@.color|the current node reference (@) is not supported",
        "items[?(@.a)]|\"[?(@.a)]\" is not an array index",
        "?(color)|filter expressions (?) are not supported",
        "items[-1].name|negative indexes are not supported",
        "first name|\" \" is not allowed in a key",
        "first-name|\"-\" is not allowed in a key",
        "items[0|\"[\" is not closed",
        "items[0]name|\"n\" is not expected after \"]\"",
        "items[x]|\"[x]\" is not an array index",
        ".|it names no key or index"})
    void unsupportedSyntaxIsRefused(String text, String why) {
        assertThat(reasonOf(() -> parse(text))).isEqualTo("Invalid JSON path \"" + text + "\": " + why);
    }

    @Test
    void anEmptyPathIsRefused() {
        assertThat(reasonOf(() -> parse(""))).isEqualTo("Invalid JSON path \"\": it is empty");
    }

    @Test
    void theDepthIsTheNumberOfSteps() {
        assertThat(parse("a.b.c.d.e.f.g.h.i.j").steps()).hasSize(10);
        assertThat(reasonOf(() -> parse("a.b.c.d.e.f.g.h.i.j.k")))
            .isEqualTo("JSON path depth exceeds maximum allowed depth of 10 (got 11)");
        assertThat(reasonOf(() -> JsonPath.parse("a[0]", 1)))
            .isEqualTo("JSON path depth exceeds maximum allowed depth of 1 (got 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"items[0].name", "[0].label", "a.b"})
    void thePlainFormReadsBackToTheSamePath(String text) {
        assertThat(parse(parse(text).text())).isEqualTo(parse(text));
    }

    @Test
    void sqlFormsQuoteEveryKey() {
        JsonPath path = parse("items[0].name");

        assertThat(path.dollarForm()).isEqualTo("$.\"items\"[0].\"name\"");
        assertThat(path.elements()).isEqualTo(List.of("items", "0", "name"));
        assertThat(parse("[3]").dollarForm()).isEqualTo("$[3]");
    }
}

package dev.ordo.plugins.data.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPathsTest {

    @Test
    void segmentsSplitOnDotsOutsideParentheses() {
        assertThat(FieldPaths.segments("title")).containsExactly("title");
        assertThat(FieldPaths.segments("author.name")).containsExactly("author", "name");
        assertThat(FieldPaths.segments("comments.user.email")).containsExactly("comments", "user", "email");
        assertThat(FieldPaths.segments("author.json(meta, a.b[0].c)")).containsExactly("author", "json(meta, a.b[0].c)");
        assertThat(FieldPaths.segments("sections.item:headings.title"))
            .containsExactly("sections", "item:headings", "title");
        assertThat(FieldPaths.segments("*.*")).containsExactly("*", "*");
    }

    @Test
    void functionCallsAreRecognised() {
        assertThat(FieldPaths.functionCall("year(date_created)"))
            .contains(new FunctionCall("year", List.of("date_created")));
        assertThat(FieldPaths.functionCall("count(comments)")).contains(new FunctionCall("count", List.of("comments")));
        assertThat(FieldPaths.functionCall("json(data, a.b)")).contains(new FunctionCall("json", List.of("data", "a.b")));
        assertThat(FieldPaths.functionCall("json(data,a,b)")).contains(new FunctionCall("json", List.of("data", "a,b")));
        assertThat(FieldPaths.functionCall("json(data)")).contains(new FunctionCall("json", List.of("data")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "author.year(date)", "year(month(date))", "year(date", "(date)", "year (date)",
        "-year(date)", "item:headings"})
    void otherSegmentsAreNoFunctionCalls(String segment) {
        assertThat(FieldPaths.functionCall(segment)).isEmpty();
    }

    @Test
    void functionCallsKnowTheirFieldAndJsonPath() {
        FunctionCall json = FieldPaths.functionCall("json(metadata, settings.theme)").orElseThrow();
        assertThat(json.isJson()).isTrue();
        assertThat(json.field()).isEqualTo("metadata");
        assertThat(json.jsonPath()).isEqualTo(".settings.theme");
        assertThat(FieldPaths.functionCall("json(data, [0].label)").orElseThrow().jsonPath()).isEqualTo("[0].label");
        FunctionCall year = FieldPaths.functionCall("year(date)").orElseThrow();
        assertThat(year.isJson()).isFalse();
        assertThat(year.field()).isEqualTo("date");
        assertThat(year.jsonPath()).isEmpty();
    }

    @Test
    void manyToAnyScopesAreRecognised() {
        assertThat(FieldPaths.collectionScope("item:headings")).contains(new CollectionScope("item", "headings"));
        assertThat(FieldPaths.collectionScope("item")).isEmpty();
        assertThat(FieldPaths.collectionScope(":headings")).isEmpty();
        assertThat(FieldPaths.collectionScope("item:")).isEmpty();
    }

    @Test
    void sortEntriesKnowTheirDirection() {
        assertThat(FieldPaths.sortEntry("-year(date)")).isEqualTo(new SortEntry("year(date)", true));
        assertThat(FieldPaths.sortEntry("title")).isEqualTo(new SortEntry("title", false));
        assertThat(FieldPaths.sortEntry("-count.id")).isEqualTo(new SortEntry("count.id", true));
    }

    @Test
    void sortEntriesResolveAnAliasAtTheirStart() {
        Map<String, String> aliases = Map.of("headline", "title", "released", "year(published_on)", "writer", "author");
        assertThat(FieldPaths.unalias("headline", aliases)).isEqualTo("title");
        assertThat(FieldPaths.unalias("-released", aliases)).isEqualTo("-year(published_on)");
        assertThat(FieldPaths.unalias("-writer.name", aliases)).isEqualTo("-author.name");
        assertThat(FieldPaths.unalias("author.headline", aliases)).isEqualTo("author.headline");
        assertThat(FieldPaths.unalias("-views", aliases)).isEqualTo("-views");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "title|title",
        "year(date_created)|date_created_year",
        "hour(timestamp)|timestamp_hour",
        "count(comments)|comments_count",
        "json(metadata, settings.theme)|metadata_settings_theme_json",
        "json(metadata,color)|metadata_color_json",
        "json(metadata, tags[0])|metadata_tags_0_json",
        "json(data, items[0].name)|data_items_0_name_json",
        "json(data, [0].label)|data_0_label_json"})
    void functionResultsHaveDirectusOutputKeys(String segment, String key) {
        assertThat(FieldPaths.outputKey(segment)).isEqualTo(key);
    }

    @Test
    void relationalJsonCallsAreNormalised() {
        assertThat(FieldPaths.normalize("json(author.meta, a.b)")).isEqualTo("author.json(meta, a.b)");
        assertThat(FieldPaths.normalize("json(a.b.meta, x)")).isEqualTo("a.b.json(meta, x)");
        assertThat(FieldPaths.normalize("author.json(meta, a)")).isEqualTo("author.json(meta, a)");
        assertThat(FieldPaths.normalize("author.name")).isEqualTo("author.name");
        assertThat(Optional.of(FieldPaths.normalize("json(meta, a.b)"))).contains("json(meta, a.b)");
    }
}

package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlExporterTest {

    private final YamlExporter exporter = new YamlExporter();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void writesABlockSequenceOfMappings() throws Exception {
        assertThat(Samples.export(exporter, List.of(Samples.article()))).isEqualTo("""
            - id: 1
              title: "Hello, \\"world\\""
              author:
                name: Ada
                born: 1815
              tags:
                - a
                - b
              published: true
              rating: 4.5
              note: null
            """);
    }

    /** As js-yaml 4's dump writes them: checked against it, with the same data. */
    @Test
    void nestedSequencesAreIndentedUnderTheirKey() throws Exception {
        assertThat(Samples.export(exporter, List.of(object("id", 1, "tags", List.of(1, 2), "meta",
            object("arr", List.of(1, object("a", null)), "o", object("k", "v")))))).isEqualTo("""
            - id: 1
              tags:
                - 1
                - 2
              meta:
                arr:
                  - 1
                  - a: null
                o:
                  k: v
            """);
    }

    @Test
    void writesNoItemsAsAnEmptySequence() throws Exception {
        assertThat(Samples.export(exporter, List.of())).isEqualTo("[]\n");
    }

    @Test
    void writesOneItemAsAMapping() throws Exception {
        assertThat(Samples.exportOne(exporter, object("id", 1, "author", object("name", "Ada"))))
            .isEqualTo("id: 1\nauthor:\n  name: Ada\n");
    }

    @Test
    void quotesStringsThatYamlWouldReadAsSomethingElse() throws Exception {
        Map<String, Object> item = object(
            "digits", "007", "number", "12.5", "bool", "true", "yes", "yes", "null", "null", "tilde", "~",
            "empty", "", "colon", "a: b", "hash", "a #b", "dash", "- x", "lines", "one\ntwo", "long", "x".repeat(200),
            "spaces", " padded ", "unicode", "Zoë ✓", "nested", object("list", List.of(), "map", Map.of()));

        String text = Samples.export(exporter, List.of(item));

        assertThat(yaml.readValue(text, List.class)).containsExactly(item);
        assertThat(text).contains("x".repeat(200));
    }

    @Test
    void streamsWithoutHoldingTheItems() throws Exception {
        Samples.CountingItems items = new Samples.CountingItems(20_000);
        Samples.FirstWriteProbe out = new Samples.FirstWriteProbe(items);

        exporter.write(items, out);

        assertThat(items.pulled).isEqualTo(20_000);
        assertThat(out.pulledAtFirstWrite).isBetween(1, 1_000);
    }
}

package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    private final JsonExporter exporter = new JsonExporter();

    @Test
    void writesATabIndentedArrayAsJavaScriptDoes() throws Exception {
        assertThat(Samples.export(exporter, List.of(Samples.article(), object("id", 2)))).isEqualTo("""
            [
            \t{
            \t\t"id": 1,
            \t\t"title": "Hello, \\"world\\"",
            \t\t"author": {
            \t\t\t"name": "Ada",
            \t\t\t"born": 1815
            \t\t},
            \t\t"tags": [
            \t\t\t"a",
            \t\t\t"b"
            \t\t],
            \t\t"published": true,
            \t\t"rating": 4.5,
            \t\t"note": null
            \t},
            \t{
            \t\t"id": 2
            \t}
            ]""");
    }

    @Test
    void writesEmptyContainersWithoutInnerSpace() throws Exception {
        assertThat(Samples.export(exporter, List.of())).isEqualTo("[]");
        assertThat(Samples.export(exporter, List.of(object("list", List.of(), "object", Map.of()))))
            .isEqualTo("[\n\t{\n\t\t\"list\": [],\n\t\t\"object\": {}\n\t}\n]");
    }

    @Test
    void writesOneItemAsAnObject() throws Exception {
        assertThat(Samples.exportOne(exporter, object("id", 1, "author", object("name", "Ada"))))
            .isEqualTo("{\n\t\"id\": 1,\n\t\"author\": {\n\t\t\"name\": \"Ada\"\n\t}\n}");
    }

    @Test
    void writesNumbersAndOtherValuesAsJsonDoes() throws Exception {
        UUID id = UUID.fromString("0b5e8a7e-2b56-4b52-9a53-3b0b5bdbd0a4");
        String json = Samples.export(exporter, List.of(object(
            "big", new java.math.BigDecimal("1E+3"), "nan", Double.NaN, "float", 0.1f, "uuid", id,
            "control", "line\nbreak\u0001", "unicode", "Zoë ✓")));

        assertThat(json).contains("\"big\": 1000,", "\"nan\": null,", "\"float\": 0.1,",
            "\"uuid\": \"0b5e8a7e-2b56-4b52-9a53-3b0b5bdbd0a4\"", "\"control\": \"line\\nbreak\\u0001\"",
            "\"unicode\": \"Zoë ✓\"");
        assertThat(new ObjectMapper().readValue(json, List.class)).hasSize(1);
    }

    @Test
    void streamsWithoutHoldingTheItems() throws Exception {
        Samples.CountingItems items = new Samples.CountingItems(50_000);
        Samples.FirstWriteProbe out = new Samples.FirstWriteProbe(items);

        exporter.write(items, out);

        assertThat(items.pulled).isEqualTo(50_000);
        assertThat(out.pulledAtFirstWrite).isBetween(1, 1_000);
        assertThat(out.bytes).isGreaterThan(1_000_000);
    }
}

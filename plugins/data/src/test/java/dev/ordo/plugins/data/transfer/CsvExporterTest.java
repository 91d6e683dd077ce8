package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Test
    void writesJson2csvShapedCsvWithDottedColumnsForNestedObjects() throws Exception {
        assertThat(Samples.export(CsvExporter.csv(), List.of(Samples.article()))).isEqualTo(
            "\"id\",\"title\",\"author.name\",\"author.born\",\"tags\",\"published\",\"rating\",\"note\"\n"
                + "1,\"Hello, \"\"world\"\"\",\"Ada\",1815,\"[\"\"a\"\",\"\"b\"\"]\",true,4.5,");
    }

    @Test
    void csvUtf8StartsWithAByteOrderMark() throws Exception {
        byte[] bytes = Samples.exportBytes(CsvExporter.csvUtf8(), List.of(object("name", "Zoë")).iterator());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("\"name\"\n\"Zoë\"");
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaksAsRfc4180Says() throws Exception {
        assertThat(Samples.export(CsvExporter.csv(), List.of(object("text", "a,b\n\"c\"\r\nd", "empty", ""))))
            .isEqualTo("\"text\",\"empty\"\n\"a,b\n\"\"c\"\"\r\nd\",\"\"");
    }

    @Test
    void theLastRowEndsWithoutALineBreakButKeepsOneInsideItsLastCell() throws Exception {
        assertThat(Samples.export(CsvExporter.csv(), List.of(object("n", 1), object("n", 2))))
            .isEqualTo("\"n\"\n1\n2");
        assertThat(Samples.export(CsvExporter.csv(), List.of(object("text", "a\n"))))
            .isEqualTo("\"text\"\n\"a\n\"");
    }

    @Test
    void theHeaderIsTheUnionOfTheSampledColumnsInOrderOfAppearance() throws Exception {
        String csv = Samples.export(CsvExporter.csv(), List.of(
            object("id", 1, "author", null),
            object("id", 2, "author", object("name", "Ada"), "extra", "x")));

        assertThat(csv).isEqualTo("""
            "id","author","author.name","extra"
            1,,,
            2,,"Ada","x\"""");
    }

    @Test
    void laterItemsAreWrittenUnderTheSampledHeader() throws Exception {
        String csv = Samples.export(CsvExporter.csv().withHeaderSample(1), List.of(
            object("id", 1, "author", null),
            object("id", 2, "author", object("name", "Ada"), "unknown", "dropped")));

        assertThat(csv).isEqualTo("""
            "id","author"
            1,
            2,"{""name"":""Ada""}\"""");
    }

    @Test
    void explicitColumnsFixTheHeaderAndItsOrder() throws Exception {
        String csv = Samples.export(CsvExporter.csv().withColumns(List.of("author.name", "id", "missing")),
            List.of(Samples.article()));

        assertThat(csv).isEqualTo("\"author.name\",\"id\",\"missing\"\n\"Ada\",1,");
    }

    @Test
    void noItemsGiveAnEmptyBodyAsInDirectus() throws Exception {
        assertThat(Samples.exportBytes(CsvExporter.csvUtf8(), List.<Map<String, ?>>of().iterator())).isEmpty();
        assertThat(Samples.exportBytes(CsvExporter.csv().withColumns(List.of("id")), List.<Map<String, ?>>of().iterator()))
            .isEmpty();
        assertThat(Samples.export(CsvExporter.csv(), List.of(Map.of()))).isEmpty();
    }

    @Test
    void writesNumbersPlainly() throws Exception {
        assertThat(Samples.export(CsvExporter.csv(), List.of(object(
            "decimal", new java.math.BigDecimal("1E+3"), "float", 0.1f, "double", 2.5, "long", 9_007_199_254_740_993L,
            "nan", Double.NaN))))
            .isEqualTo("\"decimal\",\"float\",\"double\",\"long\",\"nan\"\n1000,0.1,2.5,9007199254740993,");
    }

    @Test
    void holdsOnlyTheHeaderSampleBeforeWriting() throws Exception {
        Samples.CountingItems items = new Samples.CountingItems(20_000);
        Samples.FirstWriteProbe out = new Samples.FirstWriteProbe(items);

        CsvExporter.csv().withHeaderSample(100).write(items, out);

        assertThat(items.pulled).isEqualTo(20_000);
        assertThat(out.pulledAtFirstWrite).isBetween(100, 1_000);
    }
}

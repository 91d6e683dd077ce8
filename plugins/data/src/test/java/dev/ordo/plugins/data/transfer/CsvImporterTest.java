package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.InvalidPayloadException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvImporterTest {

    private final CsvImporter importer = new CsvImporter();

    private static String reason(InvalidPayloadException e) {
        return (String) e.extensions().get("reason");
    }

    private void assertInvalid(String csv, String reason) {
        assertThatThrownBy(() -> Imports.readAll(importer, csv))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(reason(e)).isEqualTo(reason));
    }

    @Test
    void readsRecordsUnderTheHeader() throws Exception {
        assertThat(Imports.readAll(importer, "id,title\n1,Hello\n2,\"Hi, \"\"you\"\"\"\n")).containsExactly(
            object("id", "1", "title", "Hello"),
            object("id", "2", "title", "Hi, \"you\""));
    }

    @Test
    void parsesJsonLookingCellsButKeepsNumbersAsText() throws Exception {
        List<Map<String, Object>> items = Imports.readAll(importer,
            "n,decimal,bool,nothing,object,array,quoted,broken,text\n"
                + "007,12.50,true,null,\"{\"\"a\"\": 1}\",\"[1, \"\"x\"\"]\",\"\"\"quoted\"\"\",\"{nope\",plain\n");

        assertThat(items).containsExactly(object("n", "007", "decimal", "12.50", "bool", true, "nothing", null,
            "object", object("a", 1), "array", List.of(1, "x"), "quoted", "quoted", "broken", "{nope", "text", "plain"));
    }

    @Test
    void leavesEmptyCellsOutAndNestsDottedHeaders() throws Exception {
        assertThat(Imports.readAll(importer, """
            id,author.name,author.born,title
            1,Ada,1815,
            2,,,Second
            """)).containsExactly(
            object("id", "1", "author", object("name", "Ada", "born", "1815")),
            object("id", "2", "title", "Second"));
    }

    @Test
    void readsBackWhatTheCsvExportWrites() throws Exception {
        byte[] exported = Samples.exportBytes(CsvExporter.csvUtf8(), List.of(Samples.article()).iterator());

        assertThat(Imports.readAll(importer, exported)).containsExactly(object(
            "id", "1", "title", "Hello, \"world\"", "author", object("name", "Ada", "born", "1815"),
            "tags", List.of("a", "b"), "published", true, "rating", "4.5"));
    }

    @Test
    void trimsHeadersAndSkipsBlankRecords() throws Exception {
        assertThat(Imports.readAll(importer, "\uFEFF id , name \r\n\r\n1,Ada\r\n,\r\n  \r\n2,\"multi\r\nline\"\r\n"))
            .containsExactly(object("id", "1", "name", "Ada"), object("id", "2", "name", "multi\r\nline"));
        assertThat(Imports.readAll(importer, "")).isEmpty();
        assertThat(Imports.readAll(importer, "id,name\n")).isEmpty();
    }

    @Test
    void guessesTheSeparatorFromTheHeader() throws Exception {
        assertThat(Imports.readAll(importer, "id;price\n1;\"12,50\"\n")).containsExactly(object("id", "1", "price", "12,50"));
        assertThat(Imports.readAll(importer, "id\tname\n1\tAda, Countess\n"))
            .containsExactly(object("id", "1", "name", "Ada, Countess"));
    }

    @Test
    void recordsMayBeShorterThanTheHeader() throws Exception {
        assertThat(Imports.readAll(importer, "id,name,born\n1,Ada\n")).containsExactly(object("id", "1", "name", "Ada"));
    }

    @Test
    void refusesValuesWithoutAFieldName() throws Exception {
        assertInvalid("id,name\n1,Ada\n2,Bob,extra\n", "Row 2 (line 3) has a value in column 3, which the header does not name");
        assertInvalid("id,,name\n1,x,Ada\n", "Row 1 (line 2) has a value in column 2, which the header does not name");
        assertThat(Imports.readAll(importer, "id,name,\n1,Ada,\n")).containsExactly(object("id", "1", "name", "Ada"));
    }

    @Test
    void refusesAHeaderNamingAFieldTwice() {
        assertInvalid("id,name, name\n1,a,b\n", "The CSV header (line 1) names the field \"name\" twice");
    }

    @Test
    void namesTheLineOfMalformedCsv() {
        assertThatThrownBy(() -> Imports.readAll(importer, "id,name\n1,Ada\n2,\"unterminated\n3,x\n"))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(reason(e))
                .startsWith("Invalid CSV after row 1 at line ").contains("Missing closing quote"));
    }

    @Test
    void countsRowsAsRecordsOfTheFile() throws Exception {
        try (ImportedItems items = importer.read(new ByteArrayInputStream(
            "id\n1\n,\n3\n".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(items.next()).isEqualTo(object("id", "1"));
            assertThat(items.rowNumber()).isEqualTo(1);
            assertThat(items.next()).isEqualTo(object("id", "3"));
            assertThat(items.rowNumber()).isEqualTo(3);
            assertThat(items.hasNext()).isFalse();
        }
    }

    @Test
    void readsRecordsAsTheyAreAskedFor() throws Exception {
        Imports.EndlessInput input = new Imports.EndlessInput("id,title\n", "1,again\n");

        try (ImportedItems items = importer.read(input)) {
            for (int i = 0; i < 3; i++) {
                assertThat(items.next()).isEqualTo(object("id", "1", "title", "again"));
            }
        }
        assertThat(input.served).isLessThan(200 * 1024);
        assertThat(input.closed).isTrue();
    }
}

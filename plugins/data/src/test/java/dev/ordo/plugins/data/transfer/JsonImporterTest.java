package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.InvalidPayloadException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonImporterTest {

    private final JsonImporter importer = new JsonImporter();

    private static String reason(InvalidPayloadException e) {
        return (String) e.extensions().get("reason");
    }

    private void assertInvalid(String json, String reason) {
        assertThatThrownBy(() -> Imports.readAll(importer, json))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                assertThat(reason(e)).isEqualTo(reason);
            });
    }

    @Test
    void readsAnArrayOfObjectsWithPlainValues() throws Exception {
        List<Map<String, Object>> items = Imports.readAll(importer, """
            [
              {"id": 1, "title": "Hello", "author": {"name": "Ada"}, "tags": ["a", 2], "ok": true, "note": null},
              {"id": 12345678901, "price": 12.50, "huge": 123456789012345678901234567890}
            ]
            """);

        assertThat(items).containsExactly(
            object("id", 1, "title", "Hello", "author", object("name", "Ada"), "tags", List.of("a", 2), "ok", true,
                "note", null),
            object("id", 12345678901L, "price", new BigDecimal("12.50"),
                "huge", new BigInteger("123456789012345678901234567890")));
        assertThat(items.get(0).keySet()).containsExactly("id", "title", "author", "tags", "ok", "note");
    }

    @Test
    void readsAnEmptyArrayAsNoItemsAndRefusesAnEmptyFile() throws Exception {
        assertThat(Imports.readAll(importer, " [ ] ")).isEmpty();
        assertInvalid("", "Parser has expected a value");
        assertInvalid(" \n", "Parser has expected a value");
    }

    @Test
    void skipsAByteOrderMark() throws Exception {
        byte[] json = "\uFEFF[{\"name\":\"Zoë\"}]".getBytes(StandardCharsets.UTF_8);

        assertThat(Imports.readAll(importer, json)).containsExactly(object("name", "Zoë"));
        assertThat(Arrays.copyOf(json, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void countsRows() throws Exception {
        try (ImportedItems items = importer.read(new ByteArrayInputStream("[{\"a\":1},{\"a\":2}]".getBytes()))) {
            assertThat(items.rowNumber()).isZero();
            items.next();
            assertThat(items.rowNumber()).isEqualTo(1);
            assertThat(items.hasNext()).isTrue();
            assertThat(items.rowNumber()).isEqualTo(1);
            items.next();
            assertThat(items.rowNumber()).isEqualTo(2);
            assertThat(items.hasNext()).isFalse();
        }
    }

    @Test
    void refusesAnythingButAnArrayOfObjects() {
        assertInvalid("{\"id\": 1}", "Top-level object should be an array.");
        assertInvalid("\"text\"", "Top-level object should be an array.");
        assertInvalid("[{\"id\": 1},\n 2]", "Row 2 (line 2) is a number, not an object");
        assertInvalid("[[1]]", "Row 1 (line 1) is an array, not an object");
        assertInvalid("[{\"id\": 1}] [2]", "Unexpected content after the array at line 1");
    }

    @Test
    void namesTheRowAndLineOfMalformedJson() {
        assertThatThrownBy(() -> Imports.readAll(importer, "[\n{\"id\": 1},\n{\"id\": 2,}\n]"))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(reason(e))
                .startsWith("Invalid JSON in row 2 at line 3, column 10: Unexpected character ('}'"));
        assertThatThrownBy(() -> Imports.readAll(importer, "[{\"id\": 1}"))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(reason(e))
                .startsWith("Invalid JSON in row 1 at line 1")
                .endsWith("expected close marker for Array (start marker at line 1, column 1)"));
        assertThatThrownBy(() -> Imports.readAll(importer, "nope"))
            .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(reason(e))
                .startsWith("Invalid JSON at line 1"));
    }

    @Test
    void readsItemsAsTheyAreAskedFor() throws Exception {
        Imports.EndlessInput input = new Imports.EndlessInput("[", "{\"id\": 1, \"title\": \"again\"},\n");

        try (ImportedItems items = importer.read(input)) {
            for (int i = 0; i < 3; i++) {
                assertThat(items.next()).isEqualTo(object("id", 1, "title", "again"));
            }
            assertThat(items.rowNumber()).isEqualTo(3);
        }
        assertThat(input.served).isLessThan(64 * 1024);
        assertThat(input.closed).isTrue();
    }
}

package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellValuesTest {

    @Test
    void jsonValuesBecomeThoseValues() {
        assertThat(CsvCellValues.valueOf("true")).isEqualTo(true);
        assertThat(CsvCellValues.valueOf(" false ")).isEqualTo(false);
        assertThat(CsvCellValues.valueOf("null")).isNull();
        assertThat(CsvCellValues.valueOf("{\"a\": {\"b\": [1]}}")).isEqualTo(object("a", object("b", List.of(1))));
        assertThat(CsvCellValues.valueOf("[]")).isEqualTo(List.of());
        assertThat(CsvCellValues.valueOf("\"007\"")).isEqualTo("007");
    }

    @Test
    void numbersAndEverythingElseStayText() {
        assertThat(CsvCellValues.valueOf("42")).isEqualTo("42");
        assertThat(CsvCellValues.valueOf("-1.50e3")).isEqualTo("-1.50e3");
        assertThat(CsvCellValues.valueOf("True")).isEqualTo("True");
        assertThat(CsvCellValues.valueOf("nullable")).isEqualTo("nullable");
        assertThat(CsvCellValues.valueOf("{not json}")).isEqualTo("{not json}");
        assertThat(CsvCellValues.valueOf("[1] trailing")).isEqualTo("[1] trailing");
        assertThat(CsvCellValues.valueOf("\"unterminated")).isEqualTo("\"unterminated");
        assertThat(CsvCellValues.valueOf("{'single': 1}")).isEqualTo("{'single': 1}");
        assertThat(CsvCellValues.valueOf("   ")).isEqualTo("   ");
    }
}

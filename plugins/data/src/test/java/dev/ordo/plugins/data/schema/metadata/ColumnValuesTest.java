package dev.ordo.plugins.data.schema.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnValuesTest {

    @Test
    void booleansFromEveryFlavour() {
        assertThat(ColumnValues.normalise(true, ColumnKind.BOOLEAN)).isEqualTo(true);
        assertThat(ColumnValues.normalise(1, ColumnKind.BOOLEAN)).isEqualTo(true);
        assertThat(ColumnValues.normalise(0, ColumnKind.BOOLEAN)).isEqualTo(false);
        assertThat(ColumnValues.normalise(1L, ColumnKind.BOOLEAN)).isEqualTo(true);
        assertThat(ColumnValues.normalise((byte) 0, ColumnKind.BOOLEAN)).isEqualTo(false);
        assertThat(ColumnValues.normalise("1", ColumnKind.BOOLEAN)).isEqualTo(true);
        assertThat(ColumnValues.normalise("t", ColumnKind.BOOLEAN)).isEqualTo(true);
        assertThat(ColumnValues.normalise("false", ColumnKind.BOOLEAN)).isEqualTo(false);
        assertThat(ColumnValues.normalise(null, ColumnKind.BOOLEAN)).isNull();
    }

    @Test
    void aBooleanColumnHoldingSomethingElseIsAnError() {
        assertThatThrownBy(() -> ColumnValues.normalise("maybe", ColumnKind.BOOLEAN))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a boolean: maybe");
    }

    @Test
    void integersFromAnyNumberOrText() {
        assertThat(ColumnValues.normalise(7L, ColumnKind.INTEGER)).isEqualTo(7);
        assertThat(ColumnValues.normalise(new BigDecimal("3"), ColumnKind.INTEGER)).isEqualTo(3);
        assertThat(ColumnValues.normalise(" 12 ", ColumnKind.INTEGER)).isEqualTo(12);
    }

    @Test
    void csvSplitsTrimsAndDropsEmptyEntries() {
        assertThat(ColumnValues.normalise("m2o,file", ColumnKind.CSV)).isEqualTo(List.of("m2o", "file"));
        assertThat(ColumnValues.normalise(" a , ,b", ColumnKind.CSV)).isEqualTo(List.of("a", "b"));
        assertThat(ColumnValues.normalise("", ColumnKind.CSV)).isEqualTo(List.of());
        assertThat(ColumnValues.normalise(null, ColumnKind.CSV)).isNull();
    }

    @Test
    void jsonIsParsedAndTextIsText() {
        assertThat(ColumnValues.normalise("{\"a\":1}", ColumnKind.JSON)).isEqualTo(Map.of("a", 1));
        assertThat(ColumnValues.normalise("{\"a\":1}", ColumnKind.TEXT)).isEqualTo("{\"a\":1}");
    }
}

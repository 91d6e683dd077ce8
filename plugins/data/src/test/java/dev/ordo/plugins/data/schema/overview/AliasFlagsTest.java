package dev.ordo.plugins.data.schema.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AliasFlagsTest {

    @ParameterizedTest
    @ValueSource(strings = {"alias", "o2m", "m2m", "m2a", "o2a", "files", "translations", "group", "no-data"})
    void eachAliasFlagMarksAnAlias(String flag) {
        assertThat(AliasFlags.marksAlias(List.of("cast-json", flag))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"m2o", "file", "uuid", "cast-json", "date-created", "conceal"})
    void columnFlagsDoNot(String flag) {
        assertThat(AliasFlags.marksAlias(List.of(flag))).isFalse();
    }
}

package dev.ordo.plugins.data.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.plugins.data.testing.MapSettings;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MutationLimitTest {

    @Test
    void isUnlimitedUnlessSet() {
        assertThat(MutationLimit.from(new MapSettings(Map.of()))).isEqualTo(MutationLimit.UNLIMITED);
        assertThat(MutationLimit.from(new MapSettings(Map.of("MAX_BATCH_MUTATION", "Infinity"))))
            .isEqualTo(MutationLimit.UNLIMITED);
        assertThat(MutationLimit.from(new MapSettings(Map.of("MAX_BATCH_MUTATION", " 250 "))).maximum())
            .isEqualTo(OptionalLong.of(250));
    }

    @Test
    void anythingElseNamesTheSetting() {
        assertThatThrownBy(() -> MutationLimit.from(new MapSettings(Map.of("MAX_BATCH_MUTATION", "lots"))))
            .isInstanceOf(InvalidSettingException.class).hasMessageContaining("MAX_BATCH_MUTATION");
    }

    @Test
    void theCounterRefusesTheFirstRowOverTheLimit() {
        MutationCounter counter = new MutationCounter(MutationLimit.of(3));
        counter.add(2);
        counter.add(1);

        assertThatThrownBy(() -> counter.add(1)).isInstanceOf(InvalidPayloadException.class)
            .hasMessage("Invalid payload. Exceeded max batch mutation limit of 3.");
    }
}

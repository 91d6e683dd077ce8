package dev.ordo.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtensionApiTest {

    @Test
    void theVersionComesFromTheBuildAndIsSemantic() {
        assertThat(ExtensionApi.VERSION).matches("\\d+\\.\\d+\\.\\d+").isNotEqualTo("0.0.0");
    }
}

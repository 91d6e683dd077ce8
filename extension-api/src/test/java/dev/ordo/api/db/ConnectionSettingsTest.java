package dev.ordo.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void thePasswordNeverAppearsInText() {
        ConnectionSettings settings = new ConnectionSettings("pg", Optional.empty(), Optional.of("db"), OptionalInt.of(5432),
            Optional.of("content"), Optional.of("ordo"), Optional.of("hunter2"), Map.of());

        assertThat(settings.toString())
            .doesNotContain("hunter2")
            .isEqualTo("ConnectionSettings[client=pg, host=db, port=5432, database=content, user=ordo, password=***]");
    }
}

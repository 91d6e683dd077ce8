package dev.ordo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.testing.IntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Rows written beside the API (by another program, or by a test checking its fixture) are seen by the next request:
 * Ordo keeps no read transaction open between requests. On SQLite this also proves the test harness shares the
 * host's copy of the SQLite library (see {@code TestDatabase#servedBy}).
 */
class DirectWritesTest extends IntegrationTest {

    @Test
    void rowsWrittenBesideTheApiAreSeenOnTheNextRequest() throws Exception {
        assertThat(ordo.get("/server/info").data().path("project").path("project_name").asText()).isEqualTo("Directus");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO directus_settings (project_name) VALUES ('One')");
        }
        assertThat(ordo.get("/server/info").data().path("project").path("project_name").asText()).isEqualTo("One");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE directus_settings SET project_name = 'Two'");
        }
        assertThat(ordo.get("/server/info").data().path("project").path("project_name").asText()).isEqualTo("Two");
    }
}

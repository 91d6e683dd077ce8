package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.api.http.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportResponseTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:20:30Z"), ZoneOffset.UTC);

    private static String body(Response response) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((Response.Body.Stream) response.body()).writer().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void streamsTheItemsAsAnUncachedAttachment() throws Exception {
        Response response = ExportResponse.of(Optional.of("articles"), ExportFormat.CSV,
            List.of(object("id", 1), object("id", 2)).iterator(), clock);

        assertThat(response.status()).isEqualTo(200);
        assertThat(((Response.Body.Stream) response.body()).contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(response.headers()).containsEntry("Content-Disposition",
                "attachment; filename=\"articles 20260301-102030.csv\"")
            .containsEntry("Cache-Control", "no-cache")
            .containsEntry("Vary", "Origin, Cache-Control");
        assertThat(body(response)).isEqualTo("\"id\"\n1\n2");
    }

    @Test
    void exportsOneItemAsItself() throws Exception {
        Response response = ExportResponse.ofOne(Optional.empty(), ExportFormat.JSON, object("id", 1), clock);

        assertThat(response.headers()).containsEntry("Content-Disposition",
            "attachment; filename=\"Export 20260301-102030.json\"");
        assertThat(body(response)).isEqualTo("{\n\t\"id\": 1\n}");
    }
}

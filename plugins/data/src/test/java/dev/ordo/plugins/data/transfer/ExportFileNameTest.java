package dev.ordo.plugins.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportFileNameTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void padsTheDateButNotTheTimeAsDirectusDoes() {
        assertThat(ExportFileName.of(Optional.of("articles"), ExportFormat.CSV, at("2023-01-01T01:23:45.678Z")))
            .isEqualTo("articles 20230101-12345.csv");
        assertThat(ExportFileName.of(Optional.of("articles"), ExportFormat.JSON, at("2023-11-11T12:34:56.789Z")))
            .isEqualTo("articles 20231111-123456.json");
        assertThat(ExportFileName.of(Optional.of("articles"), ExportFormat.XML, at("2026-03-01T09:05:04Z")))
            .isEqualTo("articles 20260301-954.xml");
    }

    @Test
    void namesExportsWithoutACollectionExportAndSavesCsvUtf8AsCsv() {
        assertThat(ExportFileName.of(Optional.empty(), ExportFormat.CSV_UTF8, at("2026-12-31T23:59:59Z")))
            .isEqualTo("Export 20261231-235959.csv");
    }

    @Test
    void usesTheClocksZone() {
        Clock paris = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Europe/Paris"));

        assertThat(ExportFileName.of(Optional.of("a"), ExportFormat.YAML, paris)).isEqualTo("a 20270101-0300.yaml");
    }

    @Test
    void offersTheNameAsAnAttachment() {
        assertThat(ExportFileName.contentDisposition("articles 20230101-12345.csv"))
            .isEqualTo("attachment; filename=\"articles 20230101-12345.csv\"");
        assertThat(ExportFileName.contentDisposition("say \"hi\"\\.json"))
            .isEqualTo("attachment; filename=\"say \\\"hi\\\"\\\\.json\"");
    }

    @Test
    void addsAnRfc5987NameForNamesThatAreNotPrintableAscii() {
        assertThat(ExportFileName.contentDisposition("café 20230101-12345.csv")).isEqualTo(
            "attachment; filename=\"caf? 20230101-12345.csv\"; filename*=UTF-8''caf%C3%A9%2020230101-12345.csv");
        assertThat(ExportFileName.contentDisposition("a\r\nb.csv"))
            .isEqualTo("attachment; filename=\"a??b.csv\"; filename*=UTF-8''a%0D%0Ab.csv");
        assertThat(ExportFileName.contentDisposition("100%25.csv"))
            .isEqualTo("attachment; filename=\"100%25.csv\"; filename*=UTF-8''100%2525.csv");
    }
}

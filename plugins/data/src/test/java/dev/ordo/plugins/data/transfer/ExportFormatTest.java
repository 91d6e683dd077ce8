package dev.ordo.plugins.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void namesTheFormatsAsTheApiDoes() {
        assertThat(ExportFormat.of("json")).contains(ExportFormat.JSON);
        assertThat(ExportFormat.of("csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.of("csv_utf8")).contains(ExportFormat.CSV_UTF8);
        assertThat(ExportFormat.of("xml")).contains(ExportFormat.XML);
        assertThat(ExportFormat.of("yaml")).contains(ExportFormat.YAML);
        assertThat(ExportFormat.of("JSON")).isEmpty();
        assertThat(ExportFormat.of("xlsx")).isEmpty();
        assertThat(ExportFormat.CSV_UTF8).hasToString("csv_utf8");
    }

    @Test
    void answersWithDirectusContentTypesAndExtensions() {
        assertThat(ExportFormat.JSON.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(ExportFormat.CSV.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(ExportFormat.CSV_UTF8.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(ExportFormat.XML.contentType()).isEqualTo("text/xml; charset=utf-8");
        assertThat(ExportFormat.YAML.contentType()).isEqualTo("text/yaml; charset=utf-8");
        assertThat(ExportFormat.CSV_UTF8.extension()).isEqualTo("csv");
        assertThat(ExportFormat.YAML.extension()).isEqualTo("yaml");
    }

    @Test
    void givesEachFormatItsExporter() {
        assertThat(ExportFormat.JSON.exporter()).isInstanceOf(JsonExporter.class);
        assertThat(ExportFormat.CSV.exporter()).isInstanceOf(CsvExporter.class);
        assertThat(ExportFormat.XML.exporter()).isInstanceOf(XmlExporter.class);
        assertThat(ExportFormat.YAML.exporter()).isInstanceOf(YamlExporter.class);
    }
}

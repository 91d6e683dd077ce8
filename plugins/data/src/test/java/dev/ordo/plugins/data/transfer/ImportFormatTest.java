package dev.ordo.plugins.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.UnsupportedMediaTypeException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportFormatTest {

    @Test
    void choosesTheFormatByMediaType() {
        assertThat(ImportFormat.forMediaType("application/json")).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.forMediaType("text/csv")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.forMediaType("Text/CSV; charset=utf-8")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.forMediaType("application/vnd.ms-excel")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.JSON.importer()).isInstanceOf(JsonImporter.class);
        assertThat(ImportFormat.CSV.importer()).isInstanceOf(CsvImporter.class);
    }

    @Test
    void refusesOtherMediaTypes() {
        assertThatThrownBy(() -> ImportFormat.forMediaType("application/xml"))
            .isInstanceOfSatisfying(UnsupportedMediaTypeException.class, e -> {
                assertThat(e.status()).isEqualTo(415);
                assertThat(e.extensions()).isEqualTo(Map.of("mediaType", "application/xml", "where", "file import"));
            });
    }
}

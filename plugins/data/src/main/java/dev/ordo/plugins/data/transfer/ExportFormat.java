package dev.ordo.plugins.data.transfer;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The formats of {@code ?export=} and {@code /utils/export/:collection}, with the content type and file extension
 * Directus answers them with. Directus sets {@code text/csv}, {@code text/xml}, ... and Express adds
 * {@code charset=utf-8} to every one of them on the wire, so they all carry it here; {@code csv_utf8} differs from
 * {@code csv} only by its byte order mark, and is saved as {@code .csv}.
 */
public enum ExportFormat {
    JSON("json", "application/json; charset=utf-8", "json", JsonExporter::new),
    CSV("csv", "text/csv; charset=utf-8", "csv", CsvExporter::csv),
    CSV_UTF8("csv_utf8", "text/csv; charset=utf-8", "csv", CsvExporter::csvUtf8),
    XML("xml", "text/xml; charset=utf-8", "xml", XmlExporter::new),
    YAML("yaml", "text/yaml; charset=utf-8", "yaml", YamlExporter::new);

    private final String id;
    private final String contentType;
    private final String extension;
    private final Supplier<ItemExporter> exporter;

    ExportFormat(String id, String contentType, String extension, Supplier<ItemExporter> exporter) {
        this.id = id;
        this.contentType = contentType;
        this.extension = extension;
        this.exporter = exporter;
    }

    /** The format named {@code id} as the API spells it ({@code csv_utf8}); case-sensitive, as Directus is. */
    public static Optional<ExportFormat> of(String id) {
        for (ExportFormat format : values()) {
            if (format.id.equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The name in the API: {@code json}, {@code csv}, {@code csv_utf8}, {@code xml}, {@code yaml}. */
    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public ItemExporter exporter() {
        return exporter.get();
    }

    @Override
    public String toString() {
        return id;
    }
}

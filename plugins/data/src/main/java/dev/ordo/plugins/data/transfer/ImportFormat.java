package dev.ordo.plugins.data.transfer;

import dev.ordo.api.error.UnsupportedMediaTypeException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/** The formats {@code /utils/import/:collection} reads, chosen by the media type of the uploaded file part. */
public enum ImportFormat {
    JSON(JsonImporter::new),
    CSV(CsvImporter::new);

    private final Supplier<ItemImporter> importer;

    ImportFormat(Supplier<ItemImporter> importer) {
        this.importer = importer;
    }

    /**
     * {@code application/json} is JSON; {@code text/csv} and {@code application/vnd.ms-excel} (what browsers on
     * Windows send for {@code .csv} files) are CSV. Parameters and case are ignored. Anything else is 415
     * {@code UNSUPPORTED_MEDIA_TYPE}, as in Directus.
     */
    public static ImportFormat forMediaType(String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        String essence = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (essence) {
            case "application/json" -> JSON;
            case "text/csv", "application/vnd.ms-excel" -> CSV;
            default -> throw new UnsupportedMediaTypeException(mediaType, "file import");
        };
    }

    public ItemImporter importer() {
        return importer.get();
    }
}

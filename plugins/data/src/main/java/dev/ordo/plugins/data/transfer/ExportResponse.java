package dev.ordo.plugins.data.transfer;

import dev.ordo.api.http.Response;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a read with {@code ?export=}: the items streamed as an attachment. Exports are never cached, and the
 * host adds its caching headers to JSON bodies only, so they are set here as Directus sets them.
 */
public final class ExportResponse {

    private ExportResponse() {
    }

    /** A list read exported; {@code items} is consumed while the body is written. */
    public static Response of(Optional<String> collection, ExportFormat format, Iterator<? extends Map<String, ?>> items,
                              Clock clock) {
        ItemExporter exporter = format.exporter();
        return attachment(collection, format, clock, Response.stream(200, format.contentType(),
            out -> exporter.write(items, out)));
    }

    /** A single-item read exported: the item itself rather than a list of one. */
    public static Response ofOne(Optional<String> collection, ExportFormat format, Map<String, ?> item, Clock clock) {
        ItemExporter exporter = format.exporter();
        return attachment(collection, format, clock, Response.stream(200, format.contentType(),
            out -> exporter.writeOne(item, out)));
    }

    private static Response attachment(Optional<String> collection, ExportFormat format, Clock clock, Response body) {
        return body
            .withHeader("Content-Disposition", ExportFileName.contentDisposition(ExportFileName.of(collection, format, clock)))
            .withHeader("Cache-Control", "no-cache")
            .withHeader("Vary", "Origin, Cache-Control");
    }
}

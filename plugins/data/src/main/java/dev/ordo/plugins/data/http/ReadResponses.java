package dev.ordo.plugins.data.http;

import dev.ordo.api.http.Response;
import dev.ordo.api.items.ReadResult;
import dev.ordo.api.query.Query;
import dev.ordo.plugins.data.transfer.ExportFormat;
import dev.ordo.plugins.data.transfer.ExportResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The answers of reads, as Directus's respond middleware gives them: the export file when {@code export} asks. */
final class ReadResponses {

    private ReadResponses() {
    }

    /** A list: {@code {data, meta?}}, or the export file. */
    static Response list(String collection, Query query, ReadResult result, Clock clock) {
        Optional<ExportFormat> export = query.export().flatMap(ExportFormat::of);
        if (export.isPresent()) {
            return ExportResponse.of(Optional.of(collection), export.get(), result.data().iterator(), clock);
        }
        return query.meta().isEmpty() ? Response.data(result.data()) : Response.data(result.data(), result.meta());
    }

    /** One item as an export file, when the query asks for one. */
    static Optional<Response> exported(String collection, Query query, Map<String, Object> item, Clock clock) {
        return query.export().flatMap(ExportFormat::of)
            .map(format -> ExportResponse.ofOne(Optional.of(collection), format, item, clock));
    }
}

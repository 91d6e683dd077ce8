package dev.ordo.plugins.data.items;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.MultipleErrorsException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.plugins.data.transfer.ImportFormat;
import dev.ordo.plugins.data.transfer.ImportedItems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports one file into a collection, as Directus's {@code ImportService} does: the file is read in the format its
 * media type names ({@code application/json}, {@code text/csv}; 415 for any other), one item at a time, and each item
 * is upserted by primary key through the items service, all in one transaction. The first failing row rolls the
 * whole file back; an error about a field says which row it came from ({@code rows}, Directus's shape).
 */
public final class ItemFileImport {

    private final DataItemsService items;

    public ItemFileImport(DataItemsService items) {
        this.items = Objects.requireNonNull(items, "items");
    }

    /** @return how many items were written */
    public long importFile(String collection, String mediaType, InputStream content, Accountability caller) {
        ImportFormat format = ImportFormat.forMediaType(mediaType);
        try (ImportedItems rows = format.importer().read(content)) {
            try {
                return items.upsertEach(collection, rows, caller);
            } catch (OrdoException e) {
                throw withRow(e, rows.rowNumber());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidPayloadException("The uploaded file could not be read");
        }
    }

    /**
     * A field's error (validation, uniqueness, a missing value) with the row it came from, as Directus's import
     * reports it: {@code rows: [{type: "lines", rows: [n]}]}; each of several errors gets it. Other errors, and those
     * of reading the file (which name their row and line in the message), are passed on as they are.
     */
    static OrdoException withRow(OrdoException error, long row) {
        if (error.errors().size() > 1) {
            return MultipleErrorsException.of(error.errors().stream().map(each -> withRow(each, row)).toList());
        }
        if (row <= 0 || !error.extensions().containsKey("field") || error.extensions().containsKey("rows")) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>(error.extensions());
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("type", "lines");
        lines.put("rows", List.of(row));
        extensions.put("rows", List.of(lines));
        return new OrdoException(error.code(), error.getMessage(), extensions, error);
    }
}

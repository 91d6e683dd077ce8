package dev.ordo.plugins.data.transfer;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;

/**
 * The items of an import, read one at a time as they are asked for. {@link #hasNext()} and {@link #next()} throw
 * {@link dev.ordo.api.error.InvalidPayloadException} for malformed input, naming the row and line, and
 * {@link java.io.UncheckedIOException} when the stream itself fails. Closing closes the stream.
 */
public interface ImportedItems extends Iterator<Map<String, Object>>, Closeable {

    /**
     * The row of the item {@link #next()} returned last, counted from 1 as Directus counts import rows (the first
     * element of a JSON array, the first record after a CSV header); 0 before the first item.
     */
    long rowNumber();
}

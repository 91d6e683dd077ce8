package dev.ordo.plugins.data.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes items in one export format. Items are consumed one at a time as they are written, so an iterator over a
 * database cursor is never held in memory whole. The stream is flushed, not closed.
 */
public interface ItemExporter {

    /** Writes a list of items: what {@code ?export=} answers on a list read and what {@code /utils/export} stores. */
    void write(Iterator<? extends Map<String, ?>> items, OutputStream out) throws IOException;

    /**
     * Writes one item, for single-item reads ({@code /items/:collection/:id?export=}): Directus serialises the object
     * itself rather than a list of one. By default the same as a list of one item.
     */
    default void writeOne(Map<String, ?> item, OutputStream out) throws IOException {
        write(List.of(item).iterator(), out);
    }
}

package dev.ordo.plugins.data.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What every import format's items share: one item read ahead, rows counted as they are read, the row of the item
 * returned last remembered, and the source closed with them. A format only says how to read its next item.
 */
abstract class ReadAheadItems implements ImportedItems {

    private final Closeable source;
    /** Set by {@link #advance()} at the end of the input or after a failure. */
    protected boolean finished;
    /** Rows read so far, counted by {@link #advance()}. */
    protected long rowsRead;
    private Map<String, Object> next;
    private long rowReturned;

    ReadAheadItems(Closeable source) {
        this.source = source;
    }

    /** The item of the next record; null for a skipped record, or at the end (then {@link #finished} is set). */
    protected abstract Map<String, Object> advance();

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Map<String, Object> item = next;
        next = null;
        rowReturned = rowsRead;
        return item;
    }

    @Override
    public long rowNumber() {
        return rowReturned;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        source.close();
    }
}

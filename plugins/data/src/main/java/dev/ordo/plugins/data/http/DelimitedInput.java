package dev.ordo.plugins.data.http;

import dev.ordo.api.error.InvalidPayloadException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream cut into sections by a delimiter, read through a small window so that a section of any length passes
 * without being held in memory. A section is read up to its delimiter, which is consumed; {@link #nextSection()}
 * then starts the next one. Bytes right after a delimiter can also be read one by one ({@link #rawByte()}).
 */
final class DelimitedInput {

    private static final int WINDOW_SIZE = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] window;
    private int start;
    private int end;
    private boolean exhausted;
    private boolean atDelimiter;

    /** @param prefix bytes read as if they came before {@code in} (multipart's leading line break) */
    DelimitedInput(InputStream in, byte[] delimiter, byte[] prefix) {
        this.in = in;
        this.delimiter = delimiter.clone();
        this.window = new byte[Math.max(WINDOW_SIZE, delimiter.length * 4 + prefix.length)];
        System.arraycopy(prefix, 0, window, 0, prefix.length);
        this.end = prefix.length;
    }

    /**
     * Reads bytes of the current section; -1 once its delimiter is reached. The stream ending before the delimiter
     * is a truncated body: 400 {@code INVALID_PAYLOAD}, {@code Unexpected end of form} (busboy's words).
     */
    int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (atDelimiter) {
            return -1;
        }
        fill(delimiter.length);
        int found = indexOfDelimiter();
        if (found == start) {
            start += delimiter.length;
            atDelimiter = true;
            return -1;
        }
        if (found < 0 && exhausted) {
            // A section always ends with a delimiter: without one the body was cut short, and what is left of it
            // is not content.
            throw new InvalidPayloadException("Unexpected end of form");
        }
        // Without a delimiter in sight, the last bytes may be the beginning of one: they wait for more input.
        int available = found >= 0 ? found - start : end - start - delimiter.length + 1;
        int count = Math.min(length, available);
        System.arraycopy(window, start, target, offset, count);
        start += count;
        return count;
    }

    /** Reads and drops the rest of the current section, up to its delimiter. */
    void skipSection() throws IOException {
        byte[] discard = new byte[4096];
        while (read(discard, 0, discard.length) >= 0) {
            // dropped
        }
    }

    /** After a section's delimiter was reached, starts reading the next section. */
    void nextSection() {
        atDelimiter = false;
    }

    /** The next byte, delimiters or not; -1 at the end of the stream. */
    int rawByte() throws IOException {
        fill(1);
        return start == end ? -1 : window[start++] & 0xff;
    }

    /** Makes at least {@code wanted} bytes available in the window, unless the stream ends first. */
    private void fill(int wanted) throws IOException {
        if (end - start >= wanted || exhausted) {
            return;
        }
        System.arraycopy(window, start, window, 0, end - start);
        end -= start;
        start = 0;
        while (end < wanted && !exhausted) {
            int read = in.read(window, end, window.length - end);
            if (read < 0) {
                exhausted = true;
            } else {
                end += read;
            }
        }
    }

    /** Where the delimiter starts in the window, or -1. */
    private int indexOfDelimiter() {
        int last = end - delimiter.length;
        for (int i = start; i <= last; i++) {
            if (window[i] == delimiter[0] && matchesAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesAt(int position) {
        for (int j = 1; j < delimiter.length; j++) {
            if (window[position + j] != delimiter[j]) {
                return false;
            }
        }
        return true;
    }
}

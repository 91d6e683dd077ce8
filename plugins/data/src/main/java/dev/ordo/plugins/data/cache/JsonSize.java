package dev.ordo.plugins.data.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/** The size in bytes of a value written as JSON, counted without keeping the text. */
final class JsonSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSize() {
    }

    /** The byte count, or {@link Long#MAX_VALUE} for a value that cannot be written as JSON. */
    static long of(Object value) {
        CountingStream counter = new CountingStream();
        try {
            JSON.writeValue(counter, value);
            return counter.count;
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}

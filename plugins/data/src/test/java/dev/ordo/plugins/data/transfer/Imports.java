package dev.ordo.plugins.data.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs an importer over text for the transfer tests. */
final class Imports {

    private Imports() {
    }

    static List<Map<String, Object>> readAll(ItemImporter importer, String text) throws IOException {
        return readAll(importer, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Map<String, Object>> readAll(ItemImporter importer, byte[] bytes) throws IOException {
        List<Map<String, Object>> items = new ArrayList<>();
        try (ImportedItems read = importer.read(new ByteArrayInputStream(bytes))) {
            read.forEachRemaining(items::add);
        }
        return items;
    }

    /** An endless stream: {@code prefix}, then {@code repeated} forever; counts the bytes read from it. */
    static final class EndlessInput extends InputStream {
        private final byte[] prefix;
        private final byte[] repeated;
        long served;
        boolean closed;

        EndlessInput(String prefix, String repeated) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.repeated = repeated.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte b = served < prefix.length ? prefix[(int) served]
                : repeated[(int) ((served - prefix.length) % repeated.length)];
            served++;
            return b & 0xFF;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

package dev.ordo.plugins.data.transfer;

import static dev.ordo.plugins.data.testing.JsonMaps.object;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Items for the transfer tests, and a way to run an exporter to text. */
final class Samples {

    private Samples() {
    }

    /** One item with a nested object, an array, and each kind of scalar. */
    static Map<String, Object> article() {
        return object(
            "id", 1,
            "title", "Hello, \"world\"",
            "author", object("name", "Ada", "born", 1815),
            "tags", List.of("a", "b"),
            "published", true,
            "rating", new BigDecimal("4.5"),
            "note", null);
    }

    static String export(ItemExporter exporter, List<? extends Map<String, ?>> items) throws IOException {
        return new String(exportBytes(exporter, items.iterator()), StandardCharsets.UTF_8);
    }

    static String exportOne(ItemExporter exporter, Map<String, ?> item) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeOne(item, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] exportBytes(ItemExporter exporter, Iterator<? extends Map<String, ?>> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(items, out);
        return out.toByteArray();
    }

    /** {@code count} items made as they are asked for, counting how many were. */
    static final class CountingItems implements Iterator<Map<String, ?>> {
        private final int count;
        int pulled;

        CountingItems(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return pulled < count;
        }

        @Override
        public Map<String, ?> next() {
            pulled++;
            return object("id", pulled, "title", "item number " + pulled, "author", object("name", "Ada"));
        }
    }

    /** Remembers how many items had been pulled when the first byte reached it. */
    static final class FirstWriteProbe extends java.io.OutputStream {
        private final CountingItems items;
        int pulledAtFirstWrite = -1;
        long bytes;

        FirstWriteProbe(CountingItems items) {
            this.items = items;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (pulledAtFirstWrite < 0 && len > 0) {
                pulledAtFirstWrite = items.pulled;
            }
            bytes += len;
        }
    }
}

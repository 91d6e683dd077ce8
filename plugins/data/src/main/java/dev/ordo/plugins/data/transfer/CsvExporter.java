package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code csv} and {@code csv_utf8}: RFC 4180 CSV in json2csv's shape, as Directus writes it. The header and every
 * string are quoted ({@code "} doubled inside), numbers and booleans are bare, {@code null} is an empty cell, nested
 * objects are flattened to dotted columns ({@code author.name}) and arrays are written as JSON text. Lines are
 * separated by {@code \n} and the last one has none, as json2csv stops. No items, or items without any value, give an
 * empty body: no header and no byte order mark, as in Directus.
 *
 * <p>The header must be written before the first row, so without {@linkplain #withColumns explicit columns} it is the
 * union of the flattened columns of the first {@value #DEFAULT_HEADER_SAMPLE} items, in the order they first appear
 * (only that sample is held in memory). Later items are written under that header: their values in columns it lacks
 * are left out, and an object met in a column the sample knew only as a plain value (with no dotted columns under
 * it) is written there as JSON text. Callers that know the fields of the query (as Directus's export-to-file does)
 * pass them as explicit columns.
 */
public final class CsvExporter implements ItemExporter {

    public static final int DEFAULT_HEADER_SAMPLE = 1000;

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvFactory FACTORY = CsvFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
        .build();

    private final boolean byteOrderMark;
    private final Optional<List<String>> columns;
    private final int headerSample;

    private CsvExporter(boolean byteOrderMark, Optional<List<String>> columns, int headerSample) {
        if (headerSample < 1) {
            throw new IllegalArgumentException("the header sample must hold at least one item");
        }
        this.byteOrderMark = byteOrderMark;
        this.columns = columns.map(List::copyOf);
        this.headerSample = headerSample;
    }

    /** {@code csv}. */
    public static CsvExporter csv() {
        return new CsvExporter(false, Optional.empty(), DEFAULT_HEADER_SAMPLE);
    }

    /** {@code csv_utf8}: the same, after a UTF-8 byte order mark so that spreadsheet programs pick the encoding. */
    public static CsvExporter csvUtf8() {
        return new CsvExporter(true, Optional.empty(), DEFAULT_HEADER_SAMPLE);
    }

    /** The same exporter with a fixed header, in this order ({@code author.name} for nested values). */
    public CsvExporter withColumns(List<String> fixedColumns) {
        return new CsvExporter(byteOrderMark, Optional.of(fixedColumns), headerSample);
    }

    /** The same exporter finding its header in the first {@code items} items. */
    public CsvExporter withHeaderSample(int items) {
        return new CsvExporter(byteOrderMark, columns, items);
    }

    @Override
    public void write(Iterator<? extends Map<String, ?>> items, OutputStream out) throws IOException {
        List<FlattenedRow> sample = new ArrayList<>();
        Set<String> header = new LinkedHashSet<>(columns.orElse(List.of()));
        if (columns.isEmpty()) {
            while (sample.size() < headerSample && items.hasNext()) {
                FlattenedRow row = FlattenedRow.of(items.next());
                sample.add(row);
                header.addAll(row.columns());
            }
        }
        if (sample.isEmpty() && !items.hasNext() || header.isEmpty()) {
            return;
        }
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        List<Column> layout = layout(header);
        try (CsvGenerator generator = (CsvGenerator) FACTORY.createGenerator(new WithoutFinalLineBreak(out),
            JsonEncoding.UTF8)) {
            generator.setSchema(schema.build().withHeader().withLineSeparator("\n"));
            for (FlattenedRow row : sample) {
                writeRow(generator, layout, row);
            }
            while (items.hasNext()) {
                writeRow(generator, layout, FlattenedRow.of(items.next()));
            }
        }
    }

    /**
     * Holds a line break back until more bytes follow it: the generator ends every row with one, and the body ends
     * without. Bytes pass straight through otherwise, so the export still streams.
     */
    private static final class WithoutFinalLineBreak extends FilterOutputStream {

        private boolean lineBreakHeld;

        WithoutFinalLineBreak(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            if (lineBreakHeld) {
                out.write('\n');
            }
            lineBreakHeld = bytes[offset + length - 1] == '\n';
            out.write(bytes, offset, lineBreakHeld ? length - 1 : length);
        }
    }

    /** @param objectFallback whether an object met here is written as JSON: only if no column holds its fields */
    private record Column(String name, boolean objectFallback) {
    }

    private static List<Column> layout(Set<String> header) {
        List<Column> layout = new ArrayList<>(header.size());
        for (String name : header) {
            boolean expanded = header.stream().anyMatch(other -> other.startsWith(name + "."));
            layout.add(new Column(name, !expanded));
        }
        return layout;
    }

    private static void writeRow(CsvGenerator generator, List<Column> layout, FlattenedRow row) throws IOException {
        generator.writeStartArray();
        for (Column column : layout) {
            writeCell(generator, row.cell(column.name(), column.objectFallback()));
        }
        generator.writeEndArray();
    }

    private static void writeCell(CsvGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            double real = number.doubleValue();
            if (Double.isFinite(real)) {
                generator.writeNumber(value instanceof Float single ? Double.parseDouble(single.toString()) : real);
            } else {
                generator.writeNull();
            }
        } else if (value instanceof Map<?, ?> || value instanceof Iterable<?> || value instanceof Object[]) {
            generator.writeString(JsonValueWriter.toJsonText(value));
        } else {
            generator.writeString(value.toString());
        }
    }
}

package dev.ordo.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain value trees routes answer with ({@code Map}, {@code List}, strings, numbers, booleans,
 * {@code null}) straight onto a generator. Jackson's generic map serializer looks up a serializer for every value;
 * on a ten-thousand-row answer that lookup costs more than the writing. Any other value goes to the mapper.
 */
final class JsonTreeWriter {

    private final ObjectMapper mapper;

    JsonTreeWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void write(JsonGenerator out, Object value) throws IOException {
        // Classes before interfaces: a class test is one comparison, a failed interface test a scan of the value's
        // interfaces, and most values of a row are strings and numbers.
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Double number) {
            out.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            out.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(out, map);
        } else if (value instanceof List<?> list) {
            out.writeStartArray(list, list.size());
            for (Object element : list) {
                write(out, element);
            }
            out.writeEndArray();
        } else {
            mapper.writeValue(out, value);
        }
    }

    /** Walks the map with {@code forEach}, which compact maps can serve without making an entry per key. */
    private void writeObject(JsonGenerator out, Map<?, ?> map) throws IOException {
        out.writeStartObject(map);
        try {
            map.forEach((key, value) -> {
                try {
                    out.writeFieldName(String.valueOf(key));
                    write(out, value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.writeEndObject();
    }
}

package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Writes plain JSON values onto any Jackson generator (JSON, YAML): {@code Map}, {@code Iterable} and arrays,
 * {@code String}, {@code Number}, {@code Boolean} and {@code null}. Other objects are written as their
 * {@code toString()}; non-finite numbers as {@code null}, as {@code JSON.stringify} does.
 */
final class JsonValueWriter {

    private static final JsonFactory COMPACT = JsonFactory.builder()
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();

    private JsonValueWriter() {
    }

    static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Number number) {
            writeNumber(generator, number);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable<?> values) {
            generator.writeStartArray();
            for (Object element : values) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof Object[] values) {
            generator.writeStartArray();
            for (Object element : values) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else {
            generator.writeString(value.toString());
        }
    }

    /** The value as compact JSON text, as {@code JSON.stringify(value)} writes it. */
    static String toJsonText(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = COMPACT.createGenerator(text)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A scalar as text, as JavaScript's {@code String(value)} gives it: numbers as in JSON, strings unquoted. */
    static String toScalarText(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return toJsonText(value);
        }
        return String.valueOf(value);
    }

    private static void writeNumber(JsonGenerator generator, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            generator.writeNumber(number.longValue());
        } else if (number instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (number instanceof Float single) {
            if (Float.isFinite(single)) {
                generator.writeNumber(single);
            } else {
                generator.writeNull();
            }
        } else {
            double real = number.doubleValue();
            if (Double.isFinite(real)) {
                generator.writeNumber(real);
            } else {
                generator.writeNull();
            }
        }
    }
}

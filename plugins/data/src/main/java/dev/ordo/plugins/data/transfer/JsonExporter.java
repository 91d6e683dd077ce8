package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

/** {@code json}: a tab-indented JSON array, as Directus writes it (no newline after the closing bracket). */
public final class JsonExporter implements ItemExporter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();

    @Override
    public void write(Iterator<? extends Map<String, ?>> items, OutputStream out) throws IOException {
        try (JsonGenerator generator = open(out)) {
            generator.writeStartArray();
            while (items.hasNext()) {
                JsonValueWriter.write(generator, items.next());
            }
            generator.writeEndArray();
        }
    }

    @Override
    public void writeOne(Map<String, ?> item, OutputStream out) throws IOException {
        try (JsonGenerator generator = open(out)) {
            JsonValueWriter.write(generator, item);
        }
    }

    private static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.setPrettyPrinter(new TabIndentPrettyPrinter());
        return generator;
    }
}

package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code yaml}: a block sequence of mappings without a {@code ---} marker, like js-yaml's {@code dump}. Strings are
 * quoted only where YAML would read them as something else ({@code "123"}, {@code "true"}, {@code "a: b"}), and long
 * strings are not folded, so every value reads back as it was written.
 */
public final class YamlExporter implements ItemExporter {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();

    @Override
    public void write(Iterator<? extends Map<String, ?>> items, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartArray();
            while (items.hasNext()) {
                JsonValueWriter.write(generator, items.next());
            }
            generator.writeEndArray();
        }
    }

    @Override
    public void writeOne(Map<String, ?> item, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            JsonValueWriter.write(generator, item);
        }
    }
}

package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code yaml}: a block sequence of mappings without a {@code ---} marker, like js-yaml's {@code dump}. Strings are
 * quoted only where YAML would read them as something else ({@code "123"}, {@code "true"}, {@code "a: b"}, and the
 * dates and times YAML 1.1 reads as timestamps or base-60 numbers: {@code "2024-01-02"}, {@code "10:11:12"}, which
 * js-yaml quotes too), and long strings are not folded, so every value reads back as it was written. js-yaml quotes
 * with single quotes where Jackson writes double ones; both read back alike.
 */
public final class YamlExporter implements ItemExporter {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        // js-yaml indents a sequence under its key ("tags:\n  - a"), where SnakeYAML would not.
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .stringQuotingChecker(new DatesQuoted())
        .build();

    /**
     * Each item is written as a mapping, then turned into an entry of the sequence ({@code "- "} before its first
     * line, two spaces before the others): a whole sequence written by the generator would be indented as well.
     */
    @Override
    public void write(Iterator<? extends Map<String, ?>> items, OutputStream out) throws IOException {
        if (!items.hasNext()) {
            out.write("[]\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        ByteArrayOutputStream mapping = new ByteArrayOutputStream();
        while (items.hasNext()) {
            mapping.reset();
            writeOne(items.next(), mapping);
            String[] lines = mapping.toString(StandardCharsets.UTF_8).split("\n");
            StringBuilder entry = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                entry.append(i == 0 ? "- " : "  ").append(lines[i]).append('\n');
            }
            out.write(entry.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void writeOne(Map<String, ?> item, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            JsonValueWriter.write(generator, item);
        }
    }

    /** Jackson's rules, plus strings a YAML 1.1 reader would take for a timestamp or a base-60 number. */
    private static final class DatesQuoted extends StringQuotingChecker.Default {

        private static final Pattern TIMESTAMP_OR_SEXAGESIMAL =
            Pattern.compile("\\d{4}-\\d\\d?-\\d\\d?([Tt ].*)?|[-+]?\\d[\\d_]*(:[0-5]?\\d)+(\\.[\\d_]*)?");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || TIMESTAMP_OR_SEXAGESIMAL.matcher(value).matches();
        }
    }
}

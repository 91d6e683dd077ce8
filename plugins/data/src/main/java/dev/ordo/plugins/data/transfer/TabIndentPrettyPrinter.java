package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Indents JSON as {@code JSON.stringify(value, null, '\t')} does, which Jackson's default printer does not: one tab
 * per level, {@code "name": value} with a single space, and empty containers as {@code []} and {@code {}}.
 * Holds the nesting depth, so each generator needs its own instance.
 */
final class TabIndentPrettyPrinter implements PrettyPrinter {

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
        generator.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
        newLine(generator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(',');
        newLine(generator);
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newLine(generator);
        }
        generator.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
        generator.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        newLine(generator);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(',');
        newLine(generator);
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
        depth--;
        if (values > 0) {
            newLine(generator);
        }
        generator.writeRaw(']');
    }

    private void newLine(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            generator.writeRaw('\t');
        }
    }
}

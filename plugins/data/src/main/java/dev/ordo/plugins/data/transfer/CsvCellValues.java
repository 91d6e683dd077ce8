package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The value of a non-empty CSV cell, by Directus's import rule: a cell that parses as JSON is that JSON value
 * ({@code true}, {@code null}, {@code {"a":1}}, {@code [1,2]}, {@code "quoted"}), except that numbers stay text
 * ({@code 007} and {@code 12.50} keep their digits; the database casts them); anything else is the text itself.
 * Empty cells are left out of the item altogether, which the importer decides.
 */
final class CsvCellValues {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CsvCellValues() {
    }

    static Object valueOf(String cell) {
        String trimmed = stripJsonWhitespace(cell);
        if (!looksLikeJson(trimmed)) {
            return cell;
        }
        try (JsonParser parser = FACTORY.createParser(trimmed)) {
            parser.nextToken();
            Object value = JsonValueReader.read(parser);
            return parser.nextToken() == null ? value : cell;
        } catch (JsonProcessingException notJson) {
            return cell;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Numbers would parse too, but they are kept as text, so they need no parsing.
    private static boolean looksLikeJson(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '{' || first == '[' || first == '"'
            || text.equals("true") || text.equals("false") || text.equals("null");
    }

    // JSON.parse allows space, tab, line feed and carriage return around the value, and nothing else.
    private static String stripJsonWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJsonWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJsonWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}

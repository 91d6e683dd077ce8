package dev.ordo.plugins.data.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.ordo.api.error.InvalidPayloadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON imports: one array of objects, streamed element by element (the encoding, UTF-8 with or without a byte order
 * mark or UTF-16/32, is detected). Anything else fails with {@code INVALID_PAYLOAD}: an empty file (no JSON value),
 * a top-level value that is not an array, an element that is not an object, malformed JSON, or content after the
 * array. The first two give Directus's reasons.
 */
public final class JsonImporter implements ItemImporter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    /** A place as Jackson writes it inside a message, after a description of the source that means nothing here. */
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");

    @Override
    public ImportedItems read(InputStream in) throws IOException {
        return new Items(FACTORY.createParser(in));
    }

    private static final class Items extends ReadAheadItems {

        private final JsonParser parser;
        private boolean started;

        Items(JsonParser parser) {
            super(parser);
            this.parser = parser;
        }

        @Override
        protected Map<String, Object> advance() {
            try {
                if (!started) {
                    started = true;
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        throw new InvalidPayloadException("Parser has expected a value");
                    }
                    if (first != JsonToken.START_ARRAY) {
                        throw new InvalidPayloadException("Top-level object should be an array.");
                    }
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    finished = true;
                    JsonToken after = parser.nextToken();
                    if (after != null) {
                        throw new InvalidPayloadException("Unexpected content after the array at line "
                            + parser.currentTokenLocation().getLineNr());
                    }
                    return null;
                }
                rowsRead++;
                if (token != JsonToken.START_OBJECT) {
                    throw new InvalidPayloadException("Row " + rowsRead + " (line "
                        + parser.currentTokenLocation().getLineNr() + ") is " + describe(token) + ", not an object");
                }
                return JsonValueReader.readObject(parser);
            } catch (JsonProcessingException e) {
                finished = true;
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new InvalidPayloadException("Invalid JSON" + (rowsRead > 0 ? " in row " + rowsRead : "")
                    + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + readable(e));
            } catch (IOException e) {
                finished = true;
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                finished = true;
                throw e;
            }
        }

        /** The parser's message, with the places it names given as line and column only (no source description). */
        private static String readable(JsonProcessingException e) {
            return SOURCE_LOCATION.matcher(e.getOriginalMessage()).replaceAll("line $1, column $2");
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.toString();
            };
        }
    }
}

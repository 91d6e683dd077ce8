package dev.ordo.plugins.data.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** Reads the JSON-in-a-string form of a parameter ({@code filter={"title":{"_eq":"x"}}}). */
final class JsonParameterText {

    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonParameterText() {
    }

    /**
     * The parsed value ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}), wrapped so that a
     * JSON {@code null} can be told from text that is not JSON at all (empty).
     */
    static Optional<Parsed> parse(String text) {
        try {
            return Optional.of(new Parsed(MAPPER.readValue(text, Object.class)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A successfully parsed JSON value, possibly {@code null}. */
    record Parsed(Object value) {
    }
}

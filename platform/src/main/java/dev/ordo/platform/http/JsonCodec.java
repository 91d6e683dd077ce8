package dev.ordo.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ordo.api.error.InvalidPayloadException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON in and out. Request bodies become plain {@code Map}/{@code List}/{@code String}/{@code Number}/
 * {@code Boolean}/{@code null} values, decimals as {@code BigDecimal} so no precision is lost.
 */
public final class JsonCodec {

    private final ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Parses a request body; malformed JSON is the client's mistake: 400 {@code INVALID_PAYLOAD}. */
    public Object parse(byte[] body) {
        try {
            return mapper.readValue(body, Object.class);
        } catch (IOException e) {
            throw new InvalidPayloadException("Request body is not valid JSON");
        }
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }

    public void write(Object value, OutputStream out) throws IOException {
        mapper.writeValue(out, value);
    }
}

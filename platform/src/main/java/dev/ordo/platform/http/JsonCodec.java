package dev.ordo.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ordo.api.error.InvalidPayloadException;
import java.io.ByteArrayOutputStream;
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
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final JsonTreeWriter trees = new JsonTreeWriter(mapper);

    /** Parses a request body; malformed JSON is the client's mistake: 400 {@code INVALID_PAYLOAD}. */
    public Object parse(byte[] body) {
        try {
            return mapper.readValue(body, Object.class);
        } catch (IOException e) {
            throw new InvalidPayloadException("Request body is not valid JSON");
        }
    }

    public byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            write(value, out);
        } catch (IOException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
        return out.toByteArray();
    }

    public void write(Object value, OutputStream out) throws IOException {
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            trees.write(generator, value);
        }
    }
}

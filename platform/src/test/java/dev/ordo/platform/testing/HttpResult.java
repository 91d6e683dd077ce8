package dev.ordo.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** One HTTP answer: status, headers and body, with the body readable as JSON. */
public record HttpResult(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON (status " + status + "): " + body, e);
        }
    }

    /** The {@code data} of a Directus envelope. */
    public JsonNode data() {
        return json().path("data");
    }

    /** The {@code extensions.code} of the first error. */
    public String errorCode() {
        return json().path("errors").path(0).path("extensions").path("code").asText();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}

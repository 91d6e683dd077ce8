package dev.ordo.platform.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordo.platform.testing.HttpResult;
import java.util.Optional;

/** Whether an answer has the shape the API promises: no 5xx, the Directus error shape for 4xx, data otherwise. */
public final class AnswerShape {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerShape() {
    }

    /** What is wrong with {@code answer} to {@code request}; empty when nothing is. */
    public static Optional<String> problem(FuzzRequest request, HttpResult answer) {
        if (answer.status() >= 500) {
            return Optional.of("a server error");
        }
        if (answer.status() == 204) {
            return answer.body().isEmpty() ? Optional.empty() : Optional.of("a 204 with a body");
        }
        if (answer.status() < 400 && request.exports()) {
            String disposition = answer.header("Content-Disposition");
            return disposition != null && disposition.startsWith("attachment") ? Optional.empty()
                : Optional.of("an export that is no attachment");
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(answer.body());
        } catch (Exception e) {
            return Optional.of("a body that is no JSON");
        }
        if (body == null || !body.isObject()) {
            return Optional.of("a body that is no JSON object");
        }
        return answer.status() >= 400 ? errorProblem(body) : dataProblem(body);
    }

    private static Optional<String> errorProblem(JsonNode body) {
        JsonNode errors = body.path("errors");
        if (!errors.isArray() || errors.isEmpty() || body.size() != 1) {
            return Optional.of("an error answer without exactly an errors array");
        }
        for (JsonNode error : errors) {
            JsonNode code = error.path("extensions").path("code");
            if (!error.path("message").isTextual() || error.path("message").asText().isBlank()) {
                return Optional.of("an error without a message");
            }
            if (!code.isTextual() || code.asText().equals("INTERNAL_SERVER_ERROR")) {
                return Optional.of("an error without a client error code");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> dataProblem(JsonNode body) {
        if (!body.has("data")) {
            return Optional.of("a success without data");
        }
        JsonNode data = body.get("data");
        if (!(data.isObject() || data.isArray() || data.isNull())) {
            return Optional.of("data that is neither an item, a list nor null");
        }
        if (body.has("meta") && !body.get("meta").isObject()) {
            return Optional.of("meta that is no object");
        }
        return body.size() <= 2 ? Optional.empty() : Optional.of("unexpected keys beside data and meta");
    }
}

package dev.ordo.api.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a route answers: a status, headers, cookies and a body. Immutable; the {@code with...} methods
 * return copies. JSON bodies are plain {@code Map}/{@code List}/{@code String}/{@code Number}/
 * {@code Boolean}/{@code null} values and are written by the host.
 */
public record Response(int status, Map<String, String> headers, List<Cookie> cookies, Body body) {

    public Response {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        cookies = List.copyOf(cookies);
        Objects.requireNonNull(body, "body");
    }

    /** 200 with the Directus envelope {@code {"data": data}}. */
    public static Response data(Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("data", data);
        return json(200, envelope);
    }

    /** 200 with {@code {"data": data, "meta": meta}}. */
    public static Response data(Object data, Map<String, ?> meta) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("data", data);
        envelope.put("meta", meta);
        return json(200, envelope);
    }

    /** The content type of JSON answers, with the charset Directus (Express) names. */
    public static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

    /** A JSON body without the envelope, for the few endpoints that answer raw JSON. */
    public static Response json(int status, Object value) {
        return new Response(status, Map.of(), List.of(), new Body.Json(value, JSON_CONTENT_TYPE));
    }

    /** 204 with no body. */
    public static Response noContent() {
        return new Response(204, Map.of(), List.of(), new Body.Empty());
    }

    public static Response text(int status, String contentType, String text) {
        return new Response(status, Map.of(), List.of(), new Body.Text(text, contentType));
    }

    /** A body written by the route as the client reads it, for large or generated content. */
    public static Response stream(int status, String contentType, StreamWriter writer) {
        return new Response(status, Map.of(), List.of(), new Body.Stream(writer, contentType));
    }

    public Response withStatus(int newStatus) {
        return new Response(newStatus, headers, cookies, body);
    }

    public Response withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Response(status, copy, cookies, body);
    }

    public Response withCookie(Cookie cookie) {
        List<Cookie> copy = new ArrayList<>(cookies);
        copy.add(cookie);
        return new Response(status, headers, copy, body);
    }

    /** A JSON body with another media type, such as {@code application/health+json}. */
    public Response withJsonContentType(String contentType) {
        if (!(body instanceof Body.Json json)) {
            throw new IllegalStateException("not a JSON response");
        }
        return new Response(status, headers, cookies, new Body.Json(json.value(), contentType));
    }

    /** The body of a response. */
    public sealed interface Body {

        record Empty() implements Body {
        }

        /** @param value a plain JSON value; may be {@code null} */
        record Json(Object value, String contentType) implements Body {
            public Json {
                Objects.requireNonNull(contentType, "contentType");
            }
        }

        record Text(String text, String contentType) implements Body {
            public Text {
                Objects.requireNonNull(text, "text");
                Objects.requireNonNull(contentType, "contentType");
            }
        }

        record Stream(StreamWriter writer, String contentType) implements Body {
            public Stream {
                Objects.requireNonNull(writer, "writer");
                Objects.requireNonNull(contentType, "contentType");
            }
        }
    }

    /** Writes a streamed body. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}

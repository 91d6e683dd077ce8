package dev.ordo.platform.http;

import dev.ordo.api.http.Cookie;
import dev.ordo.api.http.Response;
import io.javalin.http.Context;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a {@link Response} onto Javalin's context. */
final class ResponseWriter {

    private final JsonCodec json;

    ResponseWriter(JsonCodec json) {
        this.json = json;
    }

    void write(Context context, Response response) throws IOException {
        context.status(response.status());
        response.headers().forEach(context::header);
        response.cookies().forEach(cookie -> context.cookie(toJavalin(cookie)));
        Response.Body body = response.body();
        if (body instanceof Response.Body.Json jsonBody) {
            setDefaultCachingHeaders(context, response);
            context.contentType(jsonBody.contentType());
            // Straight onto the connection: a large answer is not copied into a byte array first. Jetty still sends a
            // Content-Length when the whole answer fits its output buffer.
            try (OutputStream out = context.outputStream()) {
                json.write(jsonBody.value(), out);
            }
        } else if (body instanceof Response.Body.Text text) {
            context.contentType(text.contentType());
            writeBytes(context, text.text().getBytes(StandardCharsets.UTF_8));
        } else if (body instanceof Response.Body.Stream stream) {
            context.contentType(stream.contentType());
            try (OutputStream out = context.outputStream()) {
                stream.writer().writeTo(out);
            }
        }
        // An empty body writes nothing: Javalin then sends the status and headers alone.
    }

    /**
     * Writes a small answer straight onto the connection. {@code context.result(...)} would have Javalin copy it
     * through a fresh 32 KB buffer per answer, which showed as a quarter of the server's time for {@code /server/ping}.
     */
    private static void writeBytes(Context context, byte[] bytes) throws IOException {
        try (OutputStream out = context.outputStream()) {
            out.write(bytes);
        }
    }

    /** Directus marks API answers as not cacheable by shared caches unless a route says otherwise. */
    private static void setDefaultCachingHeaders(Context context, Response response) {
        if (!response.headers().containsKey("Cache-Control")) {
            context.header("Cache-Control", "no-cache");
        }
        if (!response.headers().containsKey("Vary")) {
            context.header("Vary", "Origin, Cache-Control");
        }
    }

    private static io.javalin.http.Cookie toJavalin(Cookie cookie) {
        int maxAge = cookie.maxAge().map(age -> (int) Math.min(Integer.MAX_VALUE, age.toSeconds())).orElse(-1);
        io.javalin.http.Cookie result = new io.javalin.http.Cookie(cookie.name(), cookie.value());
        result.setPath(cookie.path());
        result.setMaxAge(maxAge);
        result.setSecure(cookie.secure());
        result.setHttpOnly(cookie.httpOnly());
        result.setSameSite(switch (cookie.sameSite().toLowerCase(java.util.Locale.ROOT)) {
            case "strict" -> SameSite.STRICT;
            case "none" -> SameSite.NONE;
            default -> SameSite.LAX;
        });
        cookie.domain().ifPresent(result::setDomain);
        return result;
    }
}

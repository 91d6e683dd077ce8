package dev.ordo.platform.http;

import dev.ordo.api.error.ErrorCode;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself, before a request reaches Ordo (a request line or headers too large, a
 * malformed request), in the Directus error shape instead of Jetty's HTML page. The status stays Jetty's.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final JsonCodec json = new JsonCodec();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        ErrorCode errorCode = switch (code) {
            case 404 -> ErrorCode.ROUTE_NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.CONTENT_TOO_LARGE;
            case 414, 431 -> ErrorCode.INVALID_QUERY;
            default -> code >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.INVALID_PAYLOAD;
        };
        String text = "The HTTP server rejected the request: " + (message == null ? "status " + code
            : message.toLowerCase(Locale.ROOT)) + ".";
        byte[] body = json.write(java.util.Map.of("errors", java.util.List.of(java.util.Map.of(
            "message", text, "extensions", java.util.Map.of("code", errorCode.name())))));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, dev.ordo.api.http.Response.JSON_CONTENT_TYPE);
        // Jetty closes the connection after a request it could not parse; saying so keeps a client from sending its
        // next request on it (it would meet a closed socket, at random, depending on which side is quicker).
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}

package dev.ordo.plugins.data.http;

import dev.ordo.api.error.InvalidPayloadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) read part by part as it arrives, the way busboy reads it for
 * Directus: a part whose {@code Content-Disposition} has a file name is a file, of the media type its own
 * {@code Content-Type} names ({@code text/plain} without one); other parts are form fields, skipped here. A file's
 * content is a stream over the request body, so uploads of any size pass through a small window.
 */
final class MultipartBody {

    /** Part headers larger than this are not a form's: the body is refused rather than buffered. */
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_BOUNDARY_LENGTH = 70;

    private final DelimitedInput input;
    private boolean finished;

    private MultipartBody(DelimitedInput input) {
        this.input = input;
    }

    /**
     * @param contentType the request's whole {@code Content-Type} header, whose {@code boundary} parameter separates
     *                    the parts; 400 {@code INVALID_PAYLOAD} without one
     */
    static MultipartBody of(InputStream body, String contentType) {
        String boundary = HeaderParameters.of(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new InvalidPayloadException("Multipart: Boundary not found");
        }
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The first boundary line has no line break before it; reading one first lets it match like the others.
        return new MultipartBody(new DelimitedInput(body, delimiter, "\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A file of the form; its content can be read until the next call. */
    record FilePart(String fieldName, String fileName, String mediaType, InputStream content) {
    }

    /** The next file part, after whatever is left of the previous part; empty after the last part. */
    Optional<FilePart> nextFile() throws IOException {
        while (!finished) {
            input.skipSection();
            if (closesBody()) {
                finished = true;
                return Optional.empty();
            }
            Map<String, String> headers = readHeaders();
            input.nextSection();
            Map<String, String> disposition = HeaderParameters.of(headers.getOrDefault("content-disposition", ""));
            String fileName = disposition.containsKey("filename*") ? disposition.get("filename*")
                : disposition.get("filename");
            if (fileName != null) {
                return Optional.of(new FilePart(disposition.getOrDefault("name", ""), fileName,
                    mediaType(headers.get("content-type")), new PartStream(input)));
            }
        }
        return Optional.empty();
    }

    /** After a boundary: {@code --} ends the body; else optional padding and the line break before the headers. */
    private boolean closesBody() throws IOException {
        int next = input.rawByte();
        if (next == '-') {
            if (input.rawByte() == '-') {
                return true;
            }
            throw malformed();
        }
        while (next == ' ' || next == '\t') {
            next = input.rawByte();
        }
        if (next == -1) {
            throw new InvalidPayloadException("Unexpected end of form");
        }
        if (next != '\r' || input.rawByte() != '\n') {
            throw malformed();
        }
        return false;
    }

    /** Header lines up to the empty line, by lower-cased name. */
    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int next;
            while ((next = input.rawByte()) != '\r') {
                if (next == -1) {
                    throw new InvalidPayloadException("Unexpected end of form");
                }
                if (++total > MAX_HEADER_BYTES) {
                    throw new InvalidPayloadException("Multipart: Part headers are too large");
                }
                line.write(next);
            }
            if (input.rawByte() != '\n') {
                throw malformed();
            }
            if (line.size() == 0) {
                return headers;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon > 0) {
                headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
            }
        }
    }

    /** The type and subtype, lower-cased and without parameters, as busboy reports a part's type. */
    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "text/plain";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static InvalidPayloadException malformed() {
        return new InvalidPayloadException("Malformed part header");
    }

    /** One part's content: the bytes up to the next boundary. Closing it leaves the request open. */
    private static final class PartStream extends InputStream {

        private final DelimitedInput input;

        PartStream(DelimitedInput input) {
            this.input = input;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return input.read(target, offset, length);
        }
    }

    /** The {@code ; name=value} parameters of a header value, names lower-cased, quoted values unquoted. */
    static final class HeaderParameters {

        private HeaderParameters() {
        }

        static Map<String, String> of(String headerValue) {
            Map<String, String> parameters = new LinkedHashMap<>();
            int position = headerValue.indexOf(';');
            while (position >= 0 && position < headerValue.length()) {
                int nameStart = position + 1;
                int equals = headerValue.indexOf('=', nameStart);
                int semicolon = headerValue.indexOf(';', nameStart);
                if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                    position = semicolon;
                    continue;
                }
                String name = headerValue.substring(nameStart, equals).trim().toLowerCase(Locale.ROOT);
                StringBuilder value = new StringBuilder();
                int i = equals + 1;
                while (i < headerValue.length() && headerValue.charAt(i) == ' ') {
                    i++;
                }
                if (i < headerValue.length() && headerValue.charAt(i) == '"') {
                    for (i++; i < headerValue.length() && headerValue.charAt(i) != '"'; i++) {
                        char c = headerValue.charAt(i);
                        if (c == '\\' && i + 1 < headerValue.length()) {
                            c = headerValue.charAt(++i);
                        }
                        value.append(c);
                    }
                    position = headerValue.indexOf(';', i);
                } else {
                    int stop = headerValue.indexOf(';', i);
                    value.append(headerValue, i, stop < 0 ? headerValue.length() : stop);
                    position = stop;
                }
                parameters.putIfAbsent(name, value.toString().trim());
            }
            return parameters;
        }
    }
}

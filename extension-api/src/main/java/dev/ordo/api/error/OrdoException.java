package dev.ordo.api.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A failure a client may see. The host answers it as
 * {@code { "errors": [ { "message", "extensions": { "code", ...extensions } } ] }} with the code's status.
 *
 * <p>Messages are written for the API's callers: they never contain secrets, SQL or stack traces.
 */
public class OrdoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> extensions;

    public OrdoException(ErrorCode code, String message) {
        this(code, message, Map.of(), null);
    }

    /** @param extensions error-specific keys beside {@code code}; values may be {@code null} (sent as JSON null) */
    public OrdoException(ErrorCode code, String message, Map<String, ?> extensions) {
        this(code, message, extensions, null);
    }

    public OrdoException(ErrorCode code, String message, Map<String, ?> extensions, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public ErrorCode code() {
        return code;
    }

    public int status() {
        return code.status();
    }

    /** Error-specific keys for {@code extensions}, in order, without {@code code}. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /**
     * The failures this exception answers with, one entry each in {@code errors}: itself alone, unless it gathers
     * several ({@link MultipleErrorsException}).
     */
    public List<OrdoException> errors() {
        return List.of(this);
    }
}

package dev.ordo.api.error;

import java.util.List;
import java.util.Map;

/** 405 {@code METHOD_NOT_ALLOWED}: the path exists but not for this method. The host adds the {@code Allow} header. */
public final class MethodNotAllowedException extends OrdoException {

    private static final long serialVersionUID = 1L;

    private final List<String> allowed;

    public MethodNotAllowedException(List<String> allowed, String current) {
        super(ErrorCode.METHOD_NOT_ALLOWED,
            "Invalid method \"" + current + "\" used. Should be one of " + String.join(", ", allowed) + ".",
            Map.of("allowed", List.copyOf(allowed), "current", current));
        this.allowed = List.copyOf(allowed);
    }

    public List<String> allowed() {
        return allowed;
    }
}

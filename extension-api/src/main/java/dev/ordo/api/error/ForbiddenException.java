package dev.ordo.api.error;

import java.util.Map;

/**
 * 403 {@code FORBIDDEN}: the caller may not do this, or what they asked for does not exist. Ordo never tells
 * the two apart, so unknown collections, fields and items answer the same as forbidden ones. As in Directus, a
 * reason is also the message clients show; without one the message is the generic one.
 */
public final class ForbiddenException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException() {
        super(ErrorCode.FORBIDDEN, "You don't have permission to access this.");
    }

    public ForbiddenException(String reason) {
        super(ErrorCode.FORBIDDEN, reason, Map.of("reason", reason));
    }
}

package dev.ordo.api.error;

import java.util.Map;

/** 400 {@code INVALID_QUERY}: a query parameter is malformed. */
public final class InvalidQueryException extends OrdoException {

    private static final long serialVersionUID = 1L;

    /** @param reason one sentence without the final period, as Directus writes it */
    public InvalidQueryException(String reason) {
        super(ErrorCode.INVALID_QUERY, "Invalid query. " + reason + ".", Map.of("reason", reason));
    }
}

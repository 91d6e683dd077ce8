package dev.ordo.api.error;

import java.util.Map;

/** 400 {@code INVALID_PAYLOAD}: the request body is malformed or does not fit the endpoint. */
public final class InvalidPayloadException extends OrdoException {

    private static final long serialVersionUID = 1L;

    /** @param reason one sentence without the final period, as Directus writes it */
    public InvalidPayloadException(String reason) {
        super(ErrorCode.INVALID_PAYLOAD, "Invalid payload. " + reason + ".", Map.of("reason", reason));
    }
}

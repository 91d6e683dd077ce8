package dev.ordo.api.error;

import java.util.Map;

/** 422 {@code UNPROCESSABLE_CONTENT}: the request is well formed but cannot be carried out as asked. */
public final class UnprocessableContentException extends OrdoException {

    private static final long serialVersionUID = 1L;

    /** @param reason one sentence without the final period, as Directus writes it */
    public UnprocessableContentException(String reason) {
        super(ErrorCode.UNPROCESSABLE_CONTENT, "Can't process content. " + reason + ".", Map.of("reason", reason));
    }
}

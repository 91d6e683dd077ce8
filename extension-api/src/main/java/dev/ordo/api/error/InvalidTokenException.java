package dev.ordo.api.error;

/** 403 {@code INVALID_TOKEN}: a token that is malformed, signed with another secret or of the wrong kind. */
public final class InvalidTokenException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException() {
        super(ErrorCode.INVALID_TOKEN, "Invalid token.");
    }
}

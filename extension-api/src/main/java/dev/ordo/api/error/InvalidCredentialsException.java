package dev.ordo.api.error;

/** 401 {@code INVALID_CREDENTIALS}: wrong login, unknown static token, revoked session. */
public final class InvalidCredentialsException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public InvalidCredentialsException() {
        super(ErrorCode.INVALID_CREDENTIALS, "Invalid user credentials.");
    }
}

package dev.ordo.api.error;

/** 401 {@code TOKEN_EXPIRED}: a well-formed token past its expiry. */
public final class TokenExpiredException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public TokenExpiredException() {
        super(ErrorCode.TOKEN_EXPIRED, "Token expired.");
    }
}

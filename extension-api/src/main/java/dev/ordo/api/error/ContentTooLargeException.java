package dev.ordo.api.error;

/** 413 {@code CONTENT_TOO_LARGE}: the body is larger than the configured limit. */
public final class ContentTooLargeException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public ContentTooLargeException() {
        super(ErrorCode.CONTENT_TOO_LARGE, "Uploaded content is too large.");
    }
}

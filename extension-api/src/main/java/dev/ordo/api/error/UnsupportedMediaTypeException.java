package dev.ordo.api.error;

import java.util.Map;

/** 415 {@code UNSUPPORTED_MEDIA_TYPE}: the body's content type is not one this endpoint reads. */
public final class UnsupportedMediaTypeException extends OrdoException {

    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String mediaType, String where) {
        super(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type \"" + mediaType + "\" in " + where + ".",
            Map.of("mediaType", mediaType, "where", where));
    }
}

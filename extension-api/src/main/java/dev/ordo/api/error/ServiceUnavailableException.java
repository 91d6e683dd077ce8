package dev.ordo.api.error;

import java.util.Map;

/** 503 {@code SERVICE_UNAVAILABLE}: a dependency (the database, a storage, the mail server) cannot be used now. */
public final class ServiceUnavailableException extends OrdoException {

    private static final long serialVersionUID = 1L;

    /** @param reason one sentence without the final period */
    public ServiceUnavailableException(String service, String reason) {
        super(ErrorCode.SERVICE_UNAVAILABLE, "Service \"" + service + "\" is unavailable. " + reason + ".",
            Map.of("service", service, "reason", reason));
    }
}

package dev.ordo.api.auth;

import dev.ordo.api.http.Request;

/**
 * Turns the credentials of a request (a bearer token, {@code ?access_token=}, a session cookie) into an
 * {@link Accountability}. The auth module registers one in the service registry; the host calls it for
 * every request before routing. Without one, every request is anonymous.
 */
public interface Authenticator {

    /**
     * @param request the request; its {@link Request#accountability()} is not yet known and must not be read
     * @return the caller, or {@link Accountability#anonymous} when the request carries no credentials
     * @throws dev.ordo.api.error.OrdoException {@code TOKEN_EXPIRED}, {@code INVALID_TOKEN},
     *         {@code INVALID_CREDENTIALS} or {@code INVALID_PAYLOAD} for bad credentials
     */
    Accountability authenticate(Request request);
}

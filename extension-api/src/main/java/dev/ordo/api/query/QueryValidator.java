package dev.ordo.api.query;

/**
 * Checks the query string of every request before it is routed, as Directus sanitises the query of all routes ahead
 * of its routers: a malformed query is 400 {@code INVALID_QUERY} even on a route that ignores it, or on none. The data
 * module registers one in the service registry; the host calls it after authentication. Without one, a query is only
 * checked by the routes that read it.
 */
public interface QueryValidator {

    /**
     * @param rawQueryString the query string as received, still percent-encoded, without its leading {@code ?};
     *                       empty for none
     * @throws dev.ordo.api.error.InvalidQueryException when a query parameter is malformed
     */
    void validate(String rawQueryString);
}

package dev.ordo.api.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An HTTP request as routes see it. */
public interface Request {

    HttpMethod method();

    /** The path, decoded, without the query string. */
    String path();

    /** The value of a {@code :name} segment of the matched route. */
    String pathParam(String name);

    Map<String, String> pathParams();

    /** The raw query string (without {@code ?}), or "" when there is none. */
    String queryString();

    /** The first value of a query parameter, by its exact name. */
    Optional<String> queryParam(String name);

    /** Every query parameter by its exact name, values in order of appearance. */
    Map<String, List<String>> queryParams();

    /** A header by case-insensitive name. */
    Optional<String> header(String name);

    Optional<String> cookie(String name);

    /** The media type of the body without parameters, lower-cased ({@code application/json}). */
    Optional<String> contentType();

    /**
     * The body parsed as JSON: {@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}, or
     * empty when the request has no JSON body. A malformed JSON body never reaches a route: the host answers
     * it with 400 {@code INVALID_PAYLOAD}.
     */
    Optional<Object> jsonBody();

    /** The raw body. It can be read once, and not after {@link #jsonBody()} has consumed it. */
    InputStream bodyStream();

    ClientInfo client();

    /** The caller, as the {@link dev.ordo.api.auth.Authenticator} resolved it. */
    Accountability accountability();
}

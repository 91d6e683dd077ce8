package dev.ordo.platform.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.Authenticator;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.error.OrdoException;
import dev.ordo.api.error.RequestsExceededException;
import dev.ordo.api.error.RouteNotFoundException;
import dev.ordo.api.error.ServiceUnavailableException;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Response;
import dev.ordo.api.query.QueryValidator;
import dev.ordo.api.schema.SchemaBackend;
import dev.ordo.platform.config.CorsConfig;
import dev.ordo.platform.http.RouteTable.RouteMatch;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to every request, in Directus's order: the cross-origin headers (a preflight is answered there), count
 * it against the rate limits (429 when spent), read the JSON body (400 when malformed or too large), find the caller
 * (bad credentials fail before routing, even on unknown paths), check the query string (a malformed query fails
 * before routing too), route, answer; an {@code OPTIONS} without a route of its own answers the methods its path has,
 * as Express does. Every failure leaves in the Directus error shape.
 */
public final class HttpPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(HttpPipeline.class);

    private final RouteTable routes;
    private final Supplier<Optional<Authenticator>> authenticator;
    private final Supplier<Optional<QueryValidator>> queryValidator;
    private final long maxPayloadBytes;
    private final boolean trustProxy;
    private final RequestLimits limits;
    private final CorsHeaders cors;
    private final DatabaseUnavailable databaseUnavailable;
    private final JsonCodec json = new JsonCodec();
    private volatile boolean open;
    private final ResponseWriter writer = new ResponseWriter(json);

    public HttpPipeline(RouteTable routes, Supplier<Optional<Authenticator>> authenticator,
                        Supplier<Optional<QueryValidator>> queryValidator, long maxPayloadBytes, boolean trustProxy,
                        RequestLimits limits, CorsConfig cors, Supplier<Optional<SchemaBackend>> backend) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.queryValidator = queryValidator;
        this.maxPayloadBytes = maxPayloadBytes;
        this.trustProxy = trustProxy;
        this.limits = limits;
        this.cors = new CorsHeaders(cors);
        this.databaseUnavailable = new DatabaseUnavailable(backend);
    }

    /** From now on every route is answered; before, only routes without authentication (the ping). */
    public void open() {
        open = true;
    }

    void handle(Context context) {
        Accountability caller = null;
        try {
            if (cors.answer(context)) {
                return;
            }
            Optional<HttpMethod> method = HttpMethod.parse(context.method().name());
            Optional<RouteMatch> match = method.flatMap(m -> routes.match(m, PathSegments.decode(context.path())));
            if (!open && match.map(RouteMatch::authenticate).orElse(true)) {
                throw new ServiceUnavailableException("ordo", "Ordo is starting");
            }
            ClientInfo client = clientOf(context);
            limits.check(client);
            HostRequest request = new HostRequest(context, method.orElse(HttpMethod.GET), readJsonBody(context), client);
            if (match.isEmpty() || match.get().authenticate()) {
                caller = authenticate(request);
                request = request.authenticatedAs(caller);
                String queryString = request.queryString();
                queryValidator.get().ifPresent(validator -> validator.validate(queryString));
            }
            if (match.isEmpty() && method.equals(Optional.of(HttpMethod.OPTIONS))) {
                List<String> allowed = methodsOf(context.path());
                if (!allowed.isEmpty()) {
                    String list = String.join(",", allowed);
                    context.header("Allow", list);
                    writer.write(context, Response.text(200, "text/html; charset=utf-8", list));
                    return;
                }
            }
            if (match.isEmpty()) {
                throw new RouteNotFoundException(context.path());
            }
            Response response = match.get().handler().handle(request.withPathParams(match.get().pathParameters()));
            writer.write(context, response);
        } catch (RequestsExceededException e) {
            context.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            writeError(context, e.status(), ErrorEnvelope.of(e));
        } catch (OrdoException e) {
            writeError(context, e.status(), ErrorEnvelope.of(e));
        } catch (Exception | LinkageError e) {
            Optional<ServiceUnavailableException> unavailable = databaseUnavailable.answerFor(e);
            if (unavailable.isPresent()) {
                LOG.warn("{} while answering {} {}: {}", unavailable.get().getMessage(), context.method(),
                    context.path(), e.toString());
                writeError(context, unavailable.get().status(), ErrorEnvelope.of(unavailable.get()));
                return;
            }
            LOG.error("Unexpected failure answering {} {}", context.method(), context.path(), e);
            writeError(context, 500, ErrorEnvelope.unexpected(e, caller != null && caller.admin()));
        }
    }

    /** The methods with a route at {@code path}, as Express lists them in {@code Allow} (HEAD wherever GET is). */
    private List<String> methodsOf(String path) {
        List<String> allowed = new ArrayList<>();
        for (HttpMethod candidate : HttpMethod.values()) {
            boolean listed = candidate != HttpMethod.OPTIONS && candidate != HttpMethod.HEAD;
            if (listed && routes.match(candidate, PathSegments.decode(path)).isPresent()) {
                allowed.add(candidate.name());
                if (candidate == HttpMethod.GET) {
                    allowed.add(HttpMethod.HEAD.name());
                }
            }
        }
        return allowed;
    }

    /** Answers errors Javalin raises itself, before a request reaches the pipeline (e.g. an unknown HTTP method). */
    void handleOutsidePipeline(Context context, int status) {
        if (status == 404 || status == 405) {
            writeError(context, 404, ErrorEnvelope.of(new RouteNotFoundException(context.path())));
        }
    }

    private Accountability authenticate(HostRequest request) {
        return authenticator.get().map(a -> a.authenticate(request)).orElseGet(() -> Accountability.anonymous(request.client()));
    }

    private Optional<Object> readJsonBody(Context context) throws IOException {
        Optional<String> type = HostRequest.mediaType(context.contentType());
        if (type.isEmpty() || !(type.get().equals("application/json") || type.get().endsWith("+json"))) {
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = context.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPayloadBytes + 1));
        }
        if (body.length > maxPayloadBytes) {
            throw new InvalidPayloadException("Request body is larger than MAX_PAYLOAD_SIZE (" + maxPayloadBytes + " bytes)");
        }
        if (isBlank(body)) {
            return Optional.empty();
        }
        return Optional.ofNullable(json.parse(body));
    }

    private ClientInfo clientOf(Context context) {
        String ip = context.ip();
        String forwarded = context.header("X-Forwarded-For");
        if (trustProxy && forwarded != null && !forwarded.isBlank()) {
            ip = forwarded.split(",")[0].trim();
        }
        return new ClientInfo(Optional.ofNullable(ip), Optional.ofNullable(context.userAgent()),
            Optional.ofNullable(context.header("Origin")));
    }

    private void writeError(Context context, int status, Map<String, Object> envelope) {
        context.status(status);
        context.contentType(Response.JSON_CONTENT_TYPE);
        context.header("Cache-Control", "no-cache");
        context.result(json.write(envelope));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}

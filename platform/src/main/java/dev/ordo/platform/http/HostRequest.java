package dev.ordo.platform.http;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as routes see it, over Javalin's context. Each stage of the pipeline makes a copy with what it
 * learned (the caller, the route's parameters) rather than changing this one.
 */
final class HostRequest implements Request {

    private final Context context;
    private final HttpMethod method;
    private final String path;
    private final Optional<Object> jsonBody;
    private final ClientInfo client;
    private final Accountability accountability;
    private final Map<String, String> pathParams;

    HostRequest(Context context, HttpMethod method, Optional<Object> jsonBody, ClientInfo client) {
        this(context, method, context.path(), jsonBody, client, Accountability.anonymous(client), Map.of());
    }

    private HostRequest(Context context, HttpMethod method, String path, Optional<Object> jsonBody, ClientInfo client,
                        Accountability accountability, Map<String, String> pathParams) {
        this.context = context;
        this.method = method;
        this.path = path;
        this.jsonBody = jsonBody;
        this.client = client;
        this.accountability = accountability;
        this.pathParams = Map.copyOf(pathParams);
    }

    HostRequest authenticatedAs(Accountability caller) {
        return new HostRequest(context, method, path, jsonBody, client, caller, pathParams);
    }

    HostRequest withPathParams(Map<String, String> parameters) {
        return new HostRequest(context, method, path, jsonBody, client, accountability, parameters);
    }

    @Override
    public HttpMethod method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no parameter :" + name);
        }
        return value;
    }

    @Override
    public Map<String, String> pathParams() {
        return pathParams;
    }

    @Override
    public String queryString() {
        String query = context.queryString();
        return query == null ? "" : query;
    }

    @Override
    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(context.queryParam(name));
    }

    @Override
    public Map<String, List<String>> queryParams() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        context.queryParamMap().forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(context.header(name));
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(context.cookie(name));
    }

    @Override
    public Optional<String> contentType() {
        return mediaType(context.contentType());
    }

    @Override
    public Optional<Object> jsonBody() {
        return jsonBody;
    }

    @Override
    public InputStream bodyStream() {
        try {
            return context.req().getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ClientInfo client() {
        return client;
    }

    @Override
    public Accountability accountability() {
        return accountability;
    }

    /** {@code application/json; charset=utf-8} becomes {@code application/json}. */
    static Optional<String> mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
        return Optional.of(type.trim().toLowerCase(Locale.ROOT));
    }
}

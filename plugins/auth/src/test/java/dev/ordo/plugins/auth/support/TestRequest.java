package dev.ordo.plugins.auth.support;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A request built from values, as the host would hand it to the authenticator and the routes. */
public final class TestRequest implements Request {

    public static final ClientInfo CLIENT =
        new ClientInfo(Optional.of("203.0.113.7"), Optional.of("JUnit/6"), Optional.of("https://studio.example"));

    private final HttpMethod method;
    private final String path;
    private final Map<String, String> headers;
    private final Map<String, List<String>> query;
    private final Object body;
    private final ClientInfo client;
    private final Accountability accountability;
    private final Map<String, String> pathParams;

    private TestRequest(HttpMethod method, String path, Map<String, String> headers, Map<String, List<String>> query,
                        Object body, ClientInfo client, Accountability accountability) {
        this(method, path, headers, query, body, client, accountability, Map.of());
    }

    private TestRequest(HttpMethod method, String path, Map<String, String> headers, Map<String, List<String>> query,
                        Object body, ClientInfo client, Accountability accountability, Map<String, String> pathParams) {
        this.pathParams = Map.copyOf(pathParams);
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.query = query;
        this.body = body;
        this.client = client;
        this.accountability = accountability;
    }

    public static TestRequest get(String path) {
        return new TestRequest(HttpMethod.GET, path, Map.of(), Map.of(), null, CLIENT, null);
    }

    public static TestRequest post(String path, Object body) {
        return new TestRequest(HttpMethod.POST, path, Map.of(), Map.of(), body, CLIENT, null);
    }

    public TestRequest header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name.toLowerCase(Locale.ROOT), value);
        return new TestRequest(method, path, copy, query, body, client, accountability);
    }

    public TestRequest bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    public TestRequest query(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.put(name, List.of(value));
        return new TestRequest(method, path, headers, copy, body, client, accountability);
    }

    public TestRequest client(ClientInfo newClient) {
        return new TestRequest(method, path, headers, query, body, newClient, accountability);
    }

    public TestRequest as(Accountability caller) {
        return new TestRequest(method, path, headers, query, body, client, caller, pathParams);
    }

    /** The request as routed: with the values of the route's {@code :name} segments. */
    public TestRequest withPathParams(Map<String, String> values) {
        return new TestRequest(method, path, headers, query, body, client, accountability, values);
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
            throw new IllegalArgumentException("no path parameter " + name);
        }
        return value;
    }

    @Override
    public Map<String, String> pathParams() {
        return pathParams;
    }

    @Override
    public String queryString() {
        return "";
    }

    @Override
    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name)).flatMap(values -> values.stream().findFirst());
    }

    @Override
    public Map<String, List<String>> queryParams() {
        return query;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<String> contentType() {
        return body == null ? Optional.empty() : Optional.of("application/json");
    }

    @Override
    public Optional<Object> jsonBody() {
        return Optional.ofNullable(body);
    }

    @Override
    public InputStream bodyStream() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public ClientInfo client() {
        return client;
    }

    @Override
    public Accountability accountability() {
        if (accountability == null) {
            throw new IllegalStateException("The accountability is not resolved yet");
        }
        return accountability;
    }
}

package dev.ordo.plugins.data.testing;

import dev.ordo.api.auth.Accountability;
import dev.ordo.api.auth.ClientInfo;
import dev.ordo.api.http.HttpMethod;
import dev.ordo.api.http.Request;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A body-less request with path parameters and a caller. */
public record TestRequest(HttpMethod method, String path, Map<String, String> pathParams, Accountability accountability)
    implements Request {

    public TestRequest {
        pathParams = Map.copyOf(pathParams);
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
    public String queryString() {
        return "";
    }

    @Override
    public Optional<String> queryParam(String name) {
        return Optional.empty();
    }

    @Override
    public Map<String, List<String>> queryParams() {
        return Map.of();
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.empty();
    }

    @Override
    public Optional<String> contentType() {
        return Optional.empty();
    }

    @Override
    public Optional<Object> jsonBody() {
        return Optional.empty();
    }

    @Override
    public InputStream bodyStream() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public ClientInfo client() {
        return accountability.client();
    }
}

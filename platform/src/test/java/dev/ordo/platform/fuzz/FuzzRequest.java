package dev.ordo.platform.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One generated request: method, path, query parameters (sent percent-encoded, shown raw) and a raw JSON body, or
 * null for none. {@code write} marks requests that may change the database, whose refusals must leave it untouched.
 */
public record FuzzRequest(String method, String path, List<Map.Entry<String, String>> parameters, String body,
                          boolean write) {

    public FuzzRequest {
        parameters = List.copyOf(parameters);
    }

    public String url() {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach(parameter -> query.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue())));
        return parameters.isEmpty() ? path : path + "?" + query;
    }

    public boolean exports() {
        // An empty export is no export, as in Directus's sanitiser.
        return parameters.stream().anyMatch(parameter -> parameter.getKey().equals("export")
            && !parameter.getValue().isEmpty());
    }

    @Override
    public String toString() {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach(parameter -> query.add(parameter.getKey() + "=" + parameter.getValue()));
        String shown = parameters.isEmpty() ? path : path + "?" + query;
        return method + " " + shown + (body == null ? "" : " " + abbreviate(body));
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...(" + text.length() + " chars)";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

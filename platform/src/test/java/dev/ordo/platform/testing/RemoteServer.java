package dev.ordo.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A server running elsewhere (another Ordo, or Directus itself), reached at its base address. */
public final class RemoteServer implements HttpTarget {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param base the address the API paths are appended to, such as {@code http://127.0.0.1:8056} */
    public RemoteServer(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public URI uri(String path) {
        return URI.create(base + path);
    }

    @Override
    public HttpResult send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Logs in with email and password and answers the access token. */
    public String login(String email, String password) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri("/auth/login")).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email,
                "password", password))))
            .build();
        HttpResult login = send(request);
        if (login.status() != 200) {
            throw new AssertionError("login at " + base + " failed: " + login);
        }
        return login.data().path("access_token").asText();
    }
}

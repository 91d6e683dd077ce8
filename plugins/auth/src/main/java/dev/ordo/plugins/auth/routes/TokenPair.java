package dev.ordo.plugins.auth.routes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What login and refresh answer in json mode.
 *
 * @param expiresMillis the access token's lifetime in milliseconds, as Directus reports it
 */
record TokenPair(String accessToken, String refreshToken, long expiresMillis) {

    TokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    Map<String, Object> toJson() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("access_token", accessToken);
        data.put("refresh_token", refreshToken);
        data.put("expires", expiresMillis);
        return data;
    }

    @Override
    public String toString() {
        return "TokenPair[expiresMillis=" + expiresMillis + "]";
    }
}

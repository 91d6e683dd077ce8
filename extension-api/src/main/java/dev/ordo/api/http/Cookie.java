package dev.ordo.api.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A cookie to set on the response. A {@code maxAge} of zero deletes it.
 *
 * @param sameSite {@code Lax}, {@code Strict} or {@code None}
 */
public record Cookie(
    String name,
    String value,
    Optional<Duration> maxAge,
    String path,
    Optional<String> domain,
    boolean secure,
    boolean httpOnly,
    String sameSite) {

    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(sameSite, "sameSite");
    }

    /** A cookie that tells the browser to forget {@code name}. */
    public static Cookie expired(String name, String path, Optional<String> domain) {
        return new Cookie(name, "", Optional.of(Duration.ZERO), path, domain, false, true, "Lax");
    }
}

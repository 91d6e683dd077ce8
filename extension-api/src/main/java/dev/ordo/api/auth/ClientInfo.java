package dev.ordo.api.auth;

import java.util.Objects;
import java.util.Optional;

/** Where a request came from, as far as the server can tell. */
public record ClientInfo(Optional<String> ip, Optional<String> userAgent, Optional<String> origin) {

    public static final ClientInfo UNKNOWN = new ClientInfo(Optional.empty(), Optional.empty(), Optional.empty());

    public ClientInfo {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(origin, "origin");
    }
}

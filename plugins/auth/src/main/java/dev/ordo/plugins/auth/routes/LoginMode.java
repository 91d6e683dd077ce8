package dev.ordo.plugins.auth.routes;

import dev.ordo.api.error.InvalidPayloadException;
import java.util.Locale;
import java.util.Optional;

/**
 * How login, refresh and logout hand tokens over (PLATFORM.md §1.2): {@code json} in the body; {@code cookie} with the
 * refresh token in an httpOnly cookie; {@code session} with the access token itself in an httpOnly cookie.
 */
enum LoginMode {
    JSON, COOKIE, SESSION;

    /** The {@code mode} of a payload, when it names one. */
    static Optional<LoginMode> of(Payload payload) {
        return payload.optionalText("mode").map(mode -> switch (mode) {
            case "json" -> JSON;
            case "cookie" -> COOKIE;
            case "session" -> SESSION;
            default -> throw new InvalidPayloadException("\"mode\" must be one of [json, cookie, session]");
        });
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

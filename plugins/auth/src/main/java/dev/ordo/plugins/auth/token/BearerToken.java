package dev.ordo.plugins.auth.token;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
import java.util.Locale;
import java.util.Optional;

/** Finds the token a request carries: {@code ?access_token=} or {@code Authorization: Bearer} (PLATFORM.md §1.1). */
public final class BearerToken {

    private BearerToken() {
    }

    /**
     * @return the token, or empty when the request carries none
     * @throws InvalidPayloadException when it carries one in the query and one in the header (RFC 6750 §2)
     */
    public static Optional<String> of(Request request) {
        Optional<String> query = request.queryParam("access_token").filter(token -> !token.isEmpty());
        Optional<String> header = request.header("Authorization").flatMap(BearerToken::fromAuthorization);
        if (query.isPresent() && header.isPresent()) {
            throw new InvalidPayloadException("The request uses more than one method for including an access token");
        }
        return query.isPresent() ? query : header;
    }

    // Other schemes (Basic, ...) are not ours and are ignored, as Directus ignores them.
    private static Optional<String> fromAuthorization(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer") && !parts[1].isEmpty()) {
            return Optional.of(parts[1]);
        }
        return Optional.empty();
    }
}

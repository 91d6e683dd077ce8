package dev.ordo.plugins.auth.token;

import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.http.Request;
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

    // Other schemes (Basic, ...) are not ours and are ignored, as Directus ignores them. Parsed by hand, not with a
    // regular expression: it runs on every request.
    private static Optional<String> fromAuthorization(String value) {
        String trimmed = value.trim();
        int gap = firstWhitespace(trimmed);
        if (gap < 0 || !trimmed.substring(0, gap).equalsIgnoreCase("bearer")) {
            return Optional.empty();
        }
        String token = trimmed.substring(gap).trim();
        return token.isEmpty() || firstWhitespace(token) >= 0 ? Optional.empty() : Optional.of(token);
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

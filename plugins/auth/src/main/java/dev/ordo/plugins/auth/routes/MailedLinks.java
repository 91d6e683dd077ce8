package dev.ordo.plugins.auth.routes;

import dev.ordo.api.error.InvalidPayloadException;
import java.util.List;
import java.util.Optional;

/**
 * Where a mailed link (password reset, invitation, email verification) points: the page the client named, which must
 * be on the feature's allow list ({@code PASSWORD_RESET_URL_ALLOW_LIST}, ...), or Ordo's own page under
 * {@code PUBLIC_URL}. Never an address taken from the request's headers, so a forged Host cannot send users' tokens
 * elsewhere.
 */
public record MailedLinks(String publicUrl, List<String> allowList) {

    public MailedLinks {
        allowList = List.copyOf(allowList);
    }

    /**
     * @param requested   the page the client asked for
     * @param defaultPath the page under {@code PUBLIC_URL} otherwise, such as {@code /admin/reset-password}
     * @param purpose     what the link is for, in the refusal ("reset passwords")
     */
    String base(Optional<String> requested, String defaultPath, String purpose) {
        if (requested.isEmpty()) {
            return trimSlash(publicUrl) + defaultPath;
        }
        String wanted = trimSlash(requested.get());
        if (allowList.stream().map(MailedLinks::trimSlash).noneMatch(wanted::equals)) {
            throw new InvalidPayloadException("Url \"" + requested.get() + "\" can't be used to " + purpose + ".");
        }
        return wanted;
    }

    /** Ordo's login page, where a verified registration lands. */
    String loginPage() {
        return trimSlash(publicUrl) + "/admin/login";
    }

    /** {@code base} with the token as its query. */
    static String withToken(String base, String token) {
        return base + "?token=" + token;
    }

    private static String trimSlash(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}

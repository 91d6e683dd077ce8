package dev.ordo.api.auth;

import java.util.Map;
import java.util.Optional;

/**
 * A way to log in: the local email and password, or LDAP, OAuth2, OpenID... from plugins. A plugin contributes one
 * with {@code services.add(AuthProvider.class, provider)} in its module's {@code start}; it is then served at
 * {@code POST /auth/login/<name>} and listed by {@code GET /auth}. Users log in only through the provider they were
 * created with ({@code directus_users.provider}). The auth module does the rest of a login the same way for every
 * provider: user status, the brute-force guard, two-factor codes, sessions and tokens.
 */
public interface AuthProvider {

    /** {@code directus_users.provider} and the path segment; the local provider is {@code default}. */
    String name();

    /** {@code local}, {@code ldap}, {@code oauth2}, {@code openid} or {@code saml}, as {@code GET /auth} shows it. */
    String driver();

    /**
     * The id of the user a login payload names, or empty when it names none. An implementation that checks
     * credentials by hashing should spend the same work when the user is unknown, so timing tells nothing.
     *
     * @param payload the JSON body of the login request
     */
    Optional<String> userId(Map<String, Object> payload);

    /** Whether the payload's credentials are right for the user {@link #userId} found. */
    boolean verify(String userId, Map<String, Object> payload);
}

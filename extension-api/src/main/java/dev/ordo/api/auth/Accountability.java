package dev.ordo.api.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking, and with which rights. Every call into the data path carries one.
 *
 * <p>{@code admin} and {@code app} are computed from the caller's policies on every request, never taken
 * from a token. Use the factory methods and the {@code with...} methods rather than the canonical
 * constructor: components may be added in later minor versions of the API.
 *
 * @param user     the user's id; empty for anonymous (public) requests and for the system
 * @param role     the user's direct role
 * @param roles    the role chain from the root to the direct role
 * @param policies the policies that apply to this request
 * @param session  the session token a session-mode JWT was bound to
 * @param share    the share a share token was issued for
 */
public record Accountability(
    Optional<String> user,
    Optional<String> role,
    List<String> roles,
    List<String> policies,
    boolean admin,
    boolean app,
    ClientInfo client,
    Optional<String> session,
    Optional<String> share) {

    public Accountability {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        roles = List.copyOf(roles);
        policies = List.copyOf(policies);
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(share, "share");
    }

    /** An unauthenticated caller, governed by the public policy. */
    public static Accountability anonymous(ClientInfo client) {
        return new Accountability(Optional.empty(), Optional.empty(), List.of(), List.of(), false, false, client,
            Optional.empty(), Optional.empty());
    }

    /** Ordo itself, for internal work (bootstrap, migrations, scheduled jobs): admin rights, no user. */
    public static Accountability system() {
        return new Accountability(Optional.empty(), Optional.empty(), List.of(), List.of(), true, true,
            ClientInfo.UNKNOWN, Optional.empty(), Optional.empty());
    }

    /** A signed-in user; {@code admin} and {@code app} must already be resolved from {@code policies}. */
    public static Accountability user(String user, Optional<String> role, List<String> roles, List<String> policies,
                                      boolean admin, boolean app, ClientInfo client) {
        return new Accountability(Optional.of(user), role, roles, policies, admin, admin || app, client,
            Optional.empty(), Optional.empty());
    }

    public Accountability withSession(String sessionToken) {
        return new Accountability(user, role, roles, policies, admin, app, client, Optional.of(sessionToken), share);
    }

    /** The same caller governed by {@code newPolicies} (for example the public policies of an anonymous request). */
    public Accountability withPolicies(List<String> newPolicies) {
        return new Accountability(user, role, roles, newPolicies, admin, app, client, session, share);
    }

    public Accountability withClient(ClientInfo newClient) {
        return new Accountability(user, role, roles, policies, admin, app, newClient, session, share);
    }

    /** True for requests with no signed-in user and no share. */
    public boolean isAnonymous() {
        return user.isEmpty() && share.isEmpty() && !admin;
    }
}

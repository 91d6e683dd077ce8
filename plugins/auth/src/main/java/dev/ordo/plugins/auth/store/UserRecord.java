package dev.ordo.plugins.auth.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The columns of {@code directus_users} that authentication needs. Secrets stay inside the plugin: this
 * record never crosses the extension API.
 */
public record UserRecord(
    String id,
    Optional<String> role,
    String status,
    String provider,
    Optional<String> passwordHash,
    Optional<String> tfaSecret) {

    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";
    public static final String DEFAULT_PROVIDER = "default";

    public UserRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(tfaSecret, "tfaSecret");
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    @Override
    public String toString() {
        // Never print the hash or the TOTP secret, not even in a debugger's or a test's output.
        return "UserRecord[id=" + id + ", role=" + role.orElse(null) + ", status=" + status + ", provider=" + provider + "]";
    }
}

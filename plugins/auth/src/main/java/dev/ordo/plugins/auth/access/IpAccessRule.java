package dev.ordo.plugins.auth.access;

import dev.ordo.api.Registration;
import dev.ordo.api.error.InvalidPayloadException;
import dev.ordo.api.event.Events;
import java.util.List;
import java.util.Map;

/**
 * A policy's {@code ip_access} must be a list the allow list can read, as Directus's policies service demands: each
 * entry an address, a range ({@code a-b}, low to high, one family) or a CIDR block. A written policy with any other
 * entry is refused (400 {@code INVALID_PAYLOAD}), so no policy silently shuts out everyone.
 */
public final class IpAccessRule {

    static final String REASON = "IP Access contains an incorrect value. Valid values are: IP addresses, IP ranges "
        + "and CIDR blocks";

    private IpAccessRule() {
    }

    /** Checks every created or updated policy, nested ones included, before it is written. */
    public static List<Registration> register(Events events) {
        return List.of("policies.create", "policies.update").stream()
            .map(event -> events.onFilter(event, (payload, meta, context) -> {
                check(payload);
                return payload;
            }))
            .toList();
    }

    static void check(Object payload) {
        if (!(payload instanceof Map<?, ?> policy) || policy.get("ip_access") == null) {
            return;
        }
        if (!(policy.get("ip_access") instanceof List<?> entries)
            || !entries.stream().allMatch(entry -> entry instanceof String text && IpAllowList.isEntry(text))) {
            throw new InvalidPayloadException(REASON);
        }
    }
}

package dev.ordo.plugins.auth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.api.error.ErrorCode;
import dev.ordo.api.error.OrdoException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entries Directus 11.3.5 accepts in a policy's ip_access, and those it refuses. */
class IpAccessRuleTest {

    @Test
    void acceptsAddressesRangesAndBlocksOfEitherFamily() {
        for (String entry : List.of("10.0.0.1", " 10.0.0.1", "::1", "10.0.0.1-10.0.0.9", "10.0.0.0/8", "2001:db8::/32")) {
            assertThat(IpAllowList.isEntry(entry)).as(entry).isTrue();
        }
    }

    @Test
    void refusesWhatIsNoneOfThem() {
        for (String entry : List.of("", "bad", "localhost", "10.0.0.*", "256.0.0.1", "10.0.0.1/33",
            "10.0.0.0/255.0.0.0", "10.0.0.9-10.0.0.1", "10.0.0.1-::1")) {
            assertThat(IpAllowList.isEntry(entry)).as(entry).isFalse();
        }
    }

    @Test
    void aPolicyNeedsAListOfEntriesOrNone() {
        assertThatNoException().isThrownBy(() -> IpAccessRule.check(Map.of("name", "p")));
        assertThatNoException().isThrownBy(() -> IpAccessRule.check(policy(null)));
        assertThatNoException().isThrownBy(() -> IpAccessRule.check(policy(List.of())));
        assertThatNoException().isThrownBy(() -> IpAccessRule.check(policy(List.of("10.0.0.1", "::1/128"))));

        for (Object refused : Arrays.asList("10.0.0.1", List.of(1), List.of("10.0.0.1", "bad"))) {
            assertThatThrownBy(() -> IpAccessRule.check(policy(refused)))
                .isInstanceOfSatisfying(OrdoException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                    assertThat(e.getMessage()).isEqualTo("Invalid payload. IP Access contains an incorrect value. "
                        + "Valid values are: IP addresses, IP ranges and CIDR blocks.");
                });
        }
    }

    private static Map<String, Object> policy(Object ipAccess) {
        Map<String, Object> policy = new HashMap<>();
        policy.put("ip_access", ipAccess);
        return policy;
    }
}

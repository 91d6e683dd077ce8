package dev.ordo.plugins.auth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IpAllowListTest {

    @Test
    void anEmptyListAllowsEveryone() {
        assertThat(IpAllowList.permits(null, Optional.empty())).isTrue();
        assertThat(IpAllowList.permits(" ", Optional.of("10.0.0.1"))).isTrue();
    }

    @Test
    void matchesAddressesRangesAndBlocks() {
        String list = "192.168.1.10, 10.0.0.0/8,172.16.0.5-172.16.0.9,2001:db8::/32";

        assertThat(IpAllowList.permits(list, Optional.of("192.168.1.10"))).isTrue();
        assertThat(IpAllowList.permits(list, Optional.of("192.168.1.11"))).isFalse();
        assertThat(IpAllowList.permits(list, Optional.of("10.200.3.4"))).isTrue();
        assertThat(IpAllowList.permits(list, Optional.of("11.0.0.1"))).isFalse();
        assertThat(IpAllowList.permits(list, Optional.of("172.16.0.5"))).isTrue();
        assertThat(IpAllowList.permits(list, Optional.of("172.16.0.9"))).isTrue();
        assertThat(IpAllowList.permits(list, Optional.of("172.16.0.10"))).isFalse();
        assertThat(IpAllowList.permits(list, Optional.of("2001:db8:1::7"))).isTrue();
        assertThat(IpAllowList.permits(list, Optional.of("2001:db9::7"))).isFalse();
    }

    @Test
    void treatsIpv4MappedIpv6ClientsAsIpv4() {
        assertThat(IpAllowList.permits("10.0.0.0/8", Optional.of("::ffff:10.1.2.3"))).isTrue();
    }

    @Test
    void refusesUnknownOrUnparseableClientsWhenAListIsSet() {
        assertThat(IpAllowList.permits("10.0.0.0/8", Optional.empty())).isFalse();
        assertThat(IpAllowList.permits("10.0.0.0/8", Optional.of("not-an-ip"))).isFalse();
        assertThat(IpAllowList.permits("localhost", Optional.of("127.0.0.1"))).isFalse();
        assertThat(IpAllowList.permits("10.0.0.0/8", Optional.of("300.0.0.1"))).isFalse();
    }
}

package org.summitsim.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AddressGroupTest {

    private static InetSocketAddress at(String address) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(address), 40_000);
    }

    @Test
    void ipv6AddressesOfOneSlash64AreOneAddress() throws Exception {
        assertThat(AddressGroup.of(at("2001:db8:1:2::1"))).isEqualTo(AddressGroup.of(at("2001:db8:1:2:ffff:1:2:3")));
        assertThat(AddressGroup.of(at("2001:db8:1:2::1"))).isNotEqualTo(AddressGroup.of(at("2001:db8:1:3::1")));
    }

    @Test
    void ipv4AddressesCountOneByOne() throws Exception {
        assertThat(AddressGroup.of(at("192.0.2.1"))).isNotEqualTo(AddressGroup.of(at("192.0.2.2")));
    }

    @Test
    void aLimitCountsTheWholeSlash64() throws Exception {
        AddressLimits limits = new AddressLimits(2, 10, 1000, 10, 1000);
        assertThat(limits.open(at("2001:db8::1"))).isTrue();
        assertThat(limits.open(at("2001:db8::2"))).isTrue();
        assertThat(limits.open(at("2001:db8::3")))
                .as("a third address of the same /64")
                .isFalse();
        assertThat(limits.open(at("2001:db8:0:1::3"))).as("another /64").isTrue();
    }
}

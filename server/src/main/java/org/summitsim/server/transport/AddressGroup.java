package org.summitsim.server.transport;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Whom a per-address limit counts a client as: its IPv4 address, or the /64 network of its IPv6
 * address. One IPv6 subscriber usually holds a whole /64, so counting single IPv6 addresses
 * would let one machine pass any limit by changing the last 64 bits.
 */
public final class AddressGroup {

    private AddressGroup() {}

    public static InetAddress of(SocketAddress address) {
        if (!(address instanceof InetSocketAddress i) || i.getAddress() == null) {
            return InetAddress.getLoopbackAddress();
        }
        InetAddress a = i.getAddress();
        if (!(a instanceof Inet6Address)) {
            return a;
        }
        byte[] prefix = Arrays.copyOf(a.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix);
        } catch (UnknownHostException cannotHappen) { // 16 bytes are always a valid address
            throw new IllegalStateException(cannotHappen);
        }
    }
}

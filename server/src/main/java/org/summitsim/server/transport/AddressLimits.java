package org.summitsim.server.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits per client address: how many connections it may hold, and how many wrong join codes
 * or tokens it may try (a bucket of {@code attempts}, refilled one per {@code refillMs}).
 */
public final class AddressLimits {

    private final int maxConnections;
    private final int attempts;
    private final long refillMs;
    private final Map<InetAddress, AtomicInteger> connections = new ConcurrentHashMap<>();
    private final Map<InetAddress, TokenBucket> failures = new ConcurrentHashMap<>();

    public AddressLimits(int maxConnections, int attempts, long refillMs) {
        this.maxConnections = maxConnections;
        this.attempts = attempts;
        this.refillMs = refillMs;
    }

    /** Counts a new connection; false (and not counted) when the address is at its cap. */
    public boolean open(SocketAddress address) {
        InetAddress a = host(address);
        AtomicInteger n = connections.computeIfAbsent(a, k -> new AtomicInteger());
        if (n.incrementAndGet() > maxConnections) {
            n.decrementAndGet();
            return false;
        }
        return true;
    }

    public void closed(SocketAddress address) {
        InetAddress a = host(address);
        AtomicInteger n = connections.get(a);
        if (n != null && n.decrementAndGet() <= 0) {
            connections.remove(a, n);
        }
    }

    /** Whether the address may try another code or token now. */
    public boolean mayAttempt(SocketAddress address) {
        TokenBucket b = failures.get(host(address));
        if (b == null) {
            return true;
        }
        synchronized (b) {
            return b.available(System.nanoTime());
        }
    }

    /** Records a wrong code or token. */
    public void failed(SocketAddress address) {
        if (failures.size() > 10_000) {
            long now = System.nanoTime();
            failures.values().removeIf(b -> {
                synchronized (b) {
                    return b.full(now);
                }
            });
        }
        TokenBucket b = failures.computeIfAbsent(host(address),
                k -> new TokenBucket(1000.0 / refillMs, attempts, System.nanoTime()));
        synchronized (b) {
            b.tryTake(System.nanoTime());
        }
    }

    private static InetAddress host(SocketAddress address) {
        if (address instanceof InetSocketAddress i && i.getAddress() != null) {
            return i.getAddress();
        }
        return InetAddress.getLoopbackAddress();
    }
}

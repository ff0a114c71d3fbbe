package org.summitsim.server.transport;

import java.net.InetAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits per client address ({@link AddressGroup}: IPv6 counted by its /64): how many
 * connections it may hold, how many wrong join codes, tokens or keys it may try (a bucket of
 * {@code attempts}, refilled one per {@code refillMs}), and how many rooms it may create (a
 * bucket of {@code rooms}, refilled one per {@code roomRefillMs}).
 */
public final class AddressLimits {

    /** Past this many addresses with buckets, the full buckets (nothing to remember) are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxConnections;
    private final int attempts;
    private final long refillMs;
    private final int rooms;
    private final long roomRefillMs;
    private final Map<InetAddress, AtomicInteger> connections = new ConcurrentHashMap<>();
    private final Map<InetAddress, TokenBucket> failures = new ConcurrentHashMap<>();
    private final Map<InetAddress, TokenBucket> creations = new ConcurrentHashMap<>();

    public AddressLimits(int maxConnections, int attempts, long refillMs, int rooms, long roomRefillMs) {
        this.maxConnections = maxConnections;
        this.attempts = attempts;
        this.refillMs = refillMs;
        this.rooms = rooms;
        this.roomRefillMs = roomRefillMs;
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

    /** Records a wrong code, token or key. */
    public void failed(SocketAddress address) {
        take(failures, address, attempts, refillMs);
    }

    /** Counts a room creation; false (and not counted) when the address has created its quota of rooms. */
    public boolean mayCreateRoom(SocketAddress address) {
        return take(creations, address, rooms, roomRefillMs);
    }

    private static boolean take(
            Map<InetAddress, TokenBucket> buckets, SocketAddress address, int burst, long refillMs) {
        long now = System.nanoTime();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> {
                synchronized (b) {
                    return b.full(now);
                }
            });
        }
        TokenBucket b = buckets.computeIfAbsent(host(address), k -> new TokenBucket(1000.0 / refillMs, burst, now));
        synchronized (b) {
            return b.tryTake(now);
        }
    }

    private static InetAddress host(SocketAddress address) {
        return AddressGroup.of(address);
    }
}

package org.summitsim.tools.load;

import io.netty.channel.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs one load against one server: connects the clients to their rooms (or the baseline's
 * groups), lets them send for {@code warmup} seconds, then measures for {@code duration}
 * seconds, and closes them.
 */
final class LoadRun {

    private LoadRun() {}

    static LoadResult measure(
            ClientLoops loops,
            LoadTransport transport,
            String host,
            int port,
            List<String> codes,
            Load load,
            int warmup,
            int duration)
            throws Exception {
        return measure(loops, transport, host, port, codes, load, warmup, duration, null);
    }

    /** As above; {@code serverCpuNanos} (null if unknown) tells the server process's CPU time so far. */
    static LoadResult measure(
            ClientLoops loops,
            LoadTransport transport,
            String host,
            int port,
            List<String> codes,
            Load load,
            int warmup,
            int duration,
            LongSupplier serverCpuNanos)
            throws Exception {
        Traffic traffic = new Traffic();
        List<LoadClient> all = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        long seed = 1;
        try {
            for (int c = 0; c < load.clients(); c++) {
                List<CompletableFuture<LoadClient>> batch = new ArrayList<>();
                for (String code : codes) {
                    LoadClient client = new LoadClient(code, load.rate(), traffic, seed++);
                    all.add(client);
                    batch.add(client.joined());
                    channels.add(loops.connect(host, port, transport, client));
                }
                CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
            if (load.floorOnly()) {
                all.forEach(LoadClient::floorOnly);
            }
            all.forEach(LoadClient::start);
            Thread.sleep(warmup * 1000L);
            traffic.reset();
            String loadBefore = loadAverage();
            long cpu0 = serverCpuNanos == null ? 0 : serverCpuNanos.getAsLong();
            traffic.measuring = true;
            long t0 = System.nanoTime();
            Thread.sleep(duration * 1000L);
            traffic.measuring = false;
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMicros = serverCpuNanos == null || cpu0 < 0
                    ? Double.NaN
                    : (serverCpuNanos.getAsLong() - cpu0) / 1e3 / Math.max(1, traffic.received.sum());
            String loadAfter = loadAverage();
            all.forEach(LoadClient::stop);
            Latencies l = traffic.latencies;
            return new LoadResult(
                    all.size(),
                    traffic.sent.sum() / seconds,
                    traffic.received.sum() / seconds,
                    l.count(),
                    traffic.errors.sum(),
                    l.percentileMs(50),
                    l.percentileMs(90),
                    l.percentileMs(99),
                    l.percentileMs(99.9),
                    l.percentileMs(100),
                    loadBefore,
                    loadAfter,
                    cpuMicros);
        } finally {
            channels.forEach(Channel::close);
            Thread.sleep(500);
        }
    }

    /** The 1-minute load average from /proc/loadavg, or "?" where there is none. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}

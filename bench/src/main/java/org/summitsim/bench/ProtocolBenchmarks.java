package org.summitsim.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.summitsim.protocol.ClientMessage;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.MessageParser;
import org.summitsim.protocol.StageText;

/**
 * Reading a client's line up to the game command the room runs: a floor statement as the load
 * generator sends it, read in one pass (the server's way) and the general way (a JSON tree, then
 * the envelope, the stage and the command bound from it). Run with {@code -prof gc} for the
 * bytes each allocates. Results: docs/PERFORMANCE.md.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProtocolBenchmarks {

    private final byte[] floorStatement = ("{\"type\":\"command\",\"id\":\"c-1042\",\"stage\":\"ROUND 1\",\"command\":"
                    + "{\"type\":\"say\",\"text\":\"We believe the declaration must reflect shared responsibility,"
                    + " point 1042.\"}}")
            .getBytes(StandardCharsets.UTF_8);

    /** The server's way: a valid command in one pass. */
    @Benchmark
    public Inbound onePass() {
        return MessageParser.parse(floorStatement, 0, floorStatement.length);
    }

    /** The general way, as every line was read before: the tree, then the stage and command bound from it. */
    @Benchmark
    public void general(Blackhole bh) {
        Inbound in = MessageParser.parse(new ByteArrayInputStream(floorStatement));
        ClientMessage.SendCommand c = (ClientMessage.SendCommand) in.message();
        bh.consume(StageText.parse(c.stage()));
        bh.consume(MessageParser.command(c.command()));
    }
}

package org.summitsim.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.ResourceLeakDetector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a connection writes what it was sent: a line client's batch in one buffer, a WebSocket's as a frame a line. */
class ConnectionWritesTest {

    private static Connection connection(EmbeddedChannel ch) {
        Connection c = new Connection((conn, in) -> {}, new TokenBucket(20, 40, System.nanoTime()));
        ch.pipeline().addLast(PipelineNames.CONNECTION, c);
        return c;
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLineClientsBatchGoesOutAsOneBufferOfTheSameBytes() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Connection c = connection(ch);
        c.send(line("{\"type\":\"event\",\"seq\":1}"));
        c.send(line("{\"type\":\"event\",\"seq\":2,\"text\":\"é\"}"));
        c.send(line("{\"type\":\"ack\",\"id\":\"c1\"}"));
        ch.runPendingTasks();

        ByteBuf out = ch.readOutbound();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"event\",\"seq\":1}\n"
                        + "{\"type\":\"event\",\"seq\":2,\"text\":\"é\"}\n{\"type\":\"ack\",\"id\":\"c1\"}\n");
        assertThat(out.isDirect()).isTrue();
        out.release();
        assertThat((Object) ch.readOutbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void aLongBacklogGoesOutInBuffersOfAtMost64KiBInOrder() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Connection c = connection(ch);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        for (int i = 0; i < 1_000; i++) {
            byte[] l = line("{\"type\":\"event\",\"seq\":" + i + ",\"text\":\"" + "x".repeat(i % 300) + "\"}");
            sent.writeBytes(l);
            c.send(l);
        }
        ch.runPendingTasks();

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int buffers = 0;
        for (ByteBuf b; (b = ch.readOutbound()) != null; b.release()) {
            assertThat(b.readableBytes()).isLessThanOrEqualTo(64 * 1024);
            byte[] bytes = new byte[b.readableBytes()];
            b.readBytes(bytes);
            received.writeBytes(bytes);
            buffers++;
        }
        assertThat(received.toByteArray()).isEqualTo(sent.toByteArray());
        assertThat(buffers).isBetween(2, 4);
        ch.finishAndReleaseAll();
    }

    @Test
    void aWebSocketClientGetsATextFrameForEachLine() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.pipeline().addLast(PipelineNames.WS_FRAMES, new WebSocketFrameCodec());
        Connection c = connection(ch);
        c.send(line("{\"seq\":1}"));
        c.send(line("{\"seq\":2}"));
        ch.runPendingTasks();

        List<String> frames = new ArrayList<>();
        for (TextWebSocketFrame f; (f = ch.readOutbound()) != null; f.release()) {
            frames.add(f.text());
        }
        assertThat(frames).containsExactly("{\"seq\":1}", "{\"seq\":2}");
        ch.finishAndReleaseAll();
    }

    /** Everything one embedded channel received, as text. */
    private static String received(EmbeddedChannel ch) {
        StringBuilder out = new StringBuilder();
        for (ByteBuf b; (b = ch.readOutbound()) != null; b.release()) {
            out.append(b.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    @Test
    void linesToSeveralConnectionsOfOneLoopGoOutInOrderEachInOneBuffer() {
        // Three members of one room, sent to in turn as a room does, 150 lines each: more than
        // the loop's shared arrays first hold.
        EmbeddedChannel[] chs = {new EmbeddedChannel(), new EmbeddedChannel(), new EmbeddedChannel()};
        Connection[] cs = {connection(chs[0]), connection(chs[1]), connection(chs[2])};
        StringBuilder[] sent = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        for (int i = 0; i < 150; i++) {
            for (int m = 0; m < 3; m++) {
                String l = "{\"type\":\"event\",\"seq\":" + i + ",\"to\":" + m + "}";
                sent[m].append(l).append('\n');
                cs[m].send(line(l));
            }
        }
        for (EmbeddedChannel ch : chs) {
            ch.runPendingTasks();
        }
        for (int m = 0; m < 3; m++) {
            ByteBuf one = chs[m].readOutbound();
            assertThat(one).as("member %d", m).isNotNull();
            assertThat(one.toString(StandardCharsets.UTF_8)).isEqualTo(sent[m].toString());
            one.release();
            assertThat((Object) chs[m].readOutbound()).isNull();
            chs[m].finishAndReleaseAll();
        }
    }

    @Test
    void aClosedConnectionsWaitingLinesAreDroppedAndTheOthersStillGoOut() {
        EmbeddedChannel gone = new EmbeddedChannel();
        EmbeddedChannel stays = new EmbeddedChannel();
        Connection c1 = connection(gone);
        Connection c2 = connection(stays);
        c1.send(line("{\"seq\":1}"));
        c2.send(line("{\"seq\":1}"));
        gone.pipeline().close(); // not EmbeddedChannel.close(), which runs the waiting tasks first
        c2.send(line("{\"seq\":2}"));
        gone.runPendingTasks();
        stays.runPendingTasks();

        assertThat(received(gone)).isEmpty();
        assertThat(received(stays)).isEqualTo("{\"seq\":1}\n{\"seq\":2}\n");
        // The next lines go out as usual.
        c2.send(line("{\"seq\":3}"));
        stays.runPendingTasks();
        assertThat(received(stays)).isEqualTo("{\"seq\":3}\n");
        gone.finishAndReleaseAll();
        stays.finishAndReleaseAll();
    }

    @Test
    void oneLineSentToSeveralConnectionsOfALoopIsCopiedOnceAndEachGetsItsBytes() {
        // Every buffer wrapped by the leak detector, as the ones it samples in a long run are: the
        // test once failed now and then, depending on whether it sampled this line's buffer.
        ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        try {
            sendOneLineToThreeConnections();
        } finally {
            ResourceLeakDetector.setLevel(level);
        }
    }

    private void sendOneLineToThreeConnections() {
        EmbeddedChannel[] chs = {new EmbeddedChannel(), new EmbeddedChannel(), new EmbeddedChannel()};
        Connection[] cs = {connection(chs[0]), connection(chs[1]), connection(chs[2])};
        byte[] event = line("{\"type\":\"event\",\"seq\":7}");
        for (Connection c : cs) {
            c.send(event);
        }
        for (EmbeddedChannel ch : chs) {
            ch.runPendingTasks();
        }
        ByteBuf[] out = new ByteBuf[3];
        for (int m = 0; m < 3; m++) {
            out[m] = chs[m].readOutbound();
            assertThat(out[m].toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"event\",\"seq\":7}\n");
        }
        // Views of one buffer: the same memory, each with its own reader index. (Compared by address:
        // a buffer the leak detector wraps gives a new view from each unwrap().)
        assertThat(out[1].memoryAddress()).isEqualTo(out[0].memoryAddress());
        assertThat(out[2].memoryAddress()).isEqualTo(out[0].memoryAddress());
        out[0].readByte();
        assertThat(out[1].readerIndex()).isZero();
        ByteBuf shared = out[0].unwrap();
        for (ByteBuf b : out) {
            b.release();
        }
        assertThat(shared.refCnt())
                .as("kept for the next member sent the same line")
                .isEqualTo(1);

        // A different line, even with the same bytes, gets a buffer of its own and frees the last.
        cs[0].send(line("{\"type\":\"event\",\"seq\":7}"));
        chs[0].runPendingTasks();
        ByteBuf next = chs[0].readOutbound();
        assertThat(next.toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"event\",\"seq\":7}\n");
        assertThat(shared.refCnt()).isZero();
        next.release();
        for (EmbeddedChannel ch : chs) {
            ch.finishAndReleaseAll();
        }
    }
}

package org.summitsim.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * The last line an event loop copied into direct memory, kept so that the next connection of
 * that loop sent the very same line (a room's event, encoded once for all its members) gets a
 * view of that buffer instead of a copy of its own: one allocation and copy per line and loop
 * rather than per member (docs/PERFORMANCE.md). Lines are never changed once encoded, and the
 * reference kept here keeps the array alive, so an identical reference means identical bytes.
 * One per loop thread; used on that thread only.
 */
final class SharedLine {

    private static final FastThreadLocal<SharedLine> CURRENT = new FastThreadLocal<>() {
        @Override
        protected SharedLine initialValue() {
            return new SharedLine();
        }

        @Override
        protected void onRemoval(SharedLine value) {
            value.forget();
        }
    };

    private byte[] line;
    private ByteBuf buffer;

    private SharedLine() {}

    /** A buffer of {@code line}'s bytes for one write, which the write releases. */
    static ByteBuf of(byte[] line, ByteBufAllocator alloc) {
        return CURRENT.get().view(line, alloc);
    }

    private ByteBuf view(byte[] line, ByteBufAllocator alloc) {
        if (line != this.line) {
            forget();
            buffer = alloc.directBuffer(line.length).writeBytes(line);
            this.line = line;
        }
        return buffer.retainedDuplicate();
    }

    private void forget() {
        if (buffer != null) {
            buffer.release();
            buffer = null;
            line = null;
        }
    }
}

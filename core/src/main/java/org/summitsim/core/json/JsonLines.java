package org.summitsim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Values as lines of compact JSON, each ended by {@code \n}. Every thread keeps one generator
 * writing into one growable buffer, reused from line to line: the server encodes each event,
 * ack and journal record this way, and a fresh generator, buffer and copy per line were most of
 * what it allocated under full fan-out (docs/PERFORMANCE.md).
 */
public final class JsonLines {

    private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

    private JsonLines() {}

    /** {@code value} as one line, written by {@code writer}. */
    public static byte[] encode(ObjectWriter writer, Object value) {
        return encode(writer, value, null);
    }

    /** Each of {@code values} as a line, all in one array. */
    public static byte[] encode(ObjectWriter writer, List<?> values) {
        return encode(writer, null, values);
    }

    /** {@code value} as a line, or each of {@code values} if given. */
    private static byte[] encode(ObjectWriter writer, Object value, List<?> values) {
        Encoder e = ENCODER.get();
        try {
            if (values == null) {
                e.line(writer, value);
            } else {
                for (int i = 0; i < values.size(); i++) {
                    e.line(writer, values.get(i));
                }
            }
            return e.bytes();
        } catch (IOException | RuntimeException failed) {
            // The generator may have stopped half way through a value: the next line gets a new one.
            ENCODER.remove();
            throw failed instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failed;
        } finally {
            e.out.reset();
        }
    }

    /** One thread's generator and the buffer it writes into. */
    private static final class Encoder {
        final ByteArrayBuilder out = new ByteArrayBuilder(1024);
        final JsonGenerator generator;

        Encoder() {
            try {
                generator = Json.mapper().createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Lines are separated by the newline written after each value, not by the space a
            // generator puts between root values.
            generator.setRootValueSeparator(null);
        }

        void line(ObjectWriter writer, Object value) throws IOException {
            writer.writeValue(generator, value);
            generator.flush();
            out.write('\n');
        }

        /** What was written since the last reset, copied out. */
        byte[] bytes() {
            int n = out.size();
            // One block (the usual case) is copied directly: the builder's own copy walks its
            // list of earlier blocks with an iterator, even when there are none.
            return n == out.getCurrentSegmentLength() ? Arrays.copyOf(out.getCurrentSegment(), n) : out.toByteArray();
        }
    }
}

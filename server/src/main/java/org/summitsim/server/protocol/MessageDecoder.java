package org.summitsim.server.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.summitsim.protocol.Inbound;
import org.summitsim.protocol.MessageParser;

/** One frame of JSON in, one {@link Inbound} out; blank lines are skipped. Stateless and shared. */
@Sharable
public final class MessageDecoder extends MessageToMessageDecoder<ByteBuf> {

    public static final MessageDecoder INSTANCE = new MessageDecoder();

    private MessageDecoder() {}

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        if (isBlank(frame)) {
            return;
        }
        if (frame.hasArray()) {
            out.add(MessageParser.parse(
                    frame.array(), frame.arrayOffset() + frame.readerIndex(), frame.readableBytes()));
        } else {
            byte[] bytes = ByteBufUtil.getBytes(frame);
            out.add(MessageParser.parse(bytes, 0, bytes.length));
        }
    }

    private static boolean isBlank(ByteBuf frame) {
        for (int i = frame.readerIndex(); i < frame.writerIndex(); i++) {
            byte b = frame.getByte(i);
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}

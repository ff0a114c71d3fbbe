package org.summitsim.server.transport;

/** Names of the handlers in a connection's pipeline, in order. */
public final class PipelineNames {
    public static final String TLS = "tls";
    public static final String GUARD = "guard";
    public static final String IDLE = "idle";
    public static final String HEARTBEAT = "heartbeat";
    public static final String DETECT = "detect";
    public static final String LINE_FRAMER = "line-framer";
    public static final String HTTP_CODEC = "http-codec";
    public static final String HTTP_AGGREGATOR = "http-aggregator";
    public static final String WS_ORIGIN = "ws-origin";
    public static final String PAGES = "pages";
    public static final String WS_PROTOCOL = "ws-protocol";
    public static final String WS_AGGREGATOR = "ws-aggregator";
    public static final String WS_FRAMES = "ws-frames";
    public static final String MESSAGE_DECODER = "message-decoder";
    public static final String CONNECTION = "connection";

    private PipelineNames() {}
}

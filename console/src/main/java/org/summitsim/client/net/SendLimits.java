package org.summitsim.client.net;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How many messages a second the server accepts from one connection, and how many at once
 * ({@code hello_ok.limits}); it drops what comes faster, with a {@code rate_limited} error.
 */
public record SendLimits(double ratePerSecond, int burst) {

    /** The server's defaults (docs/PROTOCOL.md), for a server that does not say. */
    public static final SendLimits DEFAULT = new SendLimits(20, 40);

    static SendLimits of(JsonNode limits) {
        double rate = limits.path("ratePerSecond").asDouble(DEFAULT.ratePerSecond());
        int burst = limits.path("burst").asInt(DEFAULT.burst());
        return rate > 0 && burst > 0 ? new SendLimits(rate, burst) : DEFAULT;
    }
}

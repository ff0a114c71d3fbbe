package org.summitsim.server.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every line the test clients sent and received, in the order they did, from every connection. */
public final class WireLog {

    public enum Direction {
        SENT,
        RECEIVED
    }

    /**
     * One line. {@code invalid} marks input the test sends on purpose to be refused: the client
     * schema must refuse it too.
     */
    public record Line(Direction direction, String client, String json, boolean invalid) {}

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public void sent(String client, String json, boolean invalid) {
        lines.add(new Line(Direction.SENT, client, json, invalid));
    }

    public void received(String client, String json) {
        lines.add(new Line(Direction.RECEIVED, client, json, false));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }
}

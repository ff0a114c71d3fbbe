package org.summitsim.client.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.summitsim.client.net.Entry;
import org.summitsim.client.net.LinkState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Stage;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Welcome;

/** A test's own connection to a room (the facilitator, or another seat) that sends commands directly. */
final class Chair implements AutoCloseable {

    private final RoomLink link;
    private volatile Stage stage = Stage.LOBBY;

    private Chair(int port, String name) {
        link = new RoomLink("127.0.0.1", port, "test", name, new RoomLink.Listener() {
            @Override
            public void message(ServerMessage message, String raw) {
                if (message instanceof ServerMessage.EventMessage e
                        && e.event() instanceof org.summitsim.core.rules.Event.PhaseStarted p) {
                    stage = p.stage();
                } else if (message instanceof Welcome w && w.view() != null) {
                    stage = w.view().stage();
                }
            }

            @Override
            public void state(LinkState state) {}
        });
    }

    static Chair facilitator(int port, String token) throws IOException {
        Chair c = new Chair(port, "Chair");
        c.link.open(new Entry.Resume(token));
        return c;
    }

    static Chair player(int port, String code, String seat) throws IOException {
        Chair c = new Chair(port, seat);
        c.link.open(new Entry.Join(code, seat, false));
        return c;
    }

    /**
     * Waits until this connection has heard that the summit reached {@code target}. A command is
     * stamped with the stage its sender last heard of, and refused as stale once the room has moved
     * on: another connection's news may arrive here later.
     */
    void awaitStage(Stage target) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!stage.equals(target)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("this connection never heard of " + target + "; it is at " + stage);
            }
            Thread.sleep(10);
        }
    }

    /** Sends a command and fails the test when it is refused. */
    void send(Command command) throws IOException {
        JsonNode reply = link.call(Requests.command(stage, command));
        if (Requests.isError(reply)) {
            throw new AssertionError("refused: " + reply);
        }
    }

    /** Moves the summit on until it reaches {@code target}. */
    void advanceTo(Stage target) throws IOException {
        if (stage.equals(Stage.LOBBY)) {
            send(new Command.Start());
        }
        while (!stage.equals(target)) {
            send(new Command.Advance());
        }
    }

    @Override
    public void close() {
        link.close();
    }
}

package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.summitsim.core.json.Json;
import org.summitsim.protocol.MessageParser;
import org.summitsim.protocol.ServerMessage;
import org.summitsim.protocol.Wire;

/**
 * A room member without a socket: it records every message the room sends it, decoded, and
 * sends requests as a client would (parsed by the protocol's own parser). Made by
 * {@link RoomHarness}, which runs the room's tasks after each request.
 */
public final class FakeMember implements MemberLink {

    private final RoomHarness harness;
    private final String name;
    private final List<JsonNode> received = new ArrayList<>();
    private final List<Runnable> onClose = new ArrayList<>();
    private Room room;
    private Member member;
    private boolean open = true;
    private int nextId = 1;

    FakeMember(RoomHarness harness, String name) {
        this.harness = harness;
        this.name = name;
    }

    // ----- what the room calls

    @Override
    public void send(byte[] line) {
        if (!open) {
            return;
        }
        try {
            received.add(Json.mapper().readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException("the room sent a line that is not JSON", e);
        }
    }

    @Override
    public void bye(String code, String message) {
        send(Wire.encode(new ServerMessage.Bye(code, message)));
        // The room said goodbye in the middle of its own work: it hears of the close afterwards.
        close();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public String remote() {
        return "fake:" + name;
    }

    @Override
    public void onClose(Runnable then) {
        onClose.add(then);
    }

    @Override
    public void enteredRoom(Room room, Member member) {
        this.room = room;
        this.member = member;
    }

    @Override
    public void backToLobby() {
        room = null;
        member = null;
    }

    // ----- what a test does

    /** Sends a request (an id is added) and lets the room handle it; returns the id. */
    public String request(ObjectNode message) {
        if (room == null) {
            throw new IllegalStateException(name + " is not in a room");
        }
        String id = name + "-" + nextId++;
        message.put("id", id);
        // As the server reads a line: a valid command in one pass, anything else the general way.
        byte[] line = message.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        room.handle(member, MessageParser.parse(line, 0, line.length));
        harness.runDue();
        return id;
    }

    /** Sends a game command meant for {@code stage} ("ROUND 1"); returns the request id. */
    public String command(String stage, String commandJson) {
        try {
            return request(msg("command")
                    .put("stage", stage)
                    .set("command", Json.mapper().readTree(commandJson)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #command}, and asserts that it was acknowledged; returns the ack (its {@code seq}: the last event caused). */
    public JsonNode commandOk(String stage, String commandJson) {
        String id = command(stage, commandJson);
        JsonNode ack = reply(id);
        assertThat(ack.path("type").asText()).as("%s: %s", name, ack).isEqualTo("ack");
        return ack;
    }

    /** The last message answering request {@code id} (the ack, the error or the reply). */
    public JsonNode reply(String id) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (id.equals(received.get(i).path("id").asText(null))) {
                return received.get(i);
            }
        }
        throw new AssertionError(name + " got no reply to " + id + "; it got " + received);
    }

    /** The connection closes, as when a client goes away; the room hears of it. */
    public void disconnect() {
        close();
        harness.runDue();
    }

    private void close() {
        if (open) {
            open = false;
            onClose.forEach(Runnable::run);
        }
    }

    public static ObjectNode msg(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }

    // ----- what it received

    public List<JsonNode> received() {
        return received;
    }

    /** The events among what it received, in order. */
    public List<JsonNode> events() {
        return received.stream()
                .filter(n -> n.path("type").asText().equals("event"))
                .map(n -> n.path("event"))
                .toList();
    }

    public List<String> eventTypes() {
        return events().stream().map(e -> e.path("type").asText()).toList();
    }

    /** The last message of {@code type} it received. */
    public JsonNode last(String type) {
        return last(n -> n.path("type").asText().equals(type), type);
    }

    public JsonNode last(Predicate<JsonNode> which, String what) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (which.test(received.get(i))) {
                return received.get(i);
            }
        }
        throw new AssertionError(name + " received no " + what + "; it got " + received);
    }

    public boolean receivedAny(Predicate<JsonNode> which) {
        return received.stream().anyMatch(which);
    }

    /** Forgets what it received so far: the next assertions are about what comes after. */
    public void clear() {
        received.clear();
    }

    /** The token of its last welcome (a seat's or the facilitator's). */
    public String token() {
        return last("welcome").path("token").asText();
    }

    /** The player id the room gave it. */
    public String player() {
        return member.player();
    }

    public boolean inRoom() {
        return room != null;
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.summitsim.client.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.summitsim.client.console.command.CommandTable;
import org.summitsim.client.console.command.ConsoleContext;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/** A console context without a server: records the commands sent and the text printed. */
final class FakeContext implements ConsoleContext {

    final List<Command> sent = new ArrayList<>();
    final List<ObjectNode> requests = new ArrayList<>();
    final StringBuilder printed = new StringBuilder();
    private final ClientState state;
    private final CommandTable table = CommandTable.standard();

    FakeContext(ClientState state) {
        this.state = state;
    }

    @Override
    public ClientState state() {
        return state;
    }

    @Override
    public Style style() {
        return Style.plain();
    }

    @Override
    public CommandTable table() {
        return table;
    }

    @Override
    public void print(String text) {
        printed.append(text).append('\n');
    }

    @Override
    public PlayerView freshView() {
        return state.view();
    }

    @Override
    public PlayerView view() {
        return state.view();
    }

    @Override
    public void act(Command command) {
        sent.add(command);
    }

    @Override
    public JsonNode chair(ObjectNode request) {
        requests.add(request);
        return chairReply != null
                ? chairReply
                : Json.mapper().createObjectNode().put("type", "ack");
    }

    /** What the room answers the facilitator's next requests (an ack when null). */
    JsonNode chairReply;

    /** Whether this console holds the chair, and a seat: both, as in the demo, unless a test says otherwise. */
    boolean facilitator = true;

    boolean player = true;

    @Override
    public boolean facilitator() {
        return facilitator;
    }

    @Override
    public boolean player() {
        return player;
    }

    @Override
    public boolean await(BooleanSupplier done, Duration timeout) {
        return done.getAsBoolean();
    }

    /** Questions asked for confirmation, and the answer given: null answers as a script, without asking. */
    final List<String> asked = new ArrayList<>();

    Boolean answer;

    @Override
    public boolean confirm(String what) {
        if (answer == null) {
            return true;
        }
        asked.add(what);
        return answer;
    }

    @Override
    public void quit() {}

    /** How many times a command cleared the screen. */
    int cleared;

    @Override
    public void clearScreen() {
        cleared++;
    }

    /** Runs one line through the table, as the console does. */
    void run(String line) throws Exception {
        var in = new org.summitsim.client.console.command.Invocation(line);
        table.find(in.words()).orElseThrow().run(in, this);
    }
}

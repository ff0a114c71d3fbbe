package org.summitsim.client.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Rejection;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.MessageParser;
import org.summitsim.protocol.ProtocolError;

/**
 * One seat played by a bot program: each turn sends the seat's view and the events it saw since
 * its last turn, and reads back the commands, in the JSON of the wire protocol (docs/PROTOCOL.md).
 */
final class ExecBot implements Bot {

    private final Program program;
    private final String seat;
    private final long seed;
    private final long id;
    /** Why the program did not start for this seat; null if it did. */
    private final String failedToStart;

    /**
     * The program's run this seat is played by, fixed when the seat is made: if that run stops,
     * the seat's match goes on without it rather than with a program that knows nothing of it.
     */
    private final long run;

    private boolean started;

    /** Commands of the last answer that did not read, as the refusals told to the program. */
    private final List<String> unreadable = new ArrayList<>();

    /** A seat of a program started now (or already running). */
    ExecBot(Program program, String seat, long seed) {
        this(program, seat, seed, program.start(), null);
    }

    ExecBot(Program program, String seat, long seed, long run, String failedToStart) {
        this.program = program;
        this.seat = seat;
        this.seed = seed;
        this.id = program.nextBot();
        this.run = run;
        this.failedToStart = failedToStart;
    }

    @Override
    public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
        if (failedToStart != null) {
            throw new org.summitsim.core.bots.BotFault.Explained(failedToStart);
        }
        if (!started) {
            started = true;
            program.tell(run, message("start").put("seat", seat).put("seed", seed));
        }
        ObjectNode turn = message("turn");
        turn.set("view", Json.mapper().valueToTree(view));
        ArrayNode events = turn.putArray("events");
        for (Match.Sequenced s : news) {
            ObjectNode e = events.addObject().put("seq", s.seq());
            e.set("event", Json.mapper().valueToTree(s.event()));
        }
        return commands(program.ask(run, turn));
    }

    /**
     * The answer's commands. An answer of another shape stops the program (what follows could not
     * be trusted); a command that does not read is refused as the server refuses it, in words, and
     * the others go ahead.
     */
    private List<Command> commands(JsonNode answer) {
        if (answer.isObject() && answer.has("error")) {
            // The program caught its own bot's failure: this seat is out, the program plays on.
            throw new org.summitsim.core.bots.BotFault.Explained(program.name() + ": the bot for this seat failed: "
                    + shorten(answer.path("error").asText()));
        }
        JsonNode list = answer.path("commands");
        if (!answer.isObject() || !list.isArray()) {
            throw program.stop("its answer to a turn must be {\"commands\": [...]} (an empty list passes), not "
                    + shorten(answer.toString()));
        }
        List<Command> out = new ArrayList<>();
        for (JsonNode c : list) {
            try {
                out.add(MessageParser.command(c));
            } catch (ProtocolError e) {
                String why = e.getMessage();
                if (c.path("type").asText().equals("command") && c.has("command")) {
                    // The network's envelope, which an author porting a network bot keeps by habit.
                    why += " Over exec, list the command itself ({\"type\":\"say\",\"text\":\"...\"}),"
                            + " without the network's {\"type\":\"command\",\"stage\":...} around it.";
                }
                ObjectNode m = message("rejected");
                m.set("command", c);
                m.put("code", e.code()).put("message", why);
                program.tell(run, m);
                program.note("refused " + shorten(c.toString()) + ": " + why);
                unreadable.add(c.path("type").asText("a command") + ": " + why);
            }
        }
        return out;
    }

    @Override
    public List<String> unreadable() {
        List<String> out = List.copyOf(unreadable);
        unreadable.clear();
        return out;
    }

    @Override
    public void rejected(Command command, Rejection rejection) {
        ObjectNode m = message("rejected");
        m.set("command", Json.mapper().valueToTree(command));
        m.put("code", rejection.code().wire()).put("message", rejection.message());
        program.tell(run, m);
    }

    @Override
    public void finished(PlayerView view) {
        if (started) {
            ObjectNode m = message("finished");
            m.set("view", Json.mapper().valueToTree(view));
            program.tell(run, m);
        }
    }

    private ObjectNode message(String type) {
        return Json.mapper().createObjectNode().put("type", type).put("bot", id);
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}

package org.summitsim.client.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.summitsim.client.console.command.CommandSpec;
import org.summitsim.client.console.command.CommandTable;
import org.summitsim.client.console.command.ConsoleContext;
import org.summitsim.client.console.command.ConsoleError;
import org.summitsim.client.console.command.DidYouMean;
import org.summitsim.client.console.command.Invocation;
import org.summitsim.client.console.command.MeantCommand;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.net.Requests;
import org.summitsim.client.net.RoomLink;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/**
 * The command loop: reads a line, finds its command in the table, runs it, and shows refusals
 * as a sentence and a hint. Holds the player's link and, when this console also runs the room,
 * the facilitator's link. Counts errors so a script's exit status can report them.
 */
public final class Console implements ConsoleContext {

    private final ClientState state;
    private final ConsoleIo io;
    private final Style style;
    private final CommandTable table;
    private final RoomLink player;
    private final RoomLink chair;
    private int errors;
    private boolean quitting;

    public Console(ClientState state, ConsoleIo io, Style style, CommandTable table, RoomLink player, RoomLink chair) {
        this.state = state;
        this.io = io;
        this.style = style;
        this.table = table;
        this.player = player;
        this.chair = chair;
    }

    /** Runs until `quit` or the end of input; returns how many commands failed. */
    public int run() {
        while (!quitting) {
            io.status(org.summitsim.client.console.render.StatusLine.of(state, System.nanoTime()));
            String line = io.readLine();
            if (line == null) {
                break;
            }
            execute(line);
        }
        return errors;
    }

    /** Runs one command line; true when it succeeded. */
    public boolean execute(String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        Invocation in = new Invocation(line);
        Optional<CommandSpec> found = table.find(in.words());
        try {
            CommandSpec spec = found.orElseThrow(() -> unknown(in.words()));
            if (spec.words() == 1 && spec.synopsis().isEmpty() && in.words().size() > 1) {
                // "bots fil": a command that takes no words after it, but has two-word forms.
                List<String> forms = table.subcommands(spec.name());
                if (!forms.isEmpty()) {
                    throw unknownForm(spec.name(), in.words().get(1), forms);
                }
            }
            if (spec.who() == CommandSpec.Who.FACILITATOR && !facilitator()) {
                throw new ConsoleError(
                        "Only the facilitator can " + spec.name() + ".",
                        "Ask your facilitator, or type `help` for what you can do.");
            }
            if (spec.who() == CommandSpec.Who.PLAYER && !player()) {
                throw new ConsoleError(
                        "You do not play a delegation here, so you cannot " + spec.name() + ".",
                        "Join with a seat to take part (`summit play --code CODE`).");
            }
            spec.run(in, this);
            return true;
        } catch (ConsoleError e) {
            showError(e.getMessage(), e.hint());
        } catch (Exception e) {
            showError("Something went wrong: " + (e.getMessage() == null ? e.toString() : e.getMessage()), null);
        }
        errors++;
        return false;
    }

    private ConsoleError unknown(List<String> words) {
        String word = words.get(0);
        if (words.size() == 1 && word.equalsIgnoreCase("q")) {
            // A pager's habit: here a page stops when the next command is typed.
            return new ConsoleError(
                    "`q` on its own does nothing here.",
                    "A long page stops by itself when you type your next command; `quit` leaves Summit.");
        }
        String meant = MeantCommand.of(words);
        if (meant == null && words.size() >= 3 && state.seat() != null) {
            // A sentence, typed as one would in a chat: "hello everyone we need a treaty" is meant for the room.
            String said = String.join(" ", words);
            return new ConsoleError(
                    "There is no command \"" + word + "\".",
                    "To speak to the room, start with `say`: `say "
                            + (said.length() > 40 ? said.substring(0, 37) + "..." : said)
                            + "`. To one delegation: `dm DELEGATION MESSAGE`. `status` says what happens now;"
                            + " `help` lists the commands.");
        }
        String close = meant != null
                ? meant
                : DidYouMean.closest(table.firstWords(facilitator()), word.toLowerCase(Locale.ROOT))
                        .orElse(null);
        return new ConsoleError(
                "There is no command \"" + word + "\".",
                (close != null ? "Did you mean `" + close + "`? " : "") + "Type `help` to list the commands.");
    }

    private static ConsoleError unknownForm(String command, String word, List<String> forms) {
        String close = DidYouMean.closest(forms, word.toLowerCase(Locale.ROOT)).orElse(null);
        return new ConsoleError(
                "There is no command \"" + command + " " + word + "\".",
                (close != null ? "Did you mean `" + command + " " + close + "`? " : "")
                        + "`" + command + "` alone, or with one of: "
                        + String.join(
                                ", ",
                                forms.stream()
                                        .map(f -> "`" + command + " " + f + "`")
                                        .toList())
                        + ".");
    }

    private void showError(String message, String hint) {
        io.print(style.error(message) + (hint == null ? "" : " " + hint));
    }

    public int errors() {
        return errors;
    }

    @Override
    public ClientState state() {
        return state;
    }

    @Override
    public Style style() {
        return style;
    }

    @Override
    public CommandTable table() {
        return table;
    }

    @Override
    public void print(String text) {
        io.print(text);
    }

    @Override
    public void clearScreen() {
        io.clear();
    }

    private RoomLink primary() {
        return player != null ? player : chair;
    }

    @Override
    public PlayerView freshView() {
        try {
            JsonNode reply = primary().call(Requests.getView());
            if (Requests.isError(reply)) {
                throw new ConsoleError(reply.path("message").asText(), null);
            }
        } catch (IOException offline) {
            // Show what is known; the status line says the client is offline.
        }
        return view();
    }

    @Override
    public PlayerView view() {
        PlayerView v = state.view();
        if (v == null) {
            throw new ConsoleError("Nothing to show yet: the room has not sent its state.", "Wait a moment.");
        }
        return v;
    }

    @Override
    public void act(Command command) {
        boolean chairCommand = command instanceof Command.ChairCommand;
        RoomLink link = chairCommand ? chair : player;
        if (link == null) {
            throw new ConsoleError(
                    chairCommand ? "Only the facilitator can do that." : "You do not play a delegation here.",
                    "Type `help` for what you can do.");
        }
        JsonNode reply = call(link, Requests.command(state.stage(), command));
        if (Requests.isError(reply)) {
            throw ErrorHints.refusal(
                    reply.path("code").asText(),
                    reply.path("message").asText(),
                    state.stage(),
                    command,
                    facilitator(),
                    state.view());
        }
        long seq = reply.path("seq").asLong(0);
        if (link != primary() && seq > 0) {
            // The player's own connection carries the events the chair's command caused; let them
            // print before the next command, so the session reads in order.
            await(() -> state.lastSeq() >= seq, Duration.ofSeconds(1));
        }
    }

    @Override
    public JsonNode chair(ObjectNode request) {
        if (chair == null) {
            throw new ConsoleError("Only the facilitator can do that.", "Type `help` for what you can do.");
        }
        JsonNode reply = call(chair, request);
        if (Requests.isError(reply)) {
            String message = reply.path("message").asText();
            throw new ConsoleError(message, ErrorHints.hint(reply.path("code").asText(), message, state.stage()));
        }
        return reply;
    }

    private static JsonNode call(RoomLink link, ObjectNode request) {
        try {
            return link.call(request);
        } catch (IOException e) {
            throw new ConsoleError(e.getMessage(), null);
        }
    }

    @Override
    public boolean facilitator() {
        return chair != null;
    }

    @Override
    public boolean player() {
        return player != null && state.seat() != null;
    }

    @Override
    public boolean await(BooleanSupplier done, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() >= until) {
                return false;
            }
            try {
                Thread.sleep(Math.min(50, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean confirm(String what) {
        if (!io.interactive()) {
            return true;
        }
        io.print(style.warn(what));
        String answer = io.ask("Type yes to go ahead, anything else to cancel: ");
        return answer != null && answer.strip().matches("(?i)y|yes");
    }

    @Override
    public void quit() {
        quitting = true;
    }
}

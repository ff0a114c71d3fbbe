package org.summitsim.client.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.summitsim.client.console.command.CommandSpec;
import org.summitsim.client.console.command.CommandTable;
import org.summitsim.client.console.state.ClientState;

/** Tab completion from the command table: command names, then each argument's ids from the latest view. */
public final class ConsoleCompleter implements Completer {

    private final CommandTable table;
    private final ClientState state;
    private final BooleanSupplier facilitator;
    private volatile boolean active;

    public ConsoleCompleter(CommandTable table, ClientState state, BooleanSupplier facilitator) {
        this.table = table;
        this.state = state;
        this.facilitator = facilitator;
    }

    /** Off while the client asks its opening questions (name, code), on for commands. */
    public void activate() {
        active = true;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (!active) {
            return;
        }
        candidates(line.words().subList(0, line.wordIndex())).forEach(c -> candidates.add(new Candidate(c)));
    }

    /** What may follow the words already typed; the word being typed is filtered by JLine. */
    public List<String> candidates(List<String> before) {
        if (before.isEmpty()) {
            return table.firstWords(facilitator.getAsBoolean());
        }
        List<String> out = new ArrayList<>();
        if (before.size() == 1) {
            out.addAll(table.subcommands(before.get(0)));
        }
        CommandSpec spec = table.find(before).orElse(null);
        if (spec == null || (spec.words() == 2 && before.size() < 2)) {
            return out;
        }
        if (spec.name().equals("help")) {
            return table.firstWords(facilitator.getAsBoolean());
        }
        int arg = before.size() - spec.words();
        out.addAll(spec.arg(arg).candidates(state, before));
        return out;
    }
}

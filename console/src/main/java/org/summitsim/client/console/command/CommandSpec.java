package org.summitsim.client.console.command;

import java.util.List;

/**
 * One console command: its name (one or two words, e.g. "caucus say"), the argument synopsis,
 * a one-line summary and longer help with examples, how to complete each argument, who may use
 * it, and what it does. The table of these drives parsing, completion and help alike.
 */
public record CommandSpec(
        String name, String synopsis, String summary, String help, List<Completion> args, Who who, Handler handler) {

    /** Who a command is for; facilitator commands are listed only to those holding the role. */
    public enum Who {
        ANYONE,
        PLAYER,
        FACILITATOR
    }

    @FunctionalInterface
    public interface Handler {
        void run(Invocation in, ConsoleContext ctx) throws Exception;
    }

    /** Runs the command on a line whose first {@link #words()} words name it. */
    public void run(Invocation in, ConsoleContext ctx) throws Exception {
        handler.run(in.shift(words()), ctx);
    }

    public int words() {
        return name.split(" ").length;
    }

    public String usage() {
        return synopsis.isEmpty() ? name : name + " " + synopsis;
    }

    /** Completion for argument {@code i}; the last one repeats (lists of seats). */
    public Completion arg(int i) {
        if (args.isEmpty()) {
            return Completion.NONE;
        }
        return args.get(Math.min(i, args.size() - 1));
    }

    public static Builder command(String name) {
        return new Builder(name);
    }

    /** Reads well in the command tables: {@code command("vote").args("ID support|oppose|abstain")...}. */
    public static final class Builder {
        private final String name;
        private String synopsis = "";
        private String summary = "";
        private String help = "";
        private List<Completion> args = List.of();
        private Who who = Who.ANYONE;

        private Builder(String name) {
            this.name = name;
        }

        public Builder args(String synopsis, Completion... completions) {
            this.synopsis = synopsis;
            this.args = List.of(completions);
            return this;
        }

        public Builder summary(String s) {
            summary = s;
            return this;
        }

        public Builder help(String h) {
            help = h;
            return this;
        }

        public Builder player() {
            who = Who.PLAYER;
            return this;
        }

        public Builder facilitator() {
            who = Who.FACILITATOR;
            return this;
        }

        public CommandSpec does(Handler handler) {
            return new CommandSpec(name, synopsis, summary, help, args, who, handler);
        }
    }
}

package org.summitsim.client.console.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.PhaseHints;
import org.summitsim.client.console.render.Style;
import org.summitsim.client.console.render.Wrap;

/** `help` and `help COMMAND`, written from the command table so they never drift from it. */
final class HelpText {

    private HelpText() {}

    /**
     * `help`: every command by its usage, grouped, in few enough lines to fit a small screen;
     * `help GROUP` and `help all` add what each one does.
     */
    static String overview(ConsoleContext ctx) {
        CommandTable t = ctx.table();
        Style s = ctx.style();
        StringBuilder out = new StringBuilder();
        for (String section : t.sections()) {
            List<CommandSpec> specs = inSection(ctx, section);
            if (!specs.isEmpty()) {
                out.append(s.heading(section))
                        .append(s.dim("  (help " + keyword(t, section) + ")"))
                        .append('\n')
                        .append(rows(specs.stream().map(CommandSpec::usage).toList(), Wrap.width()))
                        .append('\n');
            }
        }
        out.append("Now: ")
                .append(PhaseHints.of(
                        ctx.state().stage().phase(),
                        ctx.facilitator(),
                        ctx.state().seat() != null))
                .append('\n');
        botTalk(ctx).ifPresent(line -> out.append(line).append('\n'));
        out.append(s.dim("`help GROUP` (e.g. `help talk`) says what each command of a group does; `help COMMAND`"
                + " explains one, with examples; `help all` lists everything. Tab completes commands and ids."));
        return out.toString();
    }

    /**
     * A player among bots may not guess that they answer: one line, with two things to ask a bot
     * that is in the room (docs/CLIENT.md, "Talking to bots").
     */
    static java.util.Optional<String> botTalk(ConsoleContext ctx) {
        var presence = ctx.state().presence();
        if (!ctx.player() || presence == null || presence.seats() == null) {
            return java.util.Optional.empty();
        }
        return presence.seats().stream()
                .filter(p ->
                        "bot".equals(p.status()) && !p.seat().equals(ctx.state().seat()))
                .map(p -> p.seat())
                .findFirst()
                .map(seat -> ctx.state().view() == null
                        ? seat
                        : new Names(ctx.state().view()).typed(seat))
                .map(bot -> "Bots answer private messages in plain English: `dm " + bot + " Will you sign?` or `dm "
                        + bot + " What would it take to get your vote?`");
    }

    /** The full listing of one group, or of all of them: usage and what each command does. */
    static String sections(ConsoleContext ctx, List<String> sections) {
        Style s = ctx.style();
        StringBuilder out = new StringBuilder();
        for (String section : sections) {
            List<CommandSpec> specs = inSection(ctx, section);
            if (specs.isEmpty()) {
                continue;
            }
            out.append(s.heading(section)).append('\n');
            for (CommandSpec c : specs) {
                if (c.usage().length() > 44) {
                    // a long usage gets a line of its own, so it does not run into what it does
                    out.append(s.command("  " + c.usage()))
                            .append("\n      ")
                            .append(c.summary())
                            .append('\n');
                    continue;
                }
                String usage = String.format(Locale.ROOT, "  %-44s", c.usage());
                out.append(s.command(usage)).append(' ').append(c.summary()).append('\n');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The group a word names ("talk", "read", "chair"...), if any. */
    static java.util.Optional<String> section(ConsoleContext ctx, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ctx.table().sections().stream()
                .filter(sec -> keyword(ctx.table(), sec).equals(w)
                        || (w.equals("chair") && keyword(ctx.table(), sec).equals("facilitator")))
                .filter(sec -> !inSection(ctx, sec).isEmpty())
                .findFirst();
    }

    /** The word that names a group: its first, unless that is a command's name ("Help and scripts"). */
    private static String keyword(CommandTable t, String section) {
        String[] words = section.toLowerCase(Locale.ROOT).split(" ");
        return t.find(List.of(words[0])).isPresent() ? words[words.length - 1] : words[0];
    }

    /** Usages side by side, never one cut over two lines. */
    private static String rows(List<String> usages, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder("  ");
        for (String u : usages) {
            if (line.length() > 2 && line.length() + 5 + u.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder("  ");
            }
            line.append(line.length() > 2 ? "  ·  " : "").append(u);
        }
        return out.append(line).toString();
    }

    private static List<CommandSpec> inSection(ConsoleContext ctx, String section) {
        CommandTable t = ctx.table();
        return t.all().stream()
                .filter(c -> t.sectionOf(c).equals(section))
                .filter(c -> visible(c, ctx))
                .toList();
    }

    private static boolean visible(CommandSpec c, ConsoleContext ctx) {
        return switch (c.who()) {
            case FACILITATOR -> ctx.facilitator();
            case PLAYER -> ctx.player();
            case ANYONE -> true;
        };
    }

    static String command(ConsoleContext ctx, String name) {
        if (name.equalsIgnoreCase("all")) {
            return sections(ctx, ctx.table().sections());
        }
        java.util.Optional<String> group = section(ctx, name.strip());
        if (group.isPresent() && ctx.table().find(List.of(name.strip())).isEmpty()) {
            return sections(ctx, List.of(group.get()));
        }
        CommandTable t = ctx.table();
        Style s = ctx.style();
        List<String> words = new Invocation(name).words();
        CommandSpec spec = t.find(words).orElse(null);
        List<String> family = t.subcommands(words.get(0));
        if (spec == null && family.isEmpty()) {
            throw new ConsoleError("There is no command \"" + name + "\".", "Type `help` to list them.");
        }
        StringBuilder out = new StringBuilder();
        if (spec != null) {
            out.append(s.command(spec.usage()))
                    .append('\n')
                    .append(spec.summary())
                    .append('\n');
            if (!spec.help().isEmpty()) {
                out.append('\n').append(spec.help()).append('\n');
            }
            if (spec.who() == CommandSpec.Who.FACILITATOR) {
                out.append(s.dim("(facilitator only)")).append('\n');
            }
            for (Map.Entry<String, String> a : t.aliases().entrySet()) {
                if (a.getValue().equals(spec.name())) {
                    out.append(s.dim("Also: " + a.getKey())).append('\n');
                }
            }
        }
        if (spec == null || spec.words() == 1) {
            String first = t.canonical(words.get(0));
            for (String sub : family) {
                CommandSpec c = t.find(List.of(first, sub)).orElseThrow();
                out.append(String.format(Locale.ROOT, "%n%s%n  %s%n", s.command(c.usage()), c.summary()));
                if (!c.help().isEmpty()) {
                    out.append("  ").append(c.help().replace("\n", "\n  ")).append('\n');
                }
            }
        }
        return out.toString().stripTrailing();
    }
}

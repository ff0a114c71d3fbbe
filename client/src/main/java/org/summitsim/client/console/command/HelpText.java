package org.summitsim.client.console.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitsim.client.console.render.PhaseHints;
import org.summitsim.client.console.render.Style;

/** `help` and `help COMMAND`, written from the command table so they never drift from it. */
final class HelpText {

    private HelpText() {
    }

    static String overview(ConsoleContext ctx) {
        CommandTable t = ctx.table();
        Style s = ctx.style();
        StringBuilder out = new StringBuilder();
        for (String section : t.sections()) {
            List<CommandSpec> specs = t.all().stream().filter(c -> t.sectionOf(c).equals(section))
                    .filter(c -> visible(c, ctx)).toList();
            if (specs.isEmpty()) {
                continue;
            }
            out.append(s.heading(section)).append('\n');
            for (CommandSpec c : specs) {
                String usage = String.format(Locale.ROOT, "  %-44s", c.usage());
                out.append(s.command(usage)).append(' ').append(c.summary()).append('\n');
            }
            out.append('\n');
        }
        out.append("Now: ").append(PhaseHints.of(ctx.state().stage().phase())).append('\n');
        out.append(s.dim("Tab completes commands and ids. `help COMMAND` explains one, with examples."));
        return out.toString();
    }

    private static boolean visible(CommandSpec c, ConsoleContext ctx) {
        return switch (c.who()) {
            case FACILITATOR -> ctx.facilitator();
            case PLAYER -> ctx.player();
            case ANYONE -> true;
        };
    }

    static String command(ConsoleContext ctx, String name) {
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
            out.append(s.command(spec.usage())).append('\n').append(spec.summary()).append('\n');
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

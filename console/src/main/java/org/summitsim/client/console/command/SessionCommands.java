package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;

/** The session itself: help, waiting (for scripts), leaving. */
final class SessionCommands {

    static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);

    // spotless:off
    static final List<String> EVENT_TYPES = List.of("phase_started", "paused", "resumed", "phase_extended",
            "news", "announcement", "floor", "dm", "caucus_created", "caucus_joined", "caucus_left",
            "caucus_message", "amendment_proposed", "amendment_cosponsored", "amendment_withdrawn", "vote_cast",
            "amendment_resolved", "pledge_made", "deal_offered", "deal_accepted", "deal_declined", "seat_ready",
            "decision_sealed", "delegation_decided", "decisions_revealed", "match_ended");
    // spotless:on

    private SessionCommands() {}

    static void register(CommandTable t) {
        t.section("Help and scripts");
        t.add(command("help")
                .args("[COMMAND]", (s, before) -> List.of())
                .summary("List the commands, or explain one with examples.")
                .does((in, ctx) ->
                        ctx.print(in.arg(0) == null ? HelpText.overview(ctx) : HelpText.command(ctx, in.rest(0)))));
        t.alias("?", "help");
        t.add(command("wait")
                .args(
                        "DURATION | phase STAGE | event TYPE | results [TIMEOUT]",
                        (s, before) -> List.of("phase", "event", "results", "2s"),
                        (s, before) -> before.get(before.size() - 1).equals("phase")
                                ? Ids.STAGES.candidates(s, before)
                                : before.get(before.size() - 1).equals("event") ? EVENT_TYPES : List.of())
                .summary("Pause until time passes, a phase starts or an event arrives (for scripts).")
                .help("Events keep printing while waiting. A phase counts as reached once the summit is in it or"
                        + " past it. `wait event` takes the next event of that type that no earlier wait took,"
                        + " even if it arrived before the wait began. The optional timeout (default 5m) makes the"
                        + " wait fail instead of hanging.\n"
                        + "Examples:  wait 2s     wait phase ROUND 1     wait phase FINAL 10m\n"
                        + "           wait event amendment_resolved     wait results")
                .does(SessionCommands::await));
        t.add(command("clear")
                .summary("Clear the screen (Ctrl-L does the same while you type).")
                .help("Nothing is lost: `text`, `amendments`, `score` and the others show the summit as it is now.")
                .does((in, ctx) -> ctx.clearScreen()));
        t.alias("cls", "clear");
        t.add(command("quit")
                .summary("Leave the client (your seat stays yours; rejoin with the same code).")
                .does((in, ctx) -> {
                    ctx.print(goodbye(ctx));
                    ctx.quit();
                }));
        t.alias("exit", "quit");
    }

    private static void await(Invocation in, ConsoleContext ctx) {
        String what = in.require(0, "thing to wait for: a duration (2s), `phase STAGE`, `event TYPE` or `results`");
        ClientState s = ctx.state();
        switch (what.toLowerCase(Locale.ROOT)) {
            case "phase" -> {
                String name = in.require(1, "stage, e.g. `wait phase ROUND 1`");
                int next = 2;
                String stageText = name;
                if (name.equalsIgnoreCase("round")
                        && in.arg(2) != null
                        && in.arg(2).matches("\\d+")) {
                    stageText = name + " " + in.arg(2);
                    next = 3;
                }
                Stage target = stage(stageText);
                Duration timeout = timeout(in.arg(next));
                if (!ctx.await(() -> reached(s.stage(), target), timeout)) {
                    throw timedOut("the summit to reach " + target, s);
                }
            }
            case "results" -> {
                if (!ctx.await(s::over, timeout(in.arg(1)))) {
                    throw timedOut("the results", s);
                }
            }
            case "event" -> {
                String type = in.require(1, "event type, e.g. `wait event amendment_resolved`");
                if (!ctx.await(() -> s.takeEvent(type), timeout(in.arg(2)))) {
                    throw timedOut("an event " + type, s);
                }
            }
            default -> {
                Duration d = duration(what);
                ctx.await(() -> false, d);
            }
        }
    }

    static boolean reached(Stage now, Stage target) {
        int c = Integer.compare(now.phase().ordinal(), target.phase().ordinal());
        return c > 0 || (c == 0 && now.round() >= target.round());
    }

    private static Stage stage(String text) {
        try {
            Stage s = Stage.parse(text);
            return s.phase() == Phase.ROUND && s.round() == 0 ? Stage.round(1) : s;
        } catch (RuntimeException e) {
            throw new ConsoleError(
                    "\"" + text + "\" is not a stage.",
                    "Stages: BRIEFING, OPENING, ROUND 1, ROUND 2, ..., FINAL, RESULTS.");
        }
    }

    private static Duration timeout(String word) {
        return word == null ? DEFAULT_WAIT : duration(word);
    }

    /** "2s", "500ms", "3m", or plain seconds. */
    static Duration duration(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        try {
            if (w.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(w.substring(0, w.length() - 2)));
            }
            if (w.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(w.substring(0, w.length() - 1)) * 1000));
            }
            if (w.endsWith("m")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(w.substring(0, w.length() - 1)) * 60_000));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(w) * 1000));
        } catch (NumberFormatException e) {
            throw new ConsoleError("\"" + word + "\" is not a duration.", "Write it like 2s, 500ms or 3m.");
        }
    }

    private static ConsoleError timedOut(String what, ClientState s) {
        return new ConsoleError(
                "Gave up waiting for " + what + "; the summit is in " + s.stage() + ".",
                "Give a longer timeout, e.g. `wait phase FINAL 10m`.");
    }

    /**
     * What leaving means for this window: a seat kept while the summit runs, or a room that
     * carries on. A window that holds a seat and the chair (the demo, whose room ends with it)
     * just says goodbye.
     */
    static String goodbye(ConsoleContext ctx) {
        ClientState state = ctx.state();
        if (state.over() || ctx.player() && ctx.facilitator()) {
            return "Goodbye, and thank you for playing.";
        }
        if (ctx.player() && state.seat() != null) {
            String seat = new Names(state.view()).inSentence(state.seat());
            return "Goodbye for now. Your seat, " + seat + ", stays yours while the summit goes on:"
                    + " type the same `summit play` command to come back to it.";
        }
        if (ctx.facilitator()) {
            return "Goodbye for now. The room goes on without this window: open it again with the same"
                    + " command and your facilitator code.";
        }
        return "Goodbye.";
    }
}

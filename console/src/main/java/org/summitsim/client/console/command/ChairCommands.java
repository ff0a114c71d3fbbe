package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.console.render.MonitorTable;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.WhoTable;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.console.state.Countdown;
import org.summitsim.client.net.Requests;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Inject;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;
import org.summitsim.protocol.Presence;

/** The facilitator's commands: the clock, news, votes, seats and bots. */
final class ChairCommands {

    private ChairCommands() {}

    static void register(CommandTable t) {
        t.section("Facilitator");
        t.add(command("start")
                .args("[yes]", Completion.NONE)
                .facilitator()
                .summary("Leave the lobby and start the briefing.")
                .does(ChairCommands::start));
        t.add(command("pause")
                .facilitator()
                .summary("Stop the clock and all player commands.")
                .does((in, ctx) -> ctx.act(new Command.Pause())));
        t.add(command("resume")
                .facilitator()
                .summary("Restart the clock after a pause.")
                .does((in, ctx) -> ctx.act(new Command.Resume())));
        t.add(command("extend")
                .args("TIME", Completion.of("1m", "2m", "5m", "-1m"))
                .facilitator()
                .summary("Add (or, negative, remove) time to this phase.")
                .help("Minutes or seconds, with the unit short or spelled out; a bare number is seconds, and a"
                        + " minus takes time away.\nExamples:  extend 2m     extend 2 minutes     extend 90"
                        + "     extend 30 sec     extend -1m")
                .does(ChairCommands::extend));
        t.add(command("advance")
                .args("[yes]", Completion.NONE)
                .facilitator()
                .summary("End the current phase now and go to the next.")
                .help("In a round this also closes every open vote: delegations that have not voted count as"
                        + " abstaining, so an open amendment that nobody has opposed yet is adopted. Use"
                        + " `callvote A3` first if you want one vote closed on its own.\n"
                        + "At the keyboard it first says what will happen and asks you to confirm;"
                        + " `advance yes` does it without asking.")
                .does(ChairCommands::advance));
        t.add(command("inject")
                .args("ID | TITLE: TEXT", ChairCommands::injectIds)
                .facilitator()
                .summary("Release news: one of the scenario's injects, or your own.")
                .help("Examples:  inject hrw\n           inject Breaking: A drone incident is reported at sea.")
                .does(ChairCommands::inject));
        t.add(command("announce")
                .args("TEXT")
                .facilitator()
                .summary("Say something to everyone as the chair.")
                .help("Example:  announce Five minutes left in this round.")
                .does((in, ctx) -> ctx.act(new Command.Announce(TalkCommands.text(in, 0, "announcement")))));
        t.add(command("callvote")
                .args("AMENDMENT", Ids.OPEN_AMENDMENTS)
                .facilitator()
                .summary("Close the vote on an open amendment now.")
                .does((in, ctx) -> ctx.act(new Command.CallVote(Resolve.amendment(ctx, in.require(0, "amendment"))))));
        t.alias("call_vote", "callvote");
        t.add(command("end")
                .args("now [yes]", Completion.of("now"), Completion.NONE)
                .facilitator()
                .summary("End the summit for everyone: undecided seats get the default.")
                .help("A bare `end` only says what it would do; `end now` does it, after asking you to confirm at the"
                        + " keyboard; `end now yes` does it without asking.")
                .does(ChairCommands::end));
        t.add(command("hide")
                .args("DELEGATION [decision]", Ids.SEATS, Completion.of("decision"))
                .facilitator()
                .summary("Take a delegation's latest statement on the floor off every screen.")
                .help("For what should not stay on the projector or anyone's screen. Again hides the one before."
                        + " With `decision`: the words a delegation sent with its final decision, which only you"
                        + " have read, are left out of the reveal and the debrief (until the reveal)."
                        + "\nExamples:  hide france     hide france decision")
                .does(ChairCommands::hide));
        t.add(command("mute")
                .args("DELEGATION", Ids.SEATS)
                .facilitator()
                .summary("Stop a delegation's messages (floor, private, caucus); it can still play.")
                .help("Only that delegation and you are told. `unmute` undoes it.\nExample:  mute france")
                .does((in, ctx) -> mute(in, ctx, true)));
        t.add(command("unmute")
                .args("DELEGATION", Ids.SEATS)
                .facilitator()
                .summary("Let a muted delegation send messages again.")
                .does((in, ctx) -> mute(in, ctx, false)));
        t.add(command("monitor")
                .facilitator()
                .summary("Who is active: idle time, decided or not, and activity per delegation.")
                .help("Shows each seat's players, idle time, whether it has decided (never what), and counts of"
                        + " statements, messages, amendments and votes, then who has not spoken yet.")
                .does((in, ctx) -> ctx.print(MonitorTable.render(ctx.chair(Requests.getMonitor())))));
        t.add(command("who")
                .facilitator()
                .summary("Who is connected: names, roles and delegations (and each player's id).")
                .does(ChairCommands::who));
        t.add(command("assign")
                .args("PLAYER SEAT|spectator", Ids.PLAYERS, Ids.SEATS)
                .facilitator()
                .summary("Move a connected player to a seat (or make them a spectator).")
                .help("Name the player as `who` lists them, in any case; the start of a name is enough when only"
                        + " one person's name starts that way.\nExamples:  assign ada china     assign Ben spectator")
                .does(ChairCommands::assign));
        t.add(command("kick")
                .args("PLAYER [REASON]", Ids.PLAYERS)
                .facilitator()
                .summary("Disconnect a player, with a reason they will see.")
                .does(ChairCommands::kick));
        t.add(command("bots").facilitator().summary("Which seats bots play.").does(ChairCommands::bots));
        t.add(command("bots fill")
                .args("[SEAT...] [strategy=NAME]", Ids.SEATS)
                .facilitator()
                .summary("Put bots on the listed seats, or on every seat without a human.")
                .help("Strategies: historical, utility, mediator, hardliner, silent, random.\n"
                        + "Examples:  bots fill     bots fill china india strategy=hardliner")
                .does(ChairCommands::fill));
        t.add(command("bots remove")
                .args("SEAT", Ids.SEATS)
                .facilitator()
                .summary("Take the bot off a seat; the seat becomes free for a human.")
                .does((in, ctx) -> ok(ctx, ctx.chair(Requests.removeBot(in.require(0, "seat"))), "Bot removed.")));
    }

    /** The scenario's inject ids, when its file ships with Summit (the wire does not carry them). */
    private static List<String> injectIds(ClientState s, List<String> before) {
        Scenario scenario = s.localScenario();
        return scenario == null
                ? List.of()
                : scenario.injects().stream().map(Inject::id).toList();
    }

    private static void inject(Invocation in, ConsoleContext ctx) {
        if (in.rest(0).isEmpty()) {
            Scenario scenario = ctx.state().localScenario();
            String ready = scenario == null || scenario.injects().isEmpty()
                    ? ""
                    : " The scenario's own: "
                            + String.join(
                                    ", ",
                                    scenario.injects().stream()
                                            .map(i -> i.id() + " (\u201c" + i.title() + "\u201d)")
                                            .toList())
                            + ".";
            throw new ConsoleError(
                    "Say which news to release." + ready, "Type `inject ID`, or write your own: `inject TITLE: TEXT`.");
        }
        String all = in.rest(0);
        int colon = all.indexOf(':');
        if (colon > 0) {
            ctx.act(new Command.ReleaseInject(
                    null,
                    all.substring(0, colon).strip(),
                    all.substring(colon + 1).strip()));
        } else {
            ctx.act(new Command.ReleaseInject(in.arg(0), null, null));
        }
    }

    private static final String EXTEND_FORMS =
            "Write minutes or seconds: `extend 2m`, `extend 2 min`, `extend 2 minutes`,"
                    + " `extend 90s`, `extend 90 sec`, `extend 90 seconds` (a bare number is seconds). A minus takes time"
                    + " away: `extend -1m`.";

    private static final Pattern EXTENSION = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(\\p{L}*)");

    /** The seconds `extend` adds: "2m", "2 min", "2 minutes", "90", "90s", "90 sec", "90 seconds", "-1m". */
    static int extension(Invocation in) {
        String typed = in.rest(0);
        if (typed.isEmpty()) {
            throw new ConsoleError("Say how much time to add.", EXTEND_FORMS);
        }
        Matcher m = EXTENSION.matcher(typed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConsoleError("\"" + typed + "\" is not an amount of time.", EXTEND_FORMS);
        }
        int unit = switch (m.group(2)) {
            case "", "s", "sec", "secs", "second", "seconds" -> 1;
            case "m", "min", "mins", "minute", "minutes" -> 60;
            default ->
                throw new ConsoleError(
                        "\"" + m.group(2) + "\" is not a unit `extend` knows: it takes minutes or seconds.",
                        EXTEND_FORMS);
        };
        double seconds = Double.parseDouble(m.group(1)) * unit;
        if (Math.abs(seconds) > 24 * 60 * 60) {
            throw new ConsoleError(
                    "That is more than a day; a phase can be made at most a day longer or shorter at a time.",
                    EXTEND_FORMS);
        }
        if (Math.round(seconds) == 0) {
            throw new ConsoleError("That adds no time at all.", EXTEND_FORMS);
        }
        return (int) Math.round(seconds);
    }

    /**
     * Moving on closes the open votes at once, counting silence as abstaining: the chair is told
     * what will happen and asked first (unless `advance yes`), then which votes closed and how
     * many delegations had not voted yet, as it happens.
     */
    /** Starting with seats nobody holds is asked about first: the play-test started 5 of 6 empty without a word. */
    private static void start(Invocation in, ConsoleContext ctx) {
        Presence p = ctx.state().presence();
        List<String> empty = p == null
                ? List.of()
                : p.seats().stream()
                        .filter(x -> x.status().equals("empty"))
                        .map(x -> seatName(ctx, x.seat()))
                        .toList();
        String seats = empty.isEmpty()
                ? ""
                : empty.size() == 1
                        ? "One seat has nobody in it yet: " + empty.get(0) + ". It takes no part until a student"
                                + " joins or you seat a bot there (`bots fill`). "
                        : empty.size() + " seats have nobody in them yet: " + String.join(", ", empty) + ". They take"
                                + " no part until students join or you seat bots there (`bots fill`). ";
        // A play-test's teacher filled the seats with bots and started before the students came:
        // the bots were ready at once, and the briefing lasted a second.
        String alone = p != null && students(p) == 0 && empty.size() < p.seats().size()
                ? "No student has taken a seat yet: with bots alone at the table, each phase ends as soon as they"
                        + " are ready, in seconds rather than on the clock, and students who join later take over"
                        + " a bot's seat and its promises. "
                : "";
        String question = seats + alone + "Start the summit anyway?";
        if (!(seats + alone).isEmpty() && !yes(in, 0) && !ctx.confirm(question)) {
            ctx.print("Not started: the room waits in the lobby.");
            return;
        }
        ctx.act(new Command.Start());
    }

    /** Seats that students hold, here or away (a program that joined as a bot is not one). */
    private static long students(Presence p) {
        java.util.Set<String> programs = p.players() == null
                ? java.util.Set.of()
                : p.players().stream()
                        .filter(x -> Boolean.TRUE.equals(x.bot()) && x.seat() != null)
                        .map(Presence.PlayerEntry::seat)
                        .collect(java.util.stream.Collectors.toSet());
        return p.seats().stream()
                .filter(x ->
                        (x.status().equals("present") || x.status().equals("absent")) && !programs.contains(x.seat()))
                .count();
    }

    /**
     * Time taken away that would end the phase at once is asked about first, as `advance` is: the
     * play-test's `extend -5m` with a minute left jumped to the next round without a word.
     */
    private static void extend(Invocation in, ConsoleContext ctx) {
        int seconds = extension(in);
        long left = ctx.state().countdown().remainingMs(System.nanoTime());
        if (seconds < 0 && left >= 0 && left <= -seconds * 1000L) {
            if (!ctx.confirm(
                    "Taking away " + Countdown.format(-seconds * 1000L) + " leaves no time. " + advanceEffect(ctx))) {
                ctx.print("Not changed: the clock runs on.");
                return;
            }
        }
        ctx.act(new Command.Extend(seconds));
    }

    private static void advance(Invocation in, ConsoleContext ctx) {
        var asked = ctx.state().stage();
        if (!yes(in, 0) && !ctx.confirm(advanceEffect(ctx))) {
            ctx.print("Not advanced: nothing changed.");
            return;
        }
        if (!ctx.state().stage().equals(asked)) {
            // The clock moved on while the chair was asked: a yes was for the phase that ended.
            ctx.print("Not advanced: " + asked.inWords() + " ended while you were asked, and the summit is now in "
                    + ctx.state().stage().inWords() + ". Type `advance` again to end this one.");
            return;
        }
        var v = ctx.state().view();
        if (v != null && ctx.state().stage().phase() == org.summitsim.core.rules.Phase.ROUND) {
            for (var a : v.amendments()) {
                if (a.status().equals("open")) {
                    long silent = v.delegations().stream()
                            .filter(d -> !a.hasStance(d.id()))
                            .count();
                    ctx.print("Closing the vote on " + a.id() + " now"
                            + (silent == 0
                                    ? "."
                                    : ": " + silent + (silent == 1 ? " delegation has" : " delegations have")
                                            + " not voted and " + (silent == 1 ? "counts" : "count")
                                            + " as abstaining."));
                }
            }
        }
        ctx.act(new Command.Advance());
    }

    /** Whether the word at {@code i} is "yes": the step was confirmed as it was typed. */
    private static boolean yes(Invocation in, int i) {
        return "yes".equalsIgnoreCase(in.arg(i)) || "y".equalsIgnoreCase(in.arg(i));
    }

    /** "Round 1 ends now, with 2:13 left; 2 open votes close: A3 (Human control), A5 (...)". */
    static String advanceEffect(ConsoleContext ctx) {
        ClientState state = ctx.state();
        String left = Countdown.format(state.countdown().remainingMs(System.nanoTime()));
        String stage = state.stage().inWords();
        StringBuilder b = new StringBuilder(Character.toUpperCase(stage.charAt(0)) + stage.substring(1))
                // "the final decisions" are plural.
                .append(state.stage().phase() == org.summitsim.core.rules.Phase.FINAL ? " end now" : " ends now")
                .append(left.isEmpty() ? "" : ", with " + left + " left")
                .append(", and the summit moves on to the next phase.");
        var v = state.view();
        if (v != null && state.stage().phase() == org.summitsim.core.rules.Phase.ROUND) {
            Names names = new Names(v);
            List<String> open = v.amendments().stream()
                    .filter(a -> a.status().equals("open"))
                    .map(a -> {
                        long silent = v.delegations().stream()
                                .filter(d -> !a.hasStance(d.id()))
                                .count();
                        return a.id() + " (" + names.clauseTitle(a.clause()) + ", " + silent + " not voted yet)";
                    })
                    .toList();
            b.append(
                    open.isEmpty()
                            ? " No vote is open."
                            : " " + open.size() + (open.size() == 1 ? " open vote closes" : " open votes close") + ": "
                                    + String.join(", ", open)
                                    + "; delegations that have not voted count as abstaining.");
        }
        return b.toString();
    }

    /** Ending cannot be undone, so a bare `end` only says what it would do, and `end now` asks at the keyboard. */
    private static void end(Invocation in, ConsoleContext ctx) {
        var v = ctx.state().view();
        String fallback = v == null ? "get the default decision" : EventText.decision(v.defaultDecision());
        long undecided = v == null
                ? 0
                : v.delegations().stream().filter(d -> !d.decided()).count();
        String effect =
                " the summit for everyone now, in " + ctx.state().stage().inWords()
                        + ": the text stays as it is and "
                        + (v == null ? "delegations" : undecided + (undecided == 1 ? " delegation" : " delegations"))
                        + " that have not decided " + fallback
                        + " by default, which breaks any pledge or deal of theirs to decide otherwise.";
        if (!"now".equalsIgnoreCase(in.arg(0))) {
            throw new ConsoleError("This would end" + effect, "To do it, type `end now`.");
        }
        if (!yes(in, 1) && !ctx.confirm("This ends" + effect + " It cannot be undone.")) {
            ctx.print("Not ended: the summit goes on.");
            return;
        }
        ctx.act(new Command.EndMatch());
    }

    private static void who(Invocation in, ConsoleContext ctx) {
        JsonNode reply = ctx.chair(Requests.getPresence());
        var view = ctx.state().view();
        ctx.print(WhoTable.render(reply, seat -> view == null ? seat : new Names(view).seat(seat), ctx.style()));
    }

    /** A person in the room, as the facilitator's presence list gives them. */
    private record Person(String id, String name, String role, String seat) {}

    /**
     * A connected person by name, in any case: "ben" finds "Ben 😀", and so does the start of a
     * name that only one person's name starts with. The id `who` lists ("p3") works too.
     */
    private static Person person(ConsoleContext ctx, String typed) {
        JsonNode reply = ctx.chair(Requests.getPresence());
        List<Person> people = new ArrayList<>();
        for (JsonNode p : reply.path("players")) {
            if (!p.path("role").asText().equals("facilitator")) {
                people.add(new Person(
                        p.path("player").asText(),
                        p.path("name").asText(),
                        p.path("role").asText(),
                        p.path("seat").isTextual() ? p.path("seat").asText() : null));
            }
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        List<Person> byId =
                people.stream().filter(p -> p.id().equalsIgnoreCase(t)).toList();
        if (byId.size() == 1) {
            return byId.get(0);
        }
        List<Person> byName = people.stream()
                .filter(p -> p.name().strip().equalsIgnoreCase(t))
                .toList();
        if (byName.isEmpty()) {
            byName = people.stream()
                    .filter(p -> p.name().strip().toLowerCase(Locale.ROOT).startsWith(t))
                    .toList();
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new ConsoleError(
                    "More than one person's name fits \"" + typed.strip() + "\": "
                            + String.join(
                                    ", ",
                                    byName.stream().map(p -> describe(ctx, p)).toList()) + ".",
                    "Type more of the name, or the id in brackets.");
        }
        throw new ConsoleError(
                "Nobody in the room is called \"" + typed.strip() + "\"."
                        + (people.isEmpty()
                                ? " Nobody has joined yet."
                                : " In the room: "
                                        + String.join(
                                                ", ",
                                                people.stream()
                                                        .map(Person::name)
                                                        .toList()) + "."),
                "Type `who` to see everyone, then use a name from it.");
    }

    /** "Ben 😀 (p6, Germany)": for telling apart people whose names look alike. */
    private static String describe(ConsoleContext ctx, Person p) {
        return p.name() + " (" + p.id() + ", " + (p.seat() == null ? p.role() : seatName(ctx, p.seat())) + ")";
    }

    private static String seatName(ConsoleContext ctx, String seat) {
        return ctx.state().view() == null ? seat : new Names(ctx.state().view()).seat(seat);
    }

    private static void assign(Invocation in, ConsoleContext ctx) {
        Person person = person(ctx, in.require(0, "player (a name from `who`)"));
        String typed = in.require(1, "seat, or `spectator`");
        String seat = typed.equalsIgnoreCase("spectator") ? null : Resolve.seat(ctx, typed);
        ctx.chair(Requests.movePlayer(person.id(), seat));
        ctx.print(
                seat == null
                        ? person.name() + " is now a spectator."
                        : "Moved " + person.name() + " to " + seatName(ctx, seat) + ".");
    }

    /** The delegation the whole of the arguments name ("united states", "the Netherlands", "uk"). */
    private static String delegation(Invocation in, ConsoleContext ctx) {
        return delegation(in, ctx, in.count());
    }

    /** The delegation the arguments before {@code end} name. */
    private static String delegation(Invocation in, ConsoleContext ctx, int end) {
        in.require(0, "delegation");
        String seat = Resolve.seat(ctx, in, 0, end);
        PlayerView view = ctx.state().view();
        if (view != null && view.delegations().stream().noneMatch(c -> c.id().equals(seat))) {
            throw ViewCommands.unknownSeat(in.rest(0), view);
        }
        return seat;
    }

    /** Only the delegation and the facilitator are told of a mute, so the command says it here. */
    private static void mute(Invocation in, ConsoleContext ctx, boolean on) {
        String seat = delegation(in, ctx);
        ctx.act(on ? new Command.Mute(seat) : new Command.Unmute(seat));
        String who = ctx.state().view() == null ? seat : new Names(ctx.state().view()).subject(seat);
        ctx.print(
                on
                        ? who + " is muted: it cannot send messages until you unmute it. Only it is told."
                        : who + " is unmuted: it can send messages again.");
    }

    private static void hide(Invocation in, ConsoleContext ctx) {
        boolean decision = in.count() > 1 && in.arg(in.count() - 1).equalsIgnoreCase("decision");
        String seat = decision ? delegation(in, ctx, in.count() - 1) : delegation(in, ctx);
        PlayerView view = ctx.state().view();
        String who = view == null ? seat : new Names(view).subject(seat);
        if (decision) {
            Names names = new Names(view);
            var words = ctx.state().decisionWords(seat);
            if (words.isEmpty()) {
                throw new ConsoleError(
                        who + " has no words with a final decision to hide.",
                        "Only the words sent with a decision can be hidden this way, before the reveal; `hide "
                                + names.typed(seat) + "` hides its latest statement on the floor.");
            }
            ctx.act(new Command.HideStatement(words.get().seq()));
            ctx.print("Left out of the reveal and the debrief: the words " + names.inSentence(seat)
                    + " sent with its decision, \u201c" + clip(words.get().text()) + "\u201d");
            return;
        }
        var line = ctx.state().transcript().latestOnFloor(seat);
        if (line.isEmpty()) {
            throw new ConsoleError(
                    who + " has no statement on the floor to hide.",
                    "Name a delegation that has spoken: its latest statement still on the screens is hidden.");
        }
        ctx.act(new Command.HideStatement(line.get().seq()));
        // Which statement went, so that the next `hide` of the same delegation is not a surprise.
        ctx.print("Off every screen: " + who + ": \u201c" + clip(line.get().text()) + "\u201d");
    }

    private static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79).stripTrailing() + "\u2026";
    }

    private static void kick(Invocation in, ConsoleContext ctx) {
        Person person = person(ctx, in.require(0, "player (a name from `who`)"));
        ctx.chair(Requests.kick(person.id(), in.rest(1).isEmpty() ? "The facilitator removed you." : in.rest(1)));
        ctx.print(person.name() + " has left the room.");
    }

    private static void bots(Invocation in, ConsoleContext ctx) {
        JsonNode reply = ctx.chair(Requests.getPresence());
        List<String> bots = new ArrayList<>();
        List<String> free = new ArrayList<>();
        for (JsonNode seat : reply.path("seats")) {
            String status = seat.path("status").asText();
            if (status.equals("bot")) {
                bots.add(seatName(ctx, seat.path("seat").asText()) + " ("
                        + seat.path("bot").asText() + ")");
            } else if (status.equals("present") && networkBot(seat.path("names"))) {
                // `summit bots` joins as players named "STRATEGY bot", from outside the server.
                bots.add(seatName(ctx, seat.path("seat").asText()) + " ("
                        + seat.path("names").path(0).asText() + ", connected over the network)");
            } else if (status.equals("empty") || status.equals("absent")) {
                free.add(seatName(ctx, seat.path("seat").asText()));
            }
        }
        ctx.print("Bots: " + (bots.isEmpty() ? "none" : String.join(", ", bots)) + ".\nSeats without anyone: "
                + (free.isEmpty() ? "none" : String.join(", ", free)) + ".");
    }

    private static boolean networkBot(JsonNode names) {
        if (names.isEmpty()) {
            return false;
        }
        for (JsonNode n : names) {
            if (!n.asText().endsWith(" bot")) {
                return false;
            }
        }
        return true;
    }

    private static void fill(Invocation in, ConsoleContext ctx) {
        List<String> seats = new ArrayList<>();
        String strategy = null;
        for (int i = 0; in.arg(i) != null; i++) {
            String w = in.arg(i);
            if (w.startsWith("strategy=")) {
                strategy = w.substring("strategy=".length());
            } else {
                seats.add(w);
            }
        }
        ok(ctx, ctx.chair(Requests.fillBots(seats, strategy)), "Bots are on their way.");
    }

    /** Room operations answer with an ack; {@link ConsoleContext#chair} has turned errors into exceptions. */
    private static void ok(ConsoleContext ctx, JsonNode ack, String message) {
        ctx.print(message);
    }
}

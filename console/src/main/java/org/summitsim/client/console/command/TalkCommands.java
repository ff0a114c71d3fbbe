package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.state.Transcript;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/** Talking: the floor, bilateral messages and caucuses. */
final class TalkCommands {

    private TalkCommands() {}

    static void register(CommandTable t) {
        t.section("Talk");
        t.add(command("say")
                .args("TEXT")
                .player()
                .summary("Make a statement on the public floor.")
                .help("Everyone hears it. From the opening onwards.\nExample:  say We need meaningful human"
                        + " control over the use of force.")
                .does((in, ctx) -> ctx.act(new Command.Say(text(in, 0, "statement")))));
        t.add(command("dm")
                .args("ID [TEXT]", Ids.SEATS, Completion.NONE)
                .player()
                .summary("Send a private message to one delegation, or read your conversation with it.")
                .help("Only the two of you see it (and the facilitator, if the room allows).\n"
                        + "Examples:  dm china Can you live with the UN as the forum?\n"
                        + "           dm china          (shows the conversation)")
                .does(TalkCommands::dm));
        t.add(command("caucus")
                .args("[ID]", Ids.CAUCUSES)
                .summary("Your caucuses (private groups), or one caucus's conversation.")
                .does(TalkCommands::caucus));
        t.add(command("caucus create")
                .args(
                        "NAME with ID...",
                        (s, before) -> before.contains("with") ? Ids.SEATS.candidates(s, before) : List.of("with"))
                .player()
                .summary("Start a private group; you are in it.")
                .help("Example:  caucus create Treaty friends with austria costa-rica")
                .does(TalkCommands::create));
        t.add(command("caucus invite")
                .args("CAUCUS ID", Ids.CAUCUSES, Ids.SEATS)
                .player()
                .summary("Invite a delegation into one of your caucuses.")
                .help("Name the caucus by its id or its name.\nExamples:  caucus invite C1 mexico     caucus invite"
                        + " Treaty friends mexico")
                .does((in, ctx) -> {
                    CaucusRef c = caucusRef(in, ctx);
                    ctx.act(new Command.InviteToCaucus(
                            c.id(), Resolve.seat(ctx, in.require(c.words(), "delegation to invite"))));
                }));
        t.add(command("caucus say")
                .args("CAUCUS TEXT", Ids.CAUCUSES, Completion.NONE)
                .player()
                .summary("Speak in a caucus.")
                .help("Name the caucus by its id or its name.\nExamples:  caucus say C1 Hold firm on human control.\n"
                        + "           caucus say Treaty friends Hold firm on human control.")
                .does((in, ctx) -> {
                    CaucusRef c = caucusRef(in, ctx);
                    ctx.act(new Command.CaucusSay(c.id(), text(in, c.words(), "message")));
                }));
        t.add(command("caucus leave")
                .args("CAUCUS", Ids.CAUCUSES)
                .player()
                .summary("Leave a caucus.")
                .does((in, ctx) ->
                        ctx.act(new Command.LeaveCaucus(caucusRef(in, ctx).id()))));
    }

    /** Free text from argument {@code i}, or a usage error asking for it. */
    static String text(Invocation in, int i, String what) {
        String text = in.rest(i);
        if (text.isEmpty()) {
            throw new ConsoleError(
                    "The " + what + " is empty.",
                    "Write it after the command, e.g. `" + in.words().get(0) + " ...`.");
        }
        return text;
    }

    /** Another delegation as an example should spell it: by name, as the console accepts it. */
    private static String exampleSeat(ConsoleContext ctx) {
        PlayerView v = ctx.view();
        return v.delegations().stream()
                .map(PlayerView.Card::id)
                .filter(id -> !id.equals(ctx.state().seat()))
                .findFirst()
                .map(id -> new Names(v).typed(id))
                .orElse("ID");
    }

    private static void dm(Invocation in, ConsoleContext ctx) {
        if (in.arg(0) == null) {
            throw new ConsoleError(
                    "Say which delegation to write to.",
                    "E.g. `dm " + exampleSeat(ctx) + " Hello`; `delegations` lists who is here.");
        }
        // "dm united states Hello" as well as "dm united-states Hello".
        int nameWords = Resolve.seatWords(ctx, in, 0);
        String to = Resolve.seat(ctx, in, 0, nameWords);
        String text = in.rest(nameWords);
        PlayerView known = ctx.state().view();
        if (known != null && known.delegations().stream().noneMatch(c -> c.id().equals(to))) {
            throw Resolve.closeName(known, in, 0)
                    .map(close -> ViewCommands.unknownSeat(to, close))
                    .orElseGet(() -> ViewCommands.unknownSeat(to, known));
        }
        if (!text.isEmpty()) {
            ctx.act(new Command.Whisper(to, text));
            return;
        }
        PlayerView v = ctx.view();
        if (v.delegations().stream().noneMatch(c -> c.id().equals(to))) {
            throw ViewCommands.unknownSeat(to);
        }
        ViewCommands.channel(ctx, Transcript.dm(to), "Private messages with " + new Names(v).seat(to));
    }

    private static void caucus(Invocation in, ConsoleContext ctx) {
        PlayerView v = ctx.freshView();
        String id = in.arg(0) == null ? null : caucusRef(in, ctx).id();
        if (id != null) {
            PlayerView.CaucusView c = v.caucuses().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow(() ->
                            new ConsoleError("You are in no caucus \"" + id + "\".", "Type `caucus` to list yours."));
            ViewCommands.channel(
                    ctx, Transcript.caucus(id), "Caucus " + c.name() + " — " + new Names(v).seats(c.members()));
            return;
        }
        StringBuilder out = new StringBuilder(ctx.style().heading("Your caucuses")).append('\n');
        if (v.caucuses().isEmpty()) {
            out.append("None. Start one: `caucus create NAME with ID ID`.");
        }
        for (PlayerView.CaucusView c : v.caucuses()) {
            int unread = ctx.state().transcript().unread(Transcript.caucus(c.id()));
            // The id stays here, the one place it may be needed: two caucuses can share a name.
            out.append(String.format(Locale.ROOT, "  %-5s %-28s %s", c.id(), c.name(), new Names(v).seats(c.members())))
                    .append(unread > 0 ? ctx.style().warn("  " + unread + " new") : "")
                    .append('\n');
        }
        ctx.print(out.toString().stripTrailing());
    }

    /** A caucus named at the start of the arguments, and how many words its name took. */
    private record CaucusRef(String id, int words) {}

    /**
     * The caucus the arguments start with: its id ("C1", any case) or its whole name ("Treaty
     * friends", any case). A caucus just made may not be in the view yet, so a fresh one is
     * asked for before giving up; an id the view does not know goes to the room, which explains.
     */
    private static CaucusRef caucusRef(Invocation in, ConsoleContext ctx) {
        String first = in.require(0, "caucus (its id, e.g. C1, or its name)");
        CaucusRef found = caucusIn(in, ctx.view());
        if (found == null) {
            found = caucusIn(in, ctx.freshView());
        }
        if (found != null) {
            return found;
        }
        if (first.matches("(?i)c\\d+")) {
            return new CaucusRef(first.toUpperCase(Locale.ROOT), 1);
        }
        PlayerView v = ctx.view();
        throw new ConsoleError(
                "You are in no caucus called \"" + first + "\".",
                v == null || v.caucuses().isEmpty()
                        ? "You are in no caucus yet. Start one: `caucus create NAME with ID ID`."
                        : "Yours: "
                                + String.join(
                                        ", ",
                                        v.caucuses().stream()
                                                .map(c -> c.id() + " (" + c.name() + ")")
                                                .toList())
                                + ". Name one by its id or its name, e.g. `caucus say "
                                + v.caucuses().get(0).id()
                                + " Hello`.");
    }

    private static CaucusRef caucusIn(Invocation in, PlayerView v) {
        if (v == null) {
            return null;
        }
        for (PlayerView.CaucusView c : v.caucuses()) {
            if (c.id().equalsIgnoreCase(in.arg(0))) {
                return new CaucusRef(c.id(), 1);
            }
        }
        // The longest name the arguments start with, word for word.
        List<PlayerView.CaucusView> best = new ArrayList<>();
        int bestWords = 0;
        for (PlayerView.CaucusView c : v.caucuses()) {
            String[] name = c.name().strip().split("\\s+");
            boolean fits = name.length > 0;
            for (int i = 0; fits && i < name.length; i++) {
                fits = name[i].equalsIgnoreCase(in.arg(i));
            }
            if (fits && name.length > bestWords) {
                best.clear();
                bestWords = name.length;
            }
            if (fits && name.length == bestWords) {
                best.add(c);
            }
        }
        if (best.size() > 1) {
            throw new ConsoleError(
                    "More than one of your caucuses is called \"" + best.get(0).name() + "\": "
                            + String.join(
                                    " and ",
                                    best.stream().map(PlayerView.CaucusView::id).toList()) + ".",
                    "Name it by its id instead, e.g. `caucus say " + best.get(0).id() + " Hello`.");
        }
        return best.isEmpty() ? null : new CaucusRef(best.get(0).id(), bestWords);
    }

    private static void create(Invocation in, ConsoleContext ctx) {
        List<String> words = new ArrayList<>();
        for (int i = 0; in.arg(i) != null; i++) {
            words.add(in.arg(i));
        }
        int with = words.lastIndexOf("with");
        String name = (with < 0 ? in.rest(0) : String.join(" ", words.subList(0, with))).strip();
        if (name.isEmpty()) {
            throw new ConsoleError("Give the caucus a name.", "Example: `caucus create Treaty friends with austria`.");
        }
        List<String> members = with < 0
                ? List.of()
                : words.subList(with + 1, words.size()).stream()
                        .map(w -> Resolve.seat(ctx, w))
                        .toList();
        // The rules refuse a caucus of one; say here how to name the others.
        if (members.stream().allMatch(m -> m.equals(ctx.state().seat()))) {
            throw new ConsoleError(
                    "A caucus needs at least one other delegation.",
                    "Name them after `with`, e.g. `caucus create " + name + " with " + exampleSeat(ctx) + "`.");
        }
        ctx.act(new Command.CreateCaucus(name, members));
    }
}

package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import org.summitsim.client.console.render.AmendmentsPage;
import org.summitsim.client.console.render.BriefPage;
import org.summitsim.client.console.render.ChannelPage;
import org.summitsim.client.console.render.CommitmentsPage;
import org.summitsim.client.console.render.DelegationsPage;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.ResultsPage;
import org.summitsim.client.console.render.ScorePage;
import org.summitsim.client.console.render.StatusPage;
import org.summitsim.client.console.render.TextPage;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.client.console.state.Transcript;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.History;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.view.PlayerView;

/** Commands that show something: the brief, the text, who is here, conversations, scores. */
final class ViewCommands {

    private ViewCommands() {}

    static void register(CommandTable t) {
        t.section("Read");
        t.add(command("brief")
                .summary("The background and your delegation's private brief.")
                .help("Shows the summit's public background, then your own instructions and what each wording of"
                        + " each clause is worth to you. Read it first.")
                .does((in, ctx) -> ctx.print(BriefPage.render(
                        ctx.freshView(), outside(ctx), failedPushCost(ctx), signingHedges(ctx), ctx.style()))));
        t.add(command("text")
                .args("[CLAUSE]", Ids.CLAUSES)
                .summary("The declaration as it reads now, and what changed since you last looked.")
                .help("Lists every clause with its current wording, marks those changed since you last looked,"
                        + " and shows the other options (with what each is worth to you) and open amendments.\n"
                        + "With a clause id, shows every wording of that clause in full.\n"
                        + "Examples:  text        text human")
                .does(ViewCommands::text));
        t.add(command("delegations")
                .args("[ID]", Ids.SEATS)
                .summary("Who is here: names, public stances, human or bot, who has decided.")
                .help("Lists every delegation with its id (use ids in commands), who plays it, whether it has"
                        + " decided (never what) and its public stance. With an id, shows that delegation's"
                        + " profile and full stance.\nExamples:  delegations     delegations china")
                .does(ViewCommands::delegations));
        t.alias("dels", "delegations");
        t.add(command("floor")
                .summary("The public floor: every statement so far.")
                .does((in, ctx) -> channel(ctx, Transcript.FLOOR, "The floor")));
        t.add(command("news")
                .summary("News and announcements from the chair.")
                .does((in, ctx) -> channel(ctx, Transcript.NEWS, "News and announcements")));
        t.add(command("inbox")
                .summary("Your conversations, with how many messages are new in each.")
                .does((in, ctx) ->
                        ctx.print(ChannelPage.inbox(ctx.state().transcript(), new Names(ctx.view()), ctx.style()))));
        t.add(command("amendments")
                .args("[AMENDMENT|open]", Ids.AMENDMENTS)
                .summary("Amendments: open ones first, with votes so far.")
                .help("Lists every amendment with its votes so far. `amendments open` lists only those still"
                        + " open, the ones you have not voted on first. With an amendment's id, shows that one"
                        + " with who voted how.\nExamples:  amendments     amendments open     amendments A3")
                .does(ViewCommands::amendments));
        t.add(command("pledges")
                .summary("Public pledges: who promised to decide what, on which text.")
                .does((in, ctx) -> ctx.print(CommitmentsPage.pledges(ctx.freshView(), ctx.style()))));
        t.add(command("deals")
                .args("[all]")
                .summary("Your deals: those to answer and those that bind; `deals all` adds the declined ones.")
                .help("Lists your deals still to answer and those accepted (they bind you both), each with its"
                        + " terms. Declined and lapsed ones are counted, not listed: `deals all` lists them too."
                        + "\nExamples:  deals     deals all")
                .does((in, ctx) -> ctx.print(
                        CommitmentsPage.deals(ctx.freshView(), ctx.style(), "all".equalsIgnoreCase(in.arg(0))))));
        t.add(command("score")
                .player()
                .summary("Your projected score for each decision if the text stayed as it is.")
                .help("Works out what signing, abstaining or pushing for binding law would earn you if the text"
                        + " were final now, with its parts (text, constraints, red lines, decision, breadth, binding,"
                        + " standing, trust, influence) and what each part means.")
                .does((in, ctx) -> {
                    PlayerView v = ctx.freshView();
                    int attending =
                            ctx.state().welcome() == null ? 0 : v.delegations().size() + outside(ctx);
                    ctx.print(ScorePage.render(v, scale(ctx, v), attending, signingHedges(ctx), ctx.style()));
                }));
        t.add(command("results")
                .summary("How the summit ended: final text, decisions, scores.")
                .does(ViewCommands::results));
        t.add(command("status")
                .summary("Phase, time left, unread messages, deals and votes waiting for you.")
                .help("Shows the status bar, what to do in this phase, how many messages you have not seen yet"
                        + " and where, deals waiting for your answer, and open amendments you have not voted on.")
                .does((in, ctx) -> {
                    ctx.freshView();
                    ctx.print(StatusPage.render(ctx.state(), System.nanoTime(), ctx.style()));
                }));
    }

    private static void results(Invocation in, ConsoleContext ctx) {
        PlayerView v = ctx.freshView();
        Scenario local = ctx.state().localScenario();
        History history = local == null || v.seat() == null
                ? null
                : local.delegation(v.seat()).map(Delegation::history).orElse(null);
        ctx.print(ResultsPage.render(v, history, scale(ctx, v), ctx.style()));
    }

    /** The player's role's scale in points from the scenario's par table, where the console has the scenario. */
    private static double[] scale(ConsoleContext ctx, PlayerView v) {
        Scenario local = ctx.state().localScenario();
        return local == null || local.par() == null || v.seat() == null
                ? null
                : local.par().scale(v.seat());
    }

    private static void text(Invocation in, ConsoleContext ctx) {
        PlayerView v = ctx.freshView();
        String clause = Resolve.clause(ctx, in.arg(0));
        if (clause != null) {
            PlayerView.ClauseView c = v.text().stream()
                    .filter(x -> x.id().equals(clause))
                    .findFirst()
                    .orElseThrow(() -> new ConsoleError(
                            "There is no clause \"" + clause + "\".",
                            "Clauses: "
                                    + String.join(
                                            ", ",
                                            v.text().stream().map(x -> x.id()).toList()) + "."));
            ctx.print(TextPage.clause(v, c, ctx.style()));
            return;
        }
        ClientState s = ctx.state();
        ctx.print(TextPage.render(v, s.lastSeenText(), ctx.style()));
        s.sawText();
    }

    private static void amendments(Invocation in, ConsoleContext ctx) {
        PlayerView v = ctx.freshView();
        if (in.arg(0) == null || "open".equalsIgnoreCase(in.arg(0))) {
            ctx.print(AmendmentsPage.render(v, in.arg(0) != null, ctx.style()));
            return;
        }
        String id = org.summitsim.core.rules.MatchIds.canonical(in.arg(0));
        PlayerView.AmendmentView a = v.amendments().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ConsoleError(
                        "There is no amendment \"" + in.arg(0) + "\".", "Type `amendments` to see them all."));
        ctx.print(AmendmentsPage.one(v, a, ctx.style()));
    }

    private static void delegations(Invocation in, ConsoleContext ctx) {
        PlayerView v = ctx.freshView();
        String id = Resolve.seat(ctx, in.arg(0));
        if (id == null) {
            ctx.print(DelegationsPage.render(v, ctx.state().presence(), ctx.style()));
            return;
        }
        PlayerView.Card c = v.delegations().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> unknownSeat(id));
        var welcome = ctx.state().welcome();
        String bloc = welcome == null
                        || welcome.scenario() == null
                        || welcome.scenario().blocs() == null
                ? c.bloc()
                : welcome.scenario().blocs().stream()
                        .filter(b -> b.id().equals(c.bloc()))
                        .map(b -> b.name())
                        .findFirst()
                        .orElse(c.bloc());
        ctx.print(DelegationsPage.one(v, c, bloc, ctx.state().presence(), ctx.style()));
    }

    /** What a push that falls short costs, from the welcome's rules. */
    private static int failedPushCost(ConsoleContext ctx) {
        var w = ctx.state().welcome();
        return w == null || w.rules() == null ? 0 : w.rules().failedPushCost();
    }

    /** Whether a signatory against binding law bears half of a treaty track, from the welcome's rules. */
    private static boolean signingHedges(ConsoleContext ctx) {
        var w = ctx.state().welcome();
        return w != null && w.rules() != null && w.rules().signingHedges();
    }

    /** The states at the summit outside the room (the scenario's background groups), from the welcome. */
    private static int outside(ConsoleContext ctx) {
        var w = ctx.state().welcome();
        if (w == null || w.scenario() == null || w.scenario().backgroundStates() == null) {
            return 0;
        }
        // a group that did not attend (Russia, not invited) pushes for nothing
        return w.scenario().backgroundStates().stream()
                .filter(b -> b.attended())
                .mapToInt(b -> b.count() == null ? 1 : b.count())
                .sum();
    }

    static ConsoleError unknownSeat(String id) {
        return new ConsoleError(
                "There is no delegation \"" + id + "\".",
                "Type `delegations` for the ids, or press Tab to complete one.");
    }

    /** As {@link #unknownSeat(String)}, with the delegation a typo was probably meant to be. */
    static ConsoleError unknownSeat(String id, PlayerView v) {
        return DidYouMean.closest(
                        v.delegations().stream().map(PlayerView.Card::id).toList(),
                        id.toLowerCase(java.util.Locale.ROOT))
                .or(() -> v.delegations().stream()
                        .filter(c -> DidYouMean.distance(
                                        c.name().toLowerCase(java.util.Locale.ROOT),
                                        id.toLowerCase(java.util.Locale.ROOT))
                                <= 2)
                        .map(PlayerView.Card::id)
                        .findFirst())
                .map(close -> unknownSeat(id, new Names(v).typed(close)))
                .orElseGet(() -> unknownSeat(id));
    }

    static ConsoleError unknownSeat(String id, String close) {
        return new ConsoleError(
                "There is no delegation \"" + id + "\".", "Did you mean `" + close + "`? `delegations` lists the ids.");
    }

    static void channel(ConsoleContext ctx, String channel, String title) {
        ClientState s = ctx.state();
        PlayerView v = ctx.view();
        ctx.print(ChannelPage.render(title, s.transcript().lines(channel), new Names(v), s.seat(), ctx.style()));
        s.transcript().markRead(channel);
    }
}

package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import java.util.List;
import org.summitsim.client.console.render.DecisionPromises;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.console.render.Names;
import org.summitsim.client.console.render.Worth;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;

/** Commitments and the end game: pledges, deals, the final decision and being ready. */
final class CommitmentCommands {

    private CommitmentCommands() {}

    static void register(CommandTable t) {
        t.section("Commit and decide");
        t.add(command("pledge")
                .args(
                        "sign|abstain|push [if CLAUSE=OPTION...|if coalition] [TEXT]",
                        Ids.DECISIONS,
                        Completion.of("if"),
                        Ids.CONDITIONS)
                .player()
                .summary("Promise publicly what you will decide, perhaps on conditions about the text.")
                .help("Everyone sees pledges; breaking one costs trust (and score).\n"
                        + "A pledge to sign if a clause reads your way tells the room what you need: bots that want"
                        + " to sign beside you vote for that wording.\n"
                        + "`pledge push if coalition` promises to push only if enough states push to reach the"
                        + " binding-law threshold: it costs nothing if the coalition falls short, and everyone's"
                        + " score forecast counts it once enough such pledges add up.\n"
                        + "Examples:  pledge sign if human=meaningful We sign if control is meaningful.\n"
                        + "           pledge push if instrument=silent,consider\n"
                        + "           pledge sign if human=meaningful and process=commission   (two clauses)\n"
                        + "           pledge push if coalition We push if enough states push with us.")
                .does(CommitmentCommands::pledge));
        t.add(command("offer")
                .args("ID PROMISE for PROMISE [TEXT]", Ids.SEATS, Ids.PROMISE)
                .player()
                .summary("Offer a delegation a private deal: what you do, for what they do.")
                .help("A promise is `vote AMENDMENT support|oppose|abstain`, `support CLAUSE=OPTION` (support"
                        + " every amendment to that wording, and never vote to take it out while it stands) or `sign|abstain|push [if CLAUSE=OPTION]`."
                        + " Summit checks at the end whether each side kept it. Your promise comes first,"
                        + " then `for` and theirs; words after that are a note they read with the offer.\n"
                        + "Examples:  offer china vote A2 support for vote A1 support We back your amendment if you back ours.\n"
                        + "           offer netherlands support process=un for support human=meaningful\n"
                        + "           offer austria sign if instrument=consider for vote A3 support")
                .does(CommitmentCommands::offer));
        t.add(command("accept")
                .args("DEAL [anyway]", Ids.OFFERED_DEALS)
                .player()
                .summary("Accept a deal offered to you.")
                .help("A deal whose promise you could no longer keep (a vote on an amendment already decided, or"
                        + " one you already cast the other way), that contradicts a deal you already made (support"
                        + " for another wording of the same clause), or whose promise costs you points by your own brief"
                        + " (above all a red line), is not accepted: you are told why, and `anyway` at the end"
                        + " accepts it all the same.\nExamples:  accept D1     accept D1 anyway")
                .does(CommitmentCommands::accept));
        t.add(command("decline")
                .args("DEAL... | all", Ids.OFFERED_DEALS)
                .player()
                .summary("Decline deals offered to you: one, several, or all of them.")
                .help("Examples:  decline D1     decline D1 D4 D7     decline all")
                .does(CommitmentCommands::decline));
        t.add(command("decide")
                .args("sign|abstain|push [STATEMENT]", Ids.DECISIONS)
                .player()
                .summary("Your final, sealed decision on the declaration (in FINAL).")
                .help("sign: endorse the declaration. abstain: stay out. push: decline the non-binding text and"
                        + " demand negotiations on binding law. Sealed until everyone has decided; `score` shows"
                        + " what each would earn you. A decision that breaks a promise of yours is not sent"
                        + " unless you add `anyway`.\nExamples:  decide sign A responsible first step.     decide"
                        + " abstain anyway")
                .does(CommitmentCommands::decide));
        t.add(command("ready")
                .player()
                .summary("Say you are done with this phase (it ends when all are ready).")
                .does(CommitmentCommands::ready));
    }

    /**
     * Sends the sealed decision, unless it breaks one of the player's promises about it (a pledge,
     * a deal, or a coalition pledge it may break): then it says which and waits for `anyway`, as
     * a vote that breaks a deal does.
     */
    private static void decide(Invocation in, ConsoleContext ctx) {
        Decision d = Promises.decision(in.arg(0), "decide");
        boolean anyway = "anyway".equalsIgnoreCase(in.arg(1));
        String statement = in.rest(anyway ? 2 : 1);
        // Outside the final phase, or once decided, the room refuses the decision and says why; a
        // warning about promises first would only suggest `anyway`, which could not help.
        var state = ctx.state();
        boolean open = state.stage().phase() == org.summitsim.core.rules.Phase.FINAL && !state.decided();
        if (!anyway && open) {
            List<String> broken = DecisionPromises.brokenBy(ctx.freshView(), d);
            if (!broken.isEmpty()) {
                throw new ConsoleError(
                        "Deciding to " + EventText.decision(d) + " breaks " + String.join(" and ", broken)
                                + ". A broken promise costs you trust points at the end.",
                        "Not sent. To decide so all the same: `decide " + in.arg(0) + " anyway"
                                + (statement.isEmpty() ? "" : " " + statement) + "`"
                                // no second full stop after a statement that ends with its own
                                + (statement.matches(".*[.!?]$") ? "" : "."));
            }
        }
        var view = state.view();
        if (open
                && view != null
                && view.seat() != null
                && view.delegations().size() > 1
                && view.delegations().stream().allMatch(c -> c.decided() || c.ready() || c.id().equals(view.seat()))
                && !ctx.confirm("Every other delegation has decided: yours ends the summit at once, and the results"
                        + " come. Decide to " + EventText.decision(d) + " now?")) {
            // The page asks the same: a play-test's student decided with five minutes left and met the results.
            ctx.print("Not sent: take your time.");
            return;
        }
        ctx.act(new Command.Decide(d, statement.isEmpty() ? null : statement));
    }

    /**
     * Confirmed at once: the room's note that a seat is ready does not scroll by. When every other
     * delegation is ready already, it is asked about first: the phase ends the moment this one is
     * (a play-test's student said ready with eleven minutes left and lost the round).
     */
    private static void ready(Invocation in, ConsoleContext ctx) {
        var state = ctx.state();
        var before = state.view();
        if (before != null
                && before.seat() != null
                && before.delegations().size() > 1
                && before.delegations().stream().allMatch(c -> c.ready() || c.id().equals(before.seat()))
                && !ctx.confirm("Every other delegation is ready already: this phase ("
                        + state.stage().inWords() + ") ends as soon as you are. Move on now?")) {
            ctx.print("Not sent: take your time.");
            return;
        }
        ctx.act(new Command.Ready());
        var view = state.view();
        if (state.stage().phase() == org.summitsim.core.rules.Phase.FINAL && !state.decided()) {
            ctx.print("Noted: you are ready. You have not decided, so unless you `decide` before the end your"
                    + " delegation gets the default decision"
                    + (view == null || view.defaultDecision() == null
                            ? ""
                            : " (" + EventText.decision(view.defaultDecision()) + ")")
                    + ".");
        } else {
            ctx.print("Noted: you are ready to move on. This phase ends early once every delegation is ready.");
        }
    }

    private static void pledge(Invocation in, ConsoleContext ctx) {
        var decision = Promises.decision(in.arg(0), "pledge");
        if ("if".equalsIgnoreCase(in.arg(1)) && "coalition".equalsIgnoreCase(in.arg(2))) {
            // The rules refuse it in the protocol's words; say it here in the console's.
            if (decision != Decision.PUSH_BINDING) {
                throw new ConsoleError(
                        "Only a pledge to push for binding law can depend on the coalition.",
                        "Write `pledge push if coalition`, or leave out `if coalition`.");
            }
            String text = in.rest(3);
            ctx.act(new Command.MakePledge(decision, List.of(), text.isEmpty() ? null : text, true));
            return;
        }
        Promises.Read<List<TextCondition>> conditions = Promises.conditions(in, 1);
        String text = in.rest(conditions.next());
        ctx.act(new Command.MakePledge(decision, conditions.value(), text.isEmpty() ? null : text));
    }

    private static void offer(Invocation in, ConsoleContext ctx) {
        in.require(0, "delegation the deal is for (e.g. `offer china ...`)");
        // A name in several words, as `dm` takes it: "offer united states ..." (a play-test's
        // student met "There is no delegation "united"").
        int nameWords = Resolve.seatWords(ctx, in, 0);
        String to = Resolve.seat(ctx, in, 0, nameWords);
        var known = ctx.state().view();
        if (known != null && known.delegations().stream().noneMatch(c -> c.id().equals(to))) {
            // One suggestion, not the room's list of every delegation.
            throw ViewCommands.unknownSeat(to, known);
        }
        String name = known == null ? to : new Names(known).seat(to);
        String example = known == null ? to : new Names(known).typed(to);
        Promises.Read<Promise> give = Promises.promise(
                in,
                nameWords,
                ctx,
                "Say what you promise " + name + ", before `for`: both sides of a deal are needed.");
        if (!"for".equalsIgnoreCase(in.arg(give.next()))) {
            throw new ConsoleError(
                    "Say what you want from " + name + " in return, after `for`.",
                    "Example: `offer " + example + " vote a2 support for vote a1 support`.");
        }
        Promises.Read<Promise> want = Promises.promise(
                in,
                give.next() + 1,
                ctx,
                "Say what you want from " + name + " in return, after `for`: both sides of a deal are needed.");
        String text = in.rest(want.next());
        ctx.act(new Command.OfferDeal(to, give.value(), want.value(), text.isEmpty() ? null : text));
    }

    private static void decline(Invocation in, ConsoleContext ctx) {
        in.require(0, "deal (see `deals`), several, or `all`");
        java.util.List<String> ids = new java.util.ArrayList<>();
        if (in.count() == 1 && in.arg(0).equalsIgnoreCase("all")) {
            String me = ctx.state().seat();
            ctx.freshView().deals().stream()
                    .filter(d -> d.to().equals(me) && d.status().equals("offered"))
                    .forEach(d -> ids.add(d.id()));
            if (ids.isEmpty()) {
                throw new ConsoleError("No deal is waiting for your answer.", "`deals` lists your deals.");
            }
        } else {
            for (int i = 0; i < in.count(); i++) {
                ids.add(Resolve.deal(ctx, in.arg(i)));
            }
        }
        for (String id : ids) {
            ctx.act(new Command.DeclineDeal(id));
        }
    }

    private static void accept(Invocation in, ConsoleContext ctx) {
        String id = Resolve.deal(ctx, in.require(0, "deal (see `deals`)"));
        if (!"anyway".equalsIgnoreCase(in.arg(1))) {
            org.summitsim.core.view.PlayerView v = ctx.freshView();
            var deal = v.deals().stream()
                    .filter(d -> d.id().equals(id) && d.to().equals(v.seat()))
                    .findFirst();
            String again = "Not accepted. `decline " + id + "` answers it; `accept " + id
                    + " anyway` accepts it all the same.";
            deal.flatMap(d -> PromiseCheck.unkeepable(v, d.want())).ifPresent(why -> {
                throw new ConsoleError(
                        "You could not keep deal " + id + ": " + why
                                + ". Accepting it would count as a broken promise at the end.",
                        again);
            });
            deal.ifPresent(d -> PromiseCheck.clash(v, d.want()).ifPresent(earlier -> {
                EventText words = new EventText(new Names(v), v.seat(), ctx.style());
                throw new ConsoleError(
                        "Deal " + id + " would bind you to " + words.promise(d.want()) + ", but deal "
                                + earlier.id() + " already binds you to " + words.promise(earlier.promiseBy(v.seat()))
                                + ": you cannot keep both, and the one you break costs trust at the end.",
                        again);
            }));
            // As a vote that breaks a deal is guarded, so is a deal that works against the player's own brief.
            deal.ifPresent(d -> Worth.cost(v, d.want(), d.give()).ifPresent(why -> {
                throw new ConsoleError(
                        "Deal " + id + " would bind you to "
                                + new EventText(new Names(v), v.seat(), ctx.style()).promise(d.want())
                                + ", against your own brief: " + why + ".",
                        again);
            }));
        }
        ctx.act(new Command.AcceptDeal(id));
    }
}

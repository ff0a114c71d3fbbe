package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import java.util.List;
import org.summitsim.client.console.render.EventText;
import org.summitsim.client.console.render.Names;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.view.PlayerView;

/** Changing the text: propose, co-sponsor, withdraw and vote on amendments. */
final class AmendmentCommands {

    private AmendmentCommands() {}

    static void register(CommandTable t) {
        t.section("Amend the text (in rounds)");
        t.add(command("propose")
                .args("CLAUSE OPTION [REASON]", Ids.PROPOSABLE_CLAUSES, Ids.OPTIONS, Completion.NONE)
                .player()
                .summary("Propose changing a clause to another option, with your reason.")
                .help("Opens an amendment for everyone to vote on. The vote closes once every delegation has"
                        + " voted (where people play, not before the room's vote window has passed), when the chair"
                        + " calls it, or at the end of the round. Bots wait half the window before they vote on a"
                        + " person's amendment: lobby them then, since votes do not change. Adopted, it counts for"
                        + " your influence; rejected, against it (`brief` says how much). `text` shows clause and"
                        + " option ids; Tab completes them. You have one amendment of your own open at a time, and a"
                        + " clause one amendment at a time.\n"
                        + " A proposal that would break a promise from one of your deals (you count as supporting your"
                        + " own amendment) is not sent: you are told which, and `propose CLAUSE OPTION anyway REASON`"
                        + " sends it all the same.\n"
                        + "Example:  propose human meaningful States must keep meaningful human control.")
                .does(AmendmentCommands::propose));
        t.add(command("cosponsor")
                .args("AMENDMENT [anyway]", Ids.OPEN_AMENDMENTS)
                .player()
                .summary("Add your name to someone's amendment.")
                .help("Your name on it counts as support. Co-sponsoring an amendment that would break a promise"
                        + " from one of your deals is not sent: you are told which, and `anyway` sends it all the"
                        + " same.\nExample:  cosponsor A1     cosponsor A1 anyway")
                .does(AmendmentCommands::cosponsor));
        t.add(command("withdraw")
                .args("AMENDMENT", Ids.MY_AMENDMENTS)
                .player()
                .summary("Withdraw an amendment you proposed.")
                .does((in, ctx) -> ctx.act(new Command.Withdraw(Resolve.amendment(ctx, in.require(0, "amendment"))))));
        t.add(command("vote")
                .args("AMENDMENT support|oppose|abstain [anyway]", Ids.OPEN_AMENDMENTS, Ids.BALLOTS)
                .player()
                .summary("Vote on an open amendment.")
                .help("Votes are public. The amendment is adopted by the room's rule (see `amendments`).\n"
                        + "A vote that would break a promise from one of your deals is not sent: you are told which"
                        + " promise, and `anyway` at the end sends it all the same.\n"
                        + "Examples:  vote A1 support     vote A2 oppose     vote A2 oppose anyway")
                .does(AmendmentCommands::vote));
    }

    private static void propose(Invocation in, ConsoleContext ctx) {
        String clause = Resolve.clause(ctx, in.require(0, "clause (see `text`)"));
        String option = in.require(1, "option (see `text " + in.arg(0) + "`)");
        PlayerView v = ctx.state().view();
        if (v != null) {
            option = Wording.check(v, clause, option);
        }
        boolean anyway = "anyway".equalsIgnoreCase(in.arg(2));
        if (!anyway) {
            keepsPromises(
                    ctx,
                    PromiseCheck.brokenByProposal(ctx.freshView(), clause, option),
                    "propose " + in.arg(0) + " " + in.arg(1) + " anyway " + in.rest(2),
                    "Proposing it (you count as supporting it)");
        }
        ctx.act(new Command.Propose(clause, option, anyway ? in.rest(3) : in.rest(2)));
        noteLapses(ctx, "your amendment", clause, option);
    }

    private static void cosponsor(Invocation in, ConsoleContext ctx) {
        String amendment = Resolve.amendment(ctx, in.require(0, "amendment (see `amendments`)"));
        if (!"anyway".equalsIgnoreCase(in.arg(1))) {
            keepsPromises(
                    ctx,
                    PromiseCheck.broken(ctx.freshView(), amendment, Ballot.SUPPORT),
                    "cosponsor " + amendment + " anyway",
                    "Co-sponsoring it (you count as supporting it)");
        }
        ctx.act(new Command.Cosponsor(amendment));
        noteLapses(ctx, amendment);
    }

    /** After a vote for an open amendment (or co-sponsoring it): {@link #noteLapses(ConsoleContext, String, String, String)}. */
    private static void noteLapses(ConsoleContext ctx, String amendment) {
        PlayerView v = ctx.state().view();
        if (v == null) {
            return;
        }
        v.amendments().stream()
                .filter(a -> a.id().equals(amendment) && a.status().equals("open"))
                .findFirst()
                .ifPresent(a -> noteLapses(ctx, amendment, a.clause(), a.option()));
    }

    /**
     * Says, once the act is done, which promises made to the player would never come due if the
     * amendment is adopted (a partner's decision on the condition that the clause keeps the
     * wording it has now). Told at the time, not first in the results: the play-test's student
     * voted away the signature she had traded her vote for, and learnt it only at the end.
     */
    private static void noteLapses(ConsoleContext ctx, String amendment, String clause, String option) {
        PlayerView v = ctx.state().view();
        List<PlayerView.DealView> lapsing = PromiseCheck.lapsesToMe(v, clause, option);
        if (lapsing.isEmpty()) {
            return;
        }
        Names names = new Names(v);
        EventText words = new EventText(names, v.seat(), ctx.style());
        for (PlayerView.DealView d : lapsing) {
            String partner = d.partnerOf(v.seat());
            ctx.print(ctx.style()
                    .warn("Note: if " + amendment + " is adopted, "
                            + org.summitsim.client.report.debrief.Labels.whose(names.inSentence(partner))
                            + " promise in deal "
                            + d.id() + " (to " + words.promise(d.promiseBy(partner)) + ") will never come due: the"
                            + " text would no longer read as its condition says. You get nothing from it then, and "
                            + names.inSentence(partner) + " breaks nothing."));
        }
    }

    /** Refuses, with what to type instead, an act ({@code what}) that would break a promise of one of the player's deals. */
    private static void keepsPromises(
            ConsoleContext ctx, java.util.Optional<PlayerView.DealView> broken, String anyway, String what) {
        if (broken.isEmpty()) {
            return;
        }
        PlayerView v = ctx.view();
        PlayerView.DealView d = broken.get();
        Names names = new Names(v);
        throw new ConsoleError(
                what + " would break your promise in deal " + d.id() + " with " + names.seat(d.partnerOf(v.seat()))
                        + ": to " + new EventText(names, v.seat(), ctx.style()).promise(d.promiseBy(v.seat()))
                        + ". A broken promise costs you trust points at the end.",
                "Not sent. To do it all the same: `" + anyway.strip() + "`.");
    }

    /** Whether {@code word} names a ballot (support, oppose, abstain, or a word they accept). */
    static boolean isBallot(String word) {
        try {
            Ballot.parse(word);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void vote(Invocation in, ConsoleContext ctx) {
        String first = in.require(0, "amendment (see `amendments`)");
        if (isBallot(first) && in.arg(1) != null && !isBallot(in.arg(1))) {
            // "vote support A38": the words the other way round. Said, not guessed: a vote cannot be changed.
            String amendment = Resolve.amendment(ctx, in.arg(1));
            throw new ConsoleError(
                    "Name the amendment first, then the vote: `vote " + amendment + " "
                            + first.toLowerCase(java.util.Locale.ROOT) + "`.",
                    "Not sent.");
        }
        String amendment = Resolve.amendment(ctx, first);
        String word = in.require(1, "way you vote: support, oppose or abstain");
        Ballot ballot;
        try {
            ballot = Ballot.parse(word);
        } catch (IllegalArgumentException e) {
            throw new ConsoleError("\"" + word + "\" is not a vote.", "Vote support, oppose or abstain.");
        }
        boolean anyway = "anyway".equalsIgnoreCase(in.arg(2));
        var broken = anyway
                ? java.util.Optional.<PlayerView.DealView>empty()
                : PromiseCheck.broken(ctx.freshView(), amendment, ballot);
        if (broken.isPresent()) {
            PlayerView v = ctx.view();
            PlayerView.DealView d = broken.get();
            Names names = new Names(v);
            String partner = names.seat(d.partnerOf(v.seat()));
            throw new ConsoleError(
                    "That vote would break your promise in deal " + d.id() + " with " + partner + ": to "
                            + new EventText(names, v.seat(), ctx.style()).promise(d.promiseBy(v.seat()))
                            + ". A broken promise costs you trust points at the end.",
                    "Not sent. To vote that way all the same: `vote " + amendment + " " + word + " anyway`.");
        }
        ctx.act(new Command.CastVote(amendment, ballot));
        if (ballot == Ballot.SUPPORT) {
            noteLapses(ctx, amendment);
        }
    }
}

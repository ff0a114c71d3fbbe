package org.summitsim.client.console.command;

import static org.summitsim.client.console.command.CommandSpec.command;

import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;

/** Changing the text: propose, co-sponsor, withdraw and vote on amendments. */
final class AmendmentCommands {

    private AmendmentCommands() {}

    static void register(CommandTable t) {
        t.section("Amend the text (in rounds)");
        t.add(command("propose")
                .args("CLAUSE OPTION [REASON]", Ids.PROPOSABLE_CLAUSES, Ids.OPTIONS, Completion.NONE)
                .player()
                .summary("Propose changing a clause to another option, with your reason.")
                .help("Opens an amendment that everyone votes on at the end of the round (or when the chair"
                        + " calls it). `text` shows clause and option ids; Tab completes them.\n"
                        + "Example:  propose human meaningful States must keep meaningful human control.")
                .does((in, ctx) -> ctx.act(new Command.Propose(
                        Resolve.clause(ctx, in.require(0, "clause (see `text`)")),
                        in.require(1, "option (see `text " + in.arg(0) + "`)"),
                        in.rest(2)))));
        t.add(command("cosponsor")
                .args("AMENDMENT", Ids.OPEN_AMENDMENTS)
                .player()
                .summary("Add your name to someone's amendment.")
                .help("Example:  cosponsor A1")
                .does((in, ctx) -> ctx.act(
                        new Command.Cosponsor(Resolve.amendment(ctx, in.require(0, "amendment (see `amendments`)"))))));
        t.add(command("withdraw")
                .args("AMENDMENT", Ids.MY_AMENDMENTS)
                .player()
                .summary("Withdraw an amendment you proposed.")
                .does((in, ctx) -> ctx.act(new Command.Withdraw(Resolve.amendment(ctx, in.require(0, "amendment"))))));
        t.add(command("vote")
                .args("AMENDMENT support|oppose|abstain", Ids.OPEN_AMENDMENTS, Ids.BALLOTS)
                .player()
                .summary("Vote on an open amendment.")
                .help("Votes are public. The amendment is adopted by the room's rule (see `amendments`).\n"
                        + "Examples:  vote A1 support     vote A2 oppose")
                .does(AmendmentCommands::vote));
    }

    private static void vote(Invocation in, ConsoleContext ctx) {
        String amendment = Resolve.amendment(ctx, in.require(0, "amendment (see `amendments`)"));
        String word = in.require(1, "way you vote: support, oppose or abstain");
        Ballot ballot;
        try {
            ballot = Ballot.parse(word);
        } catch (IllegalArgumentException e) {
            throw new ConsoleError("\"" + word + "\" is not a vote.", "Vote support, oppose or abstain.");
        }
        ctx.act(new Command.CastVote(amendment, ballot));
    }
}

package org.summitsim.core.bots;

import java.util.ArrayList;
import java.util.List;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.talk.Intent;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.DealView;

/**
 * A trade a player proposed in words, answered as the bot's strategy would answer the same deal
 * offered formally: one it likes comes back as a real deal offer (so the player can accept it and
 * the game checks both promises), one it dislikes gets a counter-offer asking for its own top
 * wording instead, or a refusal with the reason. A side it cannot turn into a promise the rules
 * check (a wording that is not in the text to drop, a clause without a wording) gets a question
 * back, never a guess.
 */
final class Bargain {

    /** What to send: commands (a deal offer) and the words to say in the channel. */
    record Reply(List<Command> commands, String words) {}

    private final Mind mind;
    private final String partner;
    private final Conversation.Judgement judgement;

    Bargain(Mind mind, String partner, Conversation.Judgement judgement) {
        this.mind = mind;
        this.partner = partner;
        this.judgement = judgement;
    }

    Reply answer(Intent.Trade trade) {
        Term theirs = promise(trade.give(), true);
        Term ours = promise(trade.want(), false);
        if (theirs.promise() == null) {
            return new Reply(List.of(), theirs.why());
        }
        if (ours.promise() == null) {
            return new Reply(List.of(), ours.why());
        }
        if (!mind.canAct("offer")) {
            return new Reply(List.of(), "Deals can be made from the opening statements on. Put it to us again then.");
        }
        if (!judgement.makesDeals()) {
            return new Reply(List.of(), DealPhrases.noDeals(mind, ours.promise()));
        }
        if (mind.phase() == org.summitsim.core.rules.Phase.FINAL
                && !(ours.promise() instanceof Promise.Decide && theirs.promise() instanceof Promise.Decide)) {
            // The text is settled: a promise about wordings or votes could never come due.
            return new Reply(
                    List.of(),
                    "The text is settled now, so a promise about wordings or votes would mean nothing. We can still"
                            + " agree how we decide: 'We sign if you sign.'");
        }
        if (likes(theirs.promise(), ours.promise())) {
            return new Reply(
                    List.of(offer(ours.promise(), theirs.promise())),
                    "Agreed: " + describe(ours.promise(), true) + " if you " + describe(theirs.promise(), false)
                            + ". We have sent it to you as a deal: accept it and the summit holds us both to it.");
        }
        for (String clause : new Answers(mind, 0).wanted()) {
            Promise better = new Promise.Support(clause, mind.ideal(clause));
            if (!better.equals(theirs.promise()) && likes(better, ours.promise())) {
                return new Reply(
                        List.of(offer(ours.promise(), better)),
                        "That is not enough for us. But we would " + describe(ours.promise(), false) + " if you "
                                + describe(better, false) + " instead. We have sent that as a deal.");
            }
        }
        return new Reply(List.of(), refusal(ours.promise()));
    }

    private boolean likes(Promise theirs, Promise ours) {
        return judgement.acceptable(mind, new DealView("", partner, mind.me(), theirs, ours, "", "offered"));
    }

    private Command offer(Promise ours, Promise theirs) {
        String note = "We " + describe(ours, false) + " if you " + describe(theirs, false) + ".";
        return new Command.OfferDeal(partner, ours, theirs, note);
    }

    private String refusal(Promise ours) {
        if (ours instanceof Promise.Support s && promisedOtherThan(s)) {
            return DealPhrases.conflict(mind, s);
        }
        if (ours instanceof Promise.Support s) {
            return "We cannot promise to support " + Phrases.wording(mind, s.clause(), s.option())
                    + ": " + (mind.gain(s.clause(), s.option()) < 0 ? "it goes against our instructions, and " : "")
                    + "what you offer does not make up for it.";
        }
        if (ours instanceof Promise.Decide d) {
            return "We cannot promise to " + decision(d.decision()) + ": as the text reads now, it is not where our"
                    + " interests lie, and what you offer does not change that.";
        }
        return "We cannot make that promise: it costs us more than your offer gives.";
    }

    /** Whether this seat promised, in an accepted deal, to support another wording of the same clause. */
    private boolean promisedOtherThan(Promise.Support s) {
        return Negotiator.promisedBy(mind).stream()
                .anyMatch(p -> p instanceof Promise.Support m
                        && m.clause().equals(s.clause())
                        && !m.option().equals(s.option()));
    }

    /** A side as a promise of the seat that would make it, or why it cannot be one. */
    private record Term(Promise promise, String why) {}

    private Term promise(Intent.Side side, boolean players) {
        if (side instanceof Intent.Final f) {
            return new Term(new Promise.Decide(f.decision(), List.of()), null);
        }
        Intent.Wording w = (Intent.Wording) side;
        if (!w.drop()) {
            if (w.option() != null) {
                return new Term(new Promise.Support(w.clause(), w.option()), null);
            }
            String ideal = mind.ideal(w.clause());
            if (players && !ideal.equals(mind.current(w.clause()))) {
                return new Term(
                        new Promise.Support(w.clause(), ideal), null); // "support the clause": our wording of it
            }
            return new Term(
                    null, "Which wording of " + title(w.clause()) + " do you mean: " + wordings(w.clause()) + "?");
        }
        String option = w.option();
        if (option == null) {
            return new Term(
                    null, "Which wording of " + title(w.clause()) + " should go: " + wordings(w.clause()) + "?");
        }
        for (AmendmentView a : mind.open()) {
            if (a.clause().equals(w.clause()) && a.option().equals(option)) {
                return new Term(new Promise.Vote(a.id(), org.summitsim.core.rules.Ballot.OPPOSE), null);
            }
        }
        if (option.equals(mind.current(w.clause()))) {
            return new Term(new Promise.Support(w.clause(), bestOtherThan(w.clause(), option)), null);
        }
        return new Term(
                null,
                label(w.clause(), option) + " is not in the text now, and no amendment proposes it,"
                        + " so there is nothing to drop. " + new Answers(mind, 0).stance(w.clause()));
    }

    /** The wording this seat likes best among those other than {@code option}. */
    private String bestOtherThan(String clause, String option) {
        String best = null;
        for (ClauseOption o : mind.clause(clause).options()) {
            if (!o.id().equals(option) && (best == null || mind.gain(clause, o.id()) > mind.gain(clause, best))) {
                best = o.id();
            }
        }
        return best;
    }

    private String wordings(String clause) {
        List<String> labels = new ArrayList<>();
        for (ClauseOption o : mind.clause(clause).options()) {
            labels.add(label(clause, o.id()));
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    /** A promise in words: "support "The UN route only" on "Where the work continues"". */
    private String describe(Promise p, boolean ours) {
        String who = ours ? "we " : "";
        if (p instanceof Promise.Support s) {
            return who + "support " + Phrases.wording(mind, s.clause(), s.option());
        }
        if (p instanceof Promise.Vote v) {
            return who + "vote against amendment " + v.amendment();
        }
        return who + decision(((Promise.Decide) p).decision());
    }

    private static String decision(Decision d) {
        return switch (d) {
            case SIGN -> "sign the declaration";
            case ABSTAIN -> "abstain";
            case PUSH_BINDING -> "push for binding law";
        };
    }

    private String title(String clause) {
        return Phrases.quote(mind.clause(clause).title());
    }

    private String label(String clause, String option) {
        return Phrases.quote(mind.optionLabel(clause, option));
    }
}

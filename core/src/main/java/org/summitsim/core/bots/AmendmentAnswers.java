package org.summitsim.core.bots;

import java.util.List;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView.AmendmentView;
import org.summitsim.core.view.PlayerView.PledgeView;

/**
 * What a bot says about one amendment a player named: what it would change, the bot's vote on it
 * and why, its count of votes, or what became of it once closed. Votes are public, so nothing
 * here tells a player more than the amendment list shows; the reasons are the bot's own.
 */
final class AmendmentAnswers {

    private final Mind mind;
    /** Told of each open amendment, not yet voted on, that it talks about with a person (see {@link #heard}). */
    private final java.util.function.Consumer<String> invited;

    /**
     * Picks among phrasings: each bot's own, so that the bots of a caucus asked one question do
     * not answer it in one voice, six times the same sentence (a play-test saw it).
     */
    private final long turn;

    AmendmentAnswers(Mind mind, long turn, java.util.function.Consumer<String> invited) {
        this.mind = mind;
        this.turn = turn;
        this.invited = invited;
    }

    private String pick(String... phrasings) {
        long h = turn * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        return phrasings[(int) Math.floorMod(h, (long) phrasings.length)];
    }

    /** The support reasons a bot gives for the wording it wants. */
    static final List<String> WANTED =
            List.of("It is the wording we want.", "That is the wording we came for.", "It says what we want there.");

    /** {@code A12 ("Meaningful human control" on "Human control")}, as answers here name an amendment. */
    private String named(AmendmentView a) {
        return a.id() + " (" + Phrases.wording(mind, a.clause(), a.option()) + ")";
    }

    private String title(String clause) {
        return Answers.title(mind, clause);
    }

    private String label(String clause, String option) {
        return Answers.label(mind, clause, option);
    }

    /**
     * What it does on an amendment a player named ("please vote for A15"): the vote it cast or
     * will cast, and why in its own terms, so a plea for a vote it gives anyway does not get a
     * lecture on its instructions that reads as a no.
     */
    String amendment(AmendmentView a, Ballot ballot, boolean promised) {
        heard(a);
        String which = "amendment " + named(a);
        String did;
        if (a.proposer().equals(mind.me())) {
            did = "We proposed " + which + " ourselves.";
        } else if (a.cosponsors().contains(mind.me())) {
            did = "We co-sponsor " + which + ".";
        } else if (a.votes().containsKey(mind.me())) {
            did = "We have already " + a.votes().get(mind.me()).past() + " " + which + ".";
        } else if (a.status().equals("open")) {
            did = pick(
                    "We will " + ballot.verb() + " " + which + ".",
                    "On " + which + ", we will " + ballot.verb() + " it.",
                    "We intend to " + ballot.verb() + " " + which + ".");
        } else {
            return which.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + which.substring(1)
                    + " has already been put to the vote: it was " + a.status() + ".";
        }
        Ballot cast = a.votes().getOrDefault(mind.me(), mind.hasStance(a) ? Ballot.SUPPORT : ballot);
        return did + " " + why(a, cast, promised);
    }

    private String why(AmendmentView a, Ballot cast, boolean promised) {
        if (promised) {
            return "We promised it in a deal, and we keep our word.";
        }
        String ideal = mind.ideal(a.clause());
        double gain = mind.gain(a.clause(), a.option());
        if (a.option().equals(ideal) && gain > 0) {
            // A utility bot abstains on a small gain so that its vote can be won: it says so.
            if (cast == Ballot.SUPPORT) {
                return pick(WANTED.toArray(new String[0]));
            }
            return "It is the wording we would choose, but the text now is nearly as good for us, so our vote"
                    + " is open: we would vote for it as part of a deal.";
        }
        if (gain > 0) {
            return cast == Ballot.SUPPORT
                    ? "It is better for us than the text now."
                    : "It is a little better for us than the text now, but not enough to vote for it.";
        }
        if (gain == 0) {
            return "It makes no difference to us.";
        }
        String partners = partnersLost(a);
        String away;
        if (partners != null && a.option().equals(ideal)) {
            away = "We want " + label(a.clause(), ideal) + " ourselves, but " + partners;
        } else {
            // "Already says" is no reason for a vote cast before a later amendment changed the
            // clause (to this very wording, perhaps): that vote was cast on the text as it read then.
            boolean past = a.votes().containsKey(mind.me()) && changedSince(a);
            away = (ideal.equals(mind.current(a.clause())) && !past
                            ? "The text already says what we want there: " + label(a.clause(), ideal) + "."
                            : past
                                    ? "We want " + label(a.clause(), ideal) + " there, and this wording is not it."
                                    : "We want " + label(a.clause(), ideal)
                                            + " there, and this takes the text further from it.")
                    + (partners == null ? "" : " It would also cost us a partner's signature: " + partners);
        }
        return cast == Ballot.ABSTAIN ? away + " But the step is small for us, not worth a vote against." : away;
    }

    /**
     * Whether an amendment tabled after {@code a} (a higher number) was adopted on the same clause:
     * the clause may then read otherwise than when this delegation voted on {@code a}.
     */
    private boolean changedSince(AmendmentView a) {
        int number = number(a.id());
        return mind.view().amendments().stream()
                .anyMatch(
                        x -> x.clause().equals(a.clause()) && x.status().equals("adopted") && number(x.id()) > number);
    }

    /**
     * Why a wording it may even like costs it: a partner has pledged to sign only with another
     * wording there, and it wants to sign beside that partner ("Eastmark has said it will sign if
     * ..."). Null when no partner's pledge is at stake, or when it does not expect to sign itself.
     */
    private String partnersLost(AmendmentView a) {
        List<PledgeView> lost = mind.partnersLost(a.clause(), a.option());
        if (lost.isEmpty() || mind.bestDecision() != Decision.SIGN) {
            return null;
        }
        PledgeView first = lost.get(0);
        String who = mind.name(first.seat());
        String reads = first.conditions().stream()
                .filter(c -> c.clause().equals(a.clause()))
                .findFirst()
                .map(c -> Phrases.reads(mind, c))
                .orElse("");
        List<String> others =
                lost.subList(1, lost.size()).stream().map(PledgeView::seat).toList();
        String alike = others.isEmpty()
                ? ""
                : " " + Phrases.names(mind, others) + (others.size() == 1 ? " has" : " have")
                        + " made a pledge like it.";
        return who + " has said it will sign if " + title(a.clause()) + " " + reads + ", and we want to sign next to "
                + who + "." + alike;
    }

    /** The vote it will cast on an open amendment it has no stance on yet, and why: "We will abstain on it. ..." */
    String intention(AmendmentView a, Ballot ballot, boolean promised) {
        heard(a);
        return "We will " + ballot.verb() + " it. " + why(a, ballot, promised);
    }

    /**
     * A person asked about an open amendment this seat has not voted on: the vote waits a few
     * turns, so that an offer the answer invites ("we can be flexible") can still reach it.
     */
    private void heard(AmendmentView a) {
        if (a.status().equals("open") && !mind.hasStance(a)) {
            invited.accept(a.id());
        }
    }

    /**
     * What an open amendment would change, and this seat's recorded stance on it if it has one:
     * "Amendment A45 would make "Where the work continues" read "The UN route only". We have
     * voted for it." Null when {@code id} is no amendment of the match.
     */
    String amendment(String id) {
        AmendmentView a = find(mind, id);
        if (a == null) {
            return null;
        }
        String s = "Amendment " + a.id() + " would make " + title(a.clause()) + " read " + label(a.clause(), a.option())
                + ".";
        String me = mind.me();
        if (a.proposer().equals(me)) {
            return s + " We proposed it.";
        }
        if (a.cosponsors().contains(me)) {
            return s + " We are among its sponsors.";
        }
        Ballot vote = a.votes().get(me);
        if (vote != null) {
            return s
                    + switch (vote) {
                        case SUPPORT -> " We have voted for it.";
                        case OPPOSE -> " We have voted against it.";
                        case ABSTAIN -> " We abstained on it.";
                    };
        }
        return s;
    }

    /**
     * The answer to "how many votes does A1 have?": the count so far (votes are public), or the
     * result once it was put to the vote. Null when {@code id} is no amendment of the match.
     */
    String tally(String id) {
        AmendmentView a = find(mind, id);
        if (a == null) {
            return null;
        }
        String which = "Amendment " + named(a);
        String count =
                a.supporters().size() + " for, " + a.voters(Ballot.OPPOSE).size() + " against and "
                        + a.voters(Ballot.ABSTAIN).size() + " abstaining";
        return switch (a.status()) {
            case "open" -> {
                long waiting = mind.view().delegations().stream()
                        .filter(d -> !a.hasStance(d.id()))
                        .count();
                yield which + " has " + count + " so far; " + waiting
                        + (waiting == 1 ? " delegation has" : " delegations have") + " not voted yet.";
            }
            case "adopted" -> which + " was adopted with " + count + ".";
            case "rejected" -> which + " was voted down with " + count + ".";
            default -> which + " was withdrawn before the vote.";
        };
    }

    /**
     * The answer to "why did you vote against A3?" once A3 is closed: how this seat voted and why,
     * then what became of it; null if it took no part (the answer is then what became of it).
     */
    String whyVoted(String id, boolean promised) {
        AmendmentView a = find(mind, id);
        if (a == null || a.status().equals("open")) {
            return null;
        }
        String me = mind.me();
        Ballot cast = a.proposer().equals(me) || a.cosponsors().contains(me)
                ? Ballot.SUPPORT
                : a.votes().get(me);
        if (cast == null) {
            return null;
        }
        String which = "amendment " + named(a);
        String did = a.proposer().equals(me)
                ? "We proposed " + which + "."
                : a.cosponsors().contains(me)
                        ? "We co-sponsored " + which + "."
                        : "We " + cast.past() + " " + which + ".";
        return did + " " + why(a, cast, promised) + " " + notOpen(id);
    }

    /**
     * The answer to a message about an amendment that is not open: what became of it (or that
     * there is none of that name), and which amendments are open now.
     */
    String notOpen(String id) {
        AmendmentView a = find(mind, id);
        String s;
        if (a == null) {
            // Named before it exists (a player announcing what they will table, or a view a
            // moment older than theirs): "not yet" rather than a flat "no such amendment".
            s = laterThanAny(id) ? "No amendment " + id + " has been tabled yet." : "There is no amendment " + id + ".";
        } else {
            String title = title(a.clause());
            String label = label(a.clause(), a.option());
            s = switch (a.status()) {
                case "adopted" ->
                    id + " is no longer open: it was adopted, so " + title + " was changed to " + label + ".";
                case "rejected" ->
                    id + " is no longer open: it was voted down, so " + label + " did not go into " + title + ".";
                case "withdrawn" ->
                    id + " is no longer open: it was withdrawn before the vote. It proposed " + label + " for " + title
                            + ".";
                default -> id + " is not open for votes.";
            };
        }
        List<String> open = mind.open().stream().map(AmendmentView::id).toList();
        return s
                + (open.isEmpty()
                        ? " No amendment is open right now."
                        : open.size() == 1
                                ? " The one open now is " + open.get(0) + "."
                                : " The ones open now are " + Answers.join(open) + ".");
    }

    /** Whether {@code id} is an amendment number ("A7") above every amendment tabled so far. */
    private boolean laterThanAny(String id) {
        int n = number(id);
        return n > 0 && mind.view().amendments().stream().allMatch(a -> number(a.id()) < n);
    }

    private static int number(String id) {
        if (id.length() < 2 || Character.toUpperCase(id.charAt(0)) != 'A') {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static AmendmentView find(Mind mind, String id) {
        for (AmendmentView a : mind.view().amendments()) {
            if (a.id().equalsIgnoreCase(id)) {
                return a;
            }
        }
        return null;
    }
}

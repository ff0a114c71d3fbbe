package org.summitsim.client.console.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.view.PlayerView;

/**
 * What a promise is worth to the player by their own brief's values: shown next to each side of
 * a deal offered to them, and asked about before they accept one that costs them points.
 */
public final class Worth {

    private Worth() {}

    /**
     * A short note on what {@code p} is worth to the player against the text as it reads now, e.g.
     * "−6 to you, your red line" or "+3 to you if it passes"; empty when the brief gives it no
     * value either way. A decision promise has one only when it is the player's own ({@code mine}).
     */
    public static Optional<String> note(PlayerView v, Promise p, boolean mine) {
        Preferences prefs = prefs(v);
        if (prefs == null) {
            return Optional.empty();
        }
        if (p instanceof Promise.Decide d) {
            // Only one's own decision has a value here; the other side's counts through partners.
            return mine ? decision(v, d) : Optional.empty();
        }
        if (p instanceof Promise.Vote vote
                && (vote.ballot() == Ballot.ABSTAIN || amendment(v, vote.amendment()) == null)) {
            return Optional.empty();
        }
        // Against the text as it reads now, as the question before accepting (cost) counts it.
        int worth = gain(v, prefs, p);
        boolean red = p instanceof Promise.Support s
                ? prefs.isRedLine(s.clause(), s.option())
                : p instanceof Promise.Vote vote
                        && vote.ballot() == Ballot.SUPPORT
                        && redLine(prefs, amendment(v, vote.amendment()));
        if (p instanceof Promise.Support s && s.option().equals(current(v, s.clause()))) {
            // Offered by bots for wordings adopted a moment ago: worth little, and it should say so.
            return Optional.of("already in the text: a promise to keep it there" + (red ? ", your red line" : ""));
        }
        if (worth == 0 && !red) {
            return Optional.empty();
        }
        if (p instanceof Promise.Support s) {
            // The brief's value first, as the brief shows it; then what it changes from the text now.
            int value = prefs.value(s.clause(), s.option());
            return Optional.of(signed(value) + " to you"
                    + (worth == value ? "" : ", " + signed(worth) + " against the text now")
                    + (red ? ", your red line" : ""));
        }
        Promise.Vote vote = (Promise.Vote) p;
        return Optional.of(signed(worth) + " to you if it " + (vote.ballot() == Ballot.SUPPORT ? "passes" : "fails")
                + (red ? ", your red line" : ""));
    }

    private static boolean redLine(Preferences prefs, PlayerView.AmendmentView a) {
        return prefs.isRedLine(a.clause(), a.option());
    }

    /**
     * Why a deal would cost the player points by their own values, or empty when it does not: the
     * question asked before accepting it. A red line in their own promise always counts; otherwise
     * their promise counts when it loses them points that {@code theirs} (the other side's promise)
     * does not make up. A vote they have already cast, or an amendment they sponsor, costs nothing
     * more.
     */
    public static Optional<String> cost(PlayerView v, Promise mine, Promise theirs) {
        Preferences prefs = prefs(v);
        if (prefs == null) {
            return Optional.empty();
        }
        Names names = new Names(v);
        if (mine instanceof Promise.Support s) {
            String wording = "\u201c" + names.label(s.clause(), s.option()) + "\u201d";
            int value = prefs.value(s.clause(), s.option());
            if (prefs.isRedLine(s.clause(), s.option())) {
                return Optional.of(wording + " is one of your red lines (" + signed(value)
                        + " to you, and signing a text that holds it costs " + prefs.redLinePenalty() + " more)");
            }
            int loss = value - prefs.value(s.clause(), current(v, s.clause()));
            return loss < 0 && loss + gain(v, prefs, theirs) < 0
                    ? Optional.of(wording + " is worth " + signed(value) + " to you, " + signed(loss) + " against what "
                            + names.clauseTitle(s.clause()) + " reads now" + offset(v, prefs, theirs))
                    : Optional.empty();
        }
        if (mine instanceof Promise.Vote vote) {
            PlayerView.AmendmentView a = amendment(v, vote.amendment());
            if (a == null || vote.ballot() == Ballot.ABSTAIN || alreadyKept(v, a, vote.ballot())) {
                return Optional.empty();
            }
            String wording = "\u201c" + names.label(a.clause(), a.option()) + "\u201d";
            if (vote.ballot() == Ballot.SUPPORT && prefs.isRedLine(a.clause(), a.option())) {
                return Optional.of(a.id() + " would put " + wording + ", one of your red lines, into the text");
            }
            int loss = gain(v, prefs, mine);
            return loss < 0 && loss + gain(v, prefs, theirs) < 0
                    ? Optional.of("to " + vote.ballot().verb() + " " + a.id() + " (" + wording + ") is worth "
                            + signed(loss) + " to you" + offset(v, prefs, theirs))
                    : Optional.empty();
        }
        Promise.Decide d = (Promise.Decide) mine;
        Map<Decision, Score> projection = v.projection();
        if (projection == null || !projection.containsKey(d.decision()) || !holdsNow(v, d)) {
            return Optional.empty();
        }
        Map.Entry<Decision, Score> best = best(projection);
        double less = best.getValue().total() - projection.get(d.decision()).total();
        if (best.getKey() == d.decision() || less < 0.5) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "as the text stands, to %s scores %.0f out of 100 for you, to %s %.0f",
                EventText.decision(d.decision()),
                projection.get(d.decision()).percent(),
                EventText.decision(best.getKey()),
                best.getValue().percent()));
    }

    /** ", and what they promise in return is worth +2 to you": said when the other side has a value. */
    private static String offset(PlayerView v, Preferences prefs, Promise theirs) {
        int gain = gain(v, prefs, theirs);
        return gain == 0 ? "" : ", and what you get in return only " + signed(gain);
    }

    /**
     * What keeping {@code p} would change for the player, in wording values against the text as
     * it reads now: a support promise or a vote for an amendment gains what its wording adds, a
     * vote against loses it; 0 for a decision or an abstention.
     */
    private static int gain(PlayerView v, Preferences prefs, Promise p) {
        if (p instanceof Promise.Support s) {
            return prefs.value(s.clause(), s.option()) - prefs.value(s.clause(), current(v, s.clause()));
        }
        if (p instanceof Promise.Vote vote) {
            PlayerView.AmendmentView a = amendment(v, vote.amendment());
            if (a == null || vote.ballot() == Ballot.ABSTAIN) {
                return 0;
            }
            int g = gain(v, prefs, a);
            return vote.ballot() == Ballot.SUPPORT ? g : -g;
        }
        return 0;
    }

    /** Whether the player already stands where the vote promise asks: voted so, or sponsors it and is asked to support. */
    private static boolean alreadyKept(PlayerView v, PlayerView.AmendmentView a, Ballot ballot) {
        Ballot cast = a.votes().get(v.seat());
        boolean sponsor = a.proposer().equals(v.seat()) || a.cosponsors().contains(v.seat());
        return cast == ballot || (sponsor && ballot == Ballot.SUPPORT);
    }

    /** For a decision the player would promise: how it scores now against their best, as the text stands. */
    private static Optional<String> decision(PlayerView v, Promise.Decide d) {
        Map<Decision, Score> projection = v.projection();
        if (projection == null || !projection.containsKey(d.decision())) {
            return Optional.empty();
        }
        Map.Entry<Decision, Score> best = best(projection);
        String mine = String.format(
                Locale.ROOT,
                "%.0f out of 100 for you if the text stays as it is",
                projection.get(d.decision()).percent());
        return Optional.of(
                best.getKey() == d.decision()
                        ? mine + ", as much as any decision would give"
                        : mine
                                + String.format(
                                        Locale.ROOT,
                                        "; to %s would give %.0f",
                                        EventText.decision(best.getKey()),
                                        best.getValue().percent()));
    }

    private static Map.Entry<Decision, Score> best(Map<Decision, Score> projection) {
        return projection.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.total(), b.total())))
                .orElseThrow();
    }

    private static boolean holdsNow(PlayerView v, Promise.Decide d) {
        Map<String, String> text =
                v.text().stream().collect(Collectors.toMap(PlayerView.ClauseView::id, PlayerView.ClauseView::current));
        return d.conditions().stream().allMatch(c -> c.holdsIn(text));
    }

    /** What adopting {@code a} would change for the player: its wording's value less the current one's. */
    private static int gain(PlayerView v, Preferences prefs, PlayerView.AmendmentView a) {
        return prefs.value(a.clause(), a.option()) - prefs.value(a.clause(), current(v, a.clause()));
    }

    private static String current(PlayerView v, String clause) {
        return v.text().stream()
                .filter(c -> c.id().equals(clause))
                .map(PlayerView.ClauseView::current)
                .findFirst()
                .orElse(null);
    }

    private static PlayerView.AmendmentView amendment(PlayerView v, String id) {
        return v.amendments().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private static Preferences prefs(PlayerView v) {
        return v == null || v.seat() == null || v.preferences() == null
                ? null
                : v.preferences().get(v.seat());
    }

    /** "+5", "−6" (a true minus sign reads better than a hyphen next to words). */
    static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
    }
}

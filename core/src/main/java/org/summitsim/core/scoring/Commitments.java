package org.summitsim.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.CommitmentCheck;
import org.summitsim.core.rules.CommitmentCheck.Status;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.Pledge;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;

/** Checks at the end whether each pledge and each side of each accepted deal was kept. */
public final class Commitments {

    private Commitments() {}

    public static List<CommitmentCheck> check(
            MatchState state, Map<String, String> text, Map<String, Decision> decisions) {
        return check(state, text, decisions, Set.of());
    }

    /** {@code defaulted}: the seats that never decided and got the scenario's default, so said in the reasons. */
    public static List<CommitmentCheck> check(
            MatchState state, Map<String, String> text, Map<String, Decision> decisions, Set<String> defaulted) {
        List<CommitmentCheck> checks = new ArrayList<>();
        for (Pledge p : state.pledges()) {
            checks.add(pledge(state, p, text, decisions, defaulted, false));
        }
        for (Deal d : state.deals()) {
            if (d.status() == Deal.Status.ACCEPTED) {
                checks.add(privately(side(state, d, d.from(), d.give(), text, decisions, defaulted, false)));
                checks.add(privately(side(state, d, d.to(), d.want(), text, decisions, defaulted, false)));
            }
        }
        return checks;
    }

    /**
     * The seat's share of kept commitments ({@link #trustShare}) if the match ended now, with
     * this text and these decisions: what a projection counts, so that a decision that breaks a
     * pledge, or a vote that broke a deal, shows in the projected total as it will in the score.
     * A promise still open to keeping (a vote not yet cast on an amendment still open) counts as
     * neither kept nor broken.
     */
    public static double trustShareNow(
            MatchState state, Map<String, String> text, Map<String, Decision> decisions, String seat) {
        List<CommitmentCheck> checks = new ArrayList<>();
        for (Pledge p : state.pledges()) {
            if (p.seat().equals(seat)) {
                checks.add(pledge(state, p, text, decisions, Set.of(), true));
            }
        }
        for (Deal d : state.deals()) {
            if (d.status() == Deal.Status.ACCEPTED) {
                if (d.from().equals(seat)) {
                    checks.add(side(state, d, seat, d.give(), text, decisions, Set.of(), true));
                }
                if (d.to().equals(seat)) {
                    checks.add(side(state, d, seat, d.want(), text, decisions, Set.of(), true));
                }
            }
        }
        return trustShare(checks, seat);
    }

    /**
     * {@link #trustShareNow} for each decision the seat could take, as a projection needs it:
     * {@code tallies[d]} is the tally with the seat deciding {@code d} (by ordinal) and the others
     * as forecast; {@code accepted}, the accepted deals the seat is a party to. The promises about
     * votes are checked once; those about the decision, for each.
     */
    static double[] trustSharesNow(
            MatchState state, Map<String, String> text, String seat, Tally[] tallies, List<Deal> accepted) {
        int kept = 0;
        int broken = 0;
        List<Promise.Decide> decides = new ArrayList<>();
        List<Boolean> pushTogether = new ArrayList<>();
        for (Pledge p : state.pledges()) {
            if (p.seat().equals(seat)) {
                decides.add(p.promise());
                pushTogether.add(p.ifCoalition());
            }
        }
        for (Deal d : accepted) {
            Promise promise = d.from().equals(seat) ? d.give() : d.want();
            if (promise instanceof Promise.Decide p) {
                decides.add(p);
                pushTogether.add(p.decision() == Decision.PUSH_BINDING); // a push in a deal is a push together
            } else {
                Status st = settledStatus(state, seat, promise, d.decidedAtAcceptance(seat));
                kept += st == Status.KEPT ? 1 : 0;
                broken += st == Status.BROKEN ? 1 : 0;
            }
        }
        // As reachedWith: the coalition with this seat's push, the others as forecast.
        boolean reached = tallies[Decision.PUSH_BINDING.ordinal()].bindingReached();
        double[] out = new double[tallies.length];
        for (Decision own : Decision.values()) {
            int k = kept;
            int b = broken;
            for (int i = 0; i < decides.size(); i++) {
                Promise.Decide p = decides.get(i);
                if ((pushTogether.get(i) && !reached)
                        || !p.conditions().stream().allMatch(c -> c.holdsIn(text))) {
                    continue; // void
                }
                k += own == p.decision() ? 1 : 0;
                b += own == p.decision() ? 0 : 1;
            }
            out[own.ordinal()] = k + b == 0 ? 1.0 : (double) k / (k + b);
        }
        return out;
    }

    /**
     * What {@link #check} (settled only) says of a promise about a vote or a wording, without
     * the reason: a projection asks it of every promise of a seat whenever the seat votes.
     */
    private static Status settledStatus(MatchState state, String seat, Promise promise, Set<String> before) {
        if (promise instanceof Promise.Vote v) {
            Amendment a = state.amendment(v.amendment()).orElseThrow();
            if (pending(a, seat) || a.status() == Amendment.Status.WITHDRAWN) {
                return Status.VOID;
            }
            Ballot stance = a.stanceOf(seat) == null ? Ballot.ABSTAIN : a.stanceOf(seat);
            return v.brokenBy(a.id(), a.clause(), a.option(), null, stance) ? Status.BROKEN : Status.KEPT;
        }
        return supportTest(state, seat, (Promise.Support) promise, before, true).status();
    }

    private static CommitmentCheck pledge(
            MatchState state,
            Pledge p,
            Map<String, String> text,
            Map<String, Decision> decisions,
            Set<String> defaulted,
            boolean settledOnly) {
        if (p.ifCoalition() && !reachedWith(state, text, decisions, p.seat())) {
            return new CommitmentCheck(p.id(), "pledge", p.seat(), Status.VOID, SHORT);
        }
        CommitmentCheck c = check(
                state, p.id(), "pledge", p.seat(), p.promise(), text, decisions, defaulted, Set.of(), settledOnly);
        return p.ifCoalition() ? lacking(c) : c;
    }

    private static final String SHORT = "the binding-law coalition did not reach its threshold";

    /**
     * A deal's form has no "if coalition", and a push alone is a protest nobody joined: so a push
     * promised in a deal is a promise to push together, void (like a coalition pledge) if the
     * coalition fell short even with that push.
     */
    private static CommitmentCheck side(
            MatchState state,
            Deal d,
            String seat,
            Promise promise,
            Map<String, String> text,
            Map<String, Decision> decisions,
            Set<String> defaulted,
            boolean settledOnly) {
        if (promise instanceof Promise.Decide p
                && p.decision() == Decision.PUSH_BINDING
                && !reachedWith(state, text, decisions, seat)) {
            return new CommitmentCheck(d.id(), "deal", seat, Status.VOID, SHORT);
        }
        CommitmentCheck c = check(
                state,
                d.id(),
                "deal",
                seat,
                promise,
                text,
                decisions,
                defaulted,
                d.decidedAtAcceptance(seat),
                settledOnly);
        return promise instanceof Promise.Decide p && p.decision() == Decision.PUSH_BINDING ? lacking(c) : c;
    }

    /** A push promised together, broken: the reason says that the coalition lacked this push, which is why it counts. */
    private static CommitmentCheck lacking(CommitmentCheck c) {
        if (c.status() != Status.BROKEN) {
            return c;
        }
        return new CommitmentCheck(
                c.id(),
                c.kind(),
                c.seat(),
                c.status(),
                c.reason() + "; with its push the binding-law coalition would have reached its threshold");
    }

    /**
     * Whether the coalition reached its threshold, or would have if {@code seat} had pushed: a
     * delegation whose own push was missing cannot call its promise void.
     */
    private static boolean reachedWith(
            MatchState state, Map<String, String> text, Map<String, Decision> decisions, String seat) {
        Map<String, Decision> pushing = new java.util.HashMap<>(decisions);
        pushing.put(seat, Decision.PUSH_BINDING);
        return Tally.of(state.scenario(), text, pushing).bindingReached();
    }

    /**
     * The outcome is public but a deal's terms are not (only its parties saw them): its check
     * says kept, broken or void without repeating what was promised.
     */
    private static CommitmentCheck privately(CommitmentCheck c) {
        String reason = switch (c.status()) {
            case KEPT -> "kept its side of the deal";
            case BROKEN -> "did not keep its side of the deal";
            case VOID -> "its side of the deal never came due";
        };
        return new CommitmentCheck(c.id(), c.kind(), c.seat(), c.status(), reason);
    }

    /**
     * {@code before}: amendments already closed, or already voted on by {@code seat}, when the
     * commitment was made: it does not cover them. {@code settledOnly}: an amendment still open
     * that the seat has not voted on tests nothing yet.
     */
    private static CommitmentCheck check(
            MatchState state,
            String id,
            String kind,
            String seat,
            Promise promise,
            Map<String, String> text,
            Map<String, Decision> decisions,
            Set<String> defaulted,
            Set<String> before,
            boolean settledOnly) {
        if (promise instanceof Promise.Vote v) {
            Amendment a = state.amendment(v.amendment()).orElseThrow();
            if (settledOnly && pending(a, seat)) {
                return new CommitmentCheck(id, kind, seat, Status.VOID, "amendment " + a.id() + " is still open");
            }
            if (a.status() == Amendment.Status.WITHDRAWN) {
                return new CommitmentCheck(
                        id, kind, seat, Status.VOID, "amendment " + a.id() + " was withdrawn before the vote");
            }
            Ballot stance = a.stanceOf(seat) == null ? Ballot.ABSTAIN : a.stanceOf(seat);
            return new CommitmentCheck(
                    id,
                    kind,
                    seat,
                    v.brokenBy(a.id(), a.clause(), a.option(), null, stance) ? Status.BROKEN : Status.KEPT,
                    "promised to " + v.ballot().verb() + " amendment " + a.id() + " and " + stance.past() + " it");
        }
        if (promise instanceof Promise.Support support) {
            return checkSupport(state, id, kind, seat, support, before, settledOnly);
        }
        Promise.Decide d = (Promise.Decide) promise;
        if (!d.conditions().stream().allMatch(c -> c.holdsIn(text))) {
            return new CommitmentCheck(id, kind, seat, Status.VOID, "its condition on the text was not met");
        }
        Decision actual = decisions.get(seat);
        return new CommitmentCheck(
                id,
                kind,
                seat,
                actual == d.decision() ? Status.KEPT : Status.BROKEN,
                "promised to " + d.decision().inWords() + ", "
                        + (actual == null
                                ? "decided nothing"
                                : defaulted.contains(seat)
                                        ? "did not decide (so " + actual.inWords() + " by default)"
                                        : "decided to " + actual.inWords()));
    }

    /**
     * "I support X" is kept by voting for every amendment to X put to a vote after the promise,
     * and by not voting to take X out again while it stands in the text: a wording won by a
     * trade stays won unless the others outvote the partners who promised it.
     */
    private static CommitmentCheck checkSupport(
            MatchState state,
            String id,
            String kind,
            String seat,
            Promise.Support support,
            Set<String> before,
            boolean settledOnly) {
        String wording = wording(state, support);
        SupportTest t = supportTest(state, seat, support, before, settledOnly);
        return switch (t.status()) {
            case BROKEN ->
                new CommitmentCheck(
                        id,
                        kind,
                        seat,
                        Status.BROKEN,
                        "promised to support " + wording + ", but "
                                + (t.breaking().option().equals(support.option())
                                        ? "did not vote for amendment "
                                                + t.breaking().id()
                                        : "voted for amendment " + t.breaking().id() + " to replace it"));
            case VOID -> new CommitmentCheck(id, kind, seat, Status.VOID, wording + " was never put to a vote");
            case KEPT -> new CommitmentCheck(id, kind, seat, Status.KEPT, "supported " + wording);
        };
    }

    /** How a promise of support fared, and the amendment whose vote broke it, if one did. */
    private record SupportTest(Status status, Amendment breaking) {}

    /**
     * The one judgement of a promise of support: each amendment to the wording after the promise
     * a vote for it, and, while the wording stands, no vote for an amendment that replaces it.
     * {@code settledOnly}: an amendment still open that the seat has not voted on tests nothing yet.
     */
    private static SupportTest supportTest(
            MatchState state, String seat, Promise.Support support, Set<String> before, boolean settledOnly) {
        String reading =
                state.scenario().clause(support.clause()).map(c -> c.draft()).orElse(null);
        boolean tested = false;
        for (Amendment a : state.amendments()) {
            if (!a.clause().equals(support.clause())
                    || a.status() == Amendment.Status.WITHDRAWN
                    || (settledOnly && pending(a, seat))) {
                continue;
            }
            boolean proposesIt = a.option().equals(support.option());
            boolean replacesIt =
                    a.status() != Amendment.Status.OPEN && support.option().equals(reading);
            if (!before.contains(a.id()) && (proposesIt || replacesIt)) {
                tested = true;
                if (support.brokenBy(a.id(), a.clause(), a.option(), reading, a.stanceOf(seat))) {
                    return new SupportTest(Status.BROKEN, a);
                }
            }
            if (a.status() == Amendment.Status.ADOPTED) {
                reading = a.option();
            }
        }
        return new SupportTest(tested ? Status.KEPT : Status.VOID, null);
    }

    /** Open, and the seat has no stance on it yet: a promise about it can still be kept. */
    private static boolean pending(Amendment a, String seat) {
        return a.isOpen() && a.stanceOf(seat) == null;
    }

    /** Kept over kept-plus-broken; 1 for a seat with no commitments that came due. */
    public static double trustShare(List<CommitmentCheck> checks, String seat) {
        int kept = 0;
        int broken = 0;
        for (CommitmentCheck c : checks) {
            if (c.seat().equals(seat)) {
                kept += c.status() == Status.KEPT ? 1 : 0;
                broken += c.status() == Status.BROKEN ? 1 : 0;
            }
        }
        return kept + broken == 0 ? 1.0 : (double) kept / (kept + broken);
    }

    /** A wording as people read it: "Meaningful human control" on Human responsibility and control. */
    private static String wording(MatchState state, Promise.Support support) {
        return state.scenario()
                .clause(support.clause())
                .map(c -> "\u201c"
                        + c.option(support.option())
                                .map(o -> o.label() == null ? o.id() : o.label())
                                .orElse(support.option())
                        + "\u201d on " + c.title())
                .orElse(support.clause() + "=" + support.option());
    }
}

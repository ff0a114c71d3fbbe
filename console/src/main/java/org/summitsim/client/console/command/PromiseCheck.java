package org.summitsim.client.console.command;

import java.util.List;
import java.util.Optional;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.view.PlayerView;

/**
 * Whether a vote would break a promise the player made in an accepted deal, judged by the same
 * rule the results use ({@link Promise#brokenBy}).
 */
public final class PromiseCheck {

    private PromiseCheck() {}

    /**
     * The accepted deal in which another delegation promised the player something that its vote
     * {@code cast} breaks, if any: a vote is final, so the promise is broken as soon as it is cast.
     */
    public static Optional<PlayerView.DealView> brokenToMe(PlayerView v, org.summitsim.core.rules.Event.VoteCast cast) {
        return brokenToMe(v, cast, d -> true);
    }

    /**
     * As above, among the deals {@code before} says were accepted before the vote: a promise
     * reaches only votes cast after its deal (docs/RULES.md).
     */
    public static Optional<PlayerView.DealView> brokenToMe(
            PlayerView v,
            org.summitsim.core.rules.Event.VoteCast cast,
            java.util.function.Predicate<PlayerView.DealView> before) {
        if (v == null || v.seat() == null || cast.seat().equals(v.seat())) {
            return Optional.empty();
        }
        return v.amendments().stream()
                .filter(x -> x.id().equals(cast.amendment()))
                .findFirst()
                .flatMap(a -> v.deals().stream()
                        .filter(d -> d.status().equals("accepted") && d.involves(v.seat()) && before.test(d))
                        .filter(d -> d.partnerOf(v.seat()).equals(cast.seat()))
                        .filter(d -> breaks(d.promiseBy(cast.seat()), a, cast.ballot(), v))
                        .findFirst());
    }

    /**
     * The first accepted deal whose promise proposing {@code option} for {@code clause} would break,
     * if any: the proposer counts as supporting its amendment, so tabling a replacement for a
     * wording the player promised to support breaks that promise.
     */
    static Optional<PlayerView.DealView> brokenByProposal(PlayerView v, String clause, String option) {
        if (v.seat() == null) {
            return Optional.empty();
        }
        String standing = standing(v, clause);
        return v.deals().stream()
                .filter(d -> d.status().equals("accepted") && d.involves(v.seat()))
                .filter(d -> d.promiseBy(v.seat()).brokenBy("", clause, option, standing, Ballot.SUPPORT))
                .findFirst();
    }

    /** The first accepted deal whose promise this vote breaks, if any. */
    static Optional<PlayerView.DealView> broken(PlayerView v, String amendment, Ballot ballot) {
        if (v.seat() == null) {
            return Optional.empty();
        }
        PlayerView.AmendmentView a = v.amendments().stream()
                .filter(x -> x.id().equals(amendment))
                .findFirst()
                .orElse(null);
        if (a == null || !a.status().equals("open")) {
            // A closed amendment takes no vote: the room's own answer says so, not a warning about a promise.
            return Optional.empty();
        }
        return v.deals().stream()
                .filter(d -> d.status().equals("accepted"))
                .filter(d -> breaks(d.promiseBy(v.seat()), a, ballot, v))
                .findFirst();
    }

    /**
     * The accepted deals in which a partner promised the player a decision only if {@code clause}
     * reads certain wordings, the text reads one of them now, and {@code option} is not one: the
     * amendment, adopted, would leave that promise never to come due. Nothing is broken (the rules
     * judge it "never came due"), but the player may be voting away what they traded for.
     */
    public static List<PlayerView.DealView> lapsesToMe(PlayerView v, String clause, String option) {
        if (v == null || v.seat() == null) {
            return List.of();
        }
        String standing = standing(v, clause);
        return v.deals().stream()
                .filter(d -> d.status().equals("accepted") && d.involves(v.seat()))
                .filter(d -> d.promiseBy(d.partnerOf(v.seat())) instanceof Promise.Decide p
                        && p.conditions().stream()
                                .anyMatch(c -> c.clause().equals(clause)
                                        && c.options().contains(standing)
                                        && !c.options().contains(option)))
                .toList();
    }

    /** A deal and the one ballot on an amendment that keeps its promise. */
    public record Due(PlayerView.DealView deal, Ballot ballot) {}

    /**
     * The accepted deal that a vote on {@code amendment} brings due, and the ballot that keeps it:
     * where some ballot would break a promise of the player's and one ballot breaks none. Empty when
     * the player has voted already, or nothing of theirs turns on it.
     */
    public static Optional<Due> dueOn(PlayerView v, String amendment) {
        if (v.seat() == null
                || v.amendments().stream()
                        .anyMatch(a -> a.id().equals(amendment)
                                && (a.hasStance(v.seat()) || !a.status().equals("open")))) {
            return Optional.empty();
        }
        List<Ballot> keeping = new java.util.ArrayList<>();
        PlayerView.DealView first = null;
        for (Ballot b : Ballot.values()) {
            Optional<PlayerView.DealView> broken = broken(v, amendment, b);
            if (broken.isEmpty()) {
                keeping.add(b);
            } else if (first == null) {
                first = broken.get();
            }
        }
        return first != null && keeping.size() == 1 ? Optional.of(new Due(first, keeping.get(0))) : Optional.empty();
    }

    /**
     * Why the player could no longer keep {@code promise} (a vote on an amendment already put to
     * the vote, or a vote already cast the other way), if so.
     */
    static Optional<String> unkeepable(PlayerView v, Promise promise) {
        if (!(promise instanceof Promise.Vote vote) || v.seat() == null) {
            return Optional.empty();
        }
        return v.amendments().stream()
                .filter(a -> a.id().equals(vote.amendment()))
                .findFirst()
                .flatMap(a -> {
                    Ballot mine = a.votes().get(v.seat());
                    if (mine != null && mine != vote.ballot()) {
                        return Optional.of(
                                "you already " + mine.past() + " " + a.id() + ", and a vote cannot be changed");
                    }
                    if (mine == null && !a.status().equals("open")) {
                        return Optional.of(a.id() + " has already been put to the vote");
                    }
                    return Optional.empty();
                });
    }

    /**
     * An accepted deal of the player's whose promise {@code promise} contradicts: support for another
     * wording of the same clause, another ballot on the same amendment, or another decision (both
     * without conditions). Keeping one breaks the other.
     */
    static Optional<PlayerView.DealView> clash(PlayerView v, Promise promise) {
        if (v.seat() == null) {
            return Optional.empty();
        }
        return v.deals().stream()
                .filter(d -> d.status().equals("accepted") && d.involves(v.seat()))
                .filter(d -> contradicts(d.promiseBy(v.seat()), promise))
                .findFirst();
    }

    private static boolean contradicts(Promise earlier, Promise later) {
        if (earlier instanceof Promise.Support a && later instanceof Promise.Support b) {
            return a.clause().equals(b.clause()) && !a.option().equals(b.option());
        }
        if (earlier instanceof Promise.Vote a && later instanceof Promise.Vote b) {
            return a.amendment().equals(b.amendment()) && a.ballot() != b.ballot();
        }
        if (earlier instanceof Promise.Decide a && later instanceof Promise.Decide b) {
            return a.decision() != b.decision() && unconditional(a) && unconditional(b);
        }
        return false;
    }

    private static boolean unconditional(Promise.Decide d) {
        return d.conditions() == null || d.conditions().isEmpty();
    }

    private static boolean breaks(Promise p, PlayerView.AmendmentView a, Ballot ballot, PlayerView v) {
        String standing = standing(v, a.clause());
        return p.brokenBy(a.id(), a.clause(), a.option(), standing, ballot);
    }

    /** The wording {@code clause} reads now, or null. */
    private static String standing(PlayerView v, String clause) {
        return v.text().stream()
                .filter(c -> c.id().equals(clause))
                .map(PlayerView.ClauseView::current)
                .findFirst()
                .orElse(null);
    }
}

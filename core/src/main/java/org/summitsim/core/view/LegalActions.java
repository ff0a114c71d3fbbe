package org.summitsim.core.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Caucus;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.MatchState.Part;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Pledge;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;

/**
 * What a seat may do now; mirrors the checks in the rules, so each listed action is accepted.
 * One per match: the actions that never change (a message to each other seat, a proposal of
 * each wording) are made once and reused in every list.
 */
final class LegalActions {

    /** Speaking on the floor, then a pledge of each decision (with the values the command takes, as for {@code decide}). */
    private static final List<LegalAction> SAY_AND_PLEDGE = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(new LegalAction("say", Map.of("text", ""))),
                    java.util.Arrays.stream(Decision.values())
                            .map(d -> new LegalAction("pledge", Map.of("decision", d.name()))))
            .toList();

    /**
     * The same without the pledge of one decision: a seat whose latest pledge promises that
     * decision on no conditions may not pledge it again as listed (the rules refuse a repeat).
     */
    private static final Map<Decision, List<LegalAction>> SAY_AND_PLEDGE_BUT = java.util.Arrays.stream(
                    Decision.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    d -> d,
                    d -> SAY_AND_PLEDGE.stream()
                            .filter(a -> !d.name().equals(a.args().get("decision")))
                            .toList()));

    private static final List<LegalAction> CAUCUS_CREATE_ALONE =
            List.of(new LegalAction("caucus_create", Map.of("name", "")));
    private static final LegalAction READY = new LegalAction("ready", Map.of());
    private static final List<LegalAction> READY_ALONE = List.of(READY);
    private static final List<LegalAction> DECIDE = java.util.Arrays.stream(Decision.values())
            .map(d -> new LegalAction("decide", Map.of("decision", d.name())))
            .toList();

    private final MatchState state;
    /** Per seat: a direct message to, and an offer to, each other seat. */
    private final Map<String, List<LegalAction>> messages;

    private final Map<String, List<LegalAction>> offers;
    /** Per clause id, per option id: proposing that wording. */
    private final Map<String, Map<String, LegalAction>> proposals;
    /** Per amendment id: co-sponsoring it, then a vote of each ballot. */
    private final Map<String, List<LegalAction>> stances = new HashMap<>();

    private final Map<String, List<LegalAction>> withdrawals = new HashMap<>();
    private final Map<String, List<LegalAction>> answers = new HashMap<>();
    private long answersVersion = -1;
    private long answersVotes = -1;
    /** Per addressee, the deals still waiting for its answer, in the order offered; and how many deals were looked at. */
    private final Map<String, List<Deal>> openDeals = new HashMap<>();

    private int dealsSeen;
    private List<LegalAction> proposalsOpen = List.of();
    private long proposalsVersion = -1;

    LegalActions(MatchState state) {
        this.state = state;
        Fixed fixed = state.tables().get(Fixed.class, scenario -> Fixed.make(state.seats(), scenario.clauses()));
        this.messages = fixed.messages();
        this.offers = fixed.offers();
        this.proposals = fixed.proposals();
    }

    /**
     * The actions that depend only on the seats and the clauses: made once for every match of
     * the scenario (a tournament plays thousands), since they are immutable.
     */
    private record Fixed(
            Map<String, List<LegalAction>> messages,
            Map<String, List<LegalAction>> offers,
            Map<String, Map<String, LegalAction>> proposals) {

        private static Fixed make(List<String> seats, List<Clause> clauses) {
            Map<String, List<LegalAction>> messages = new HashMap<>();
            Map<String, List<LegalAction>> offers = new HashMap<>();
            for (String seat : seats) {
                List<LegalAction> dm = new ArrayList<>();
                List<LegalAction> offer = new ArrayList<>();
                for (String other : seats) {
                    if (!other.equals(seat)) {
                        dm.add(new LegalAction("dm", Map.of("to", other, "text", "")));
                        offer.add(new LegalAction("offer", Map.of("to", other)));
                    }
                }
                messages.put(seat, List.copyOf(dm));
                offers.put(seat, List.copyOf(offer));
            }
            Map<String, Map<String, LegalAction>> proposals = new HashMap<>();
            for (Clause c : clauses) {
                Map<String, LegalAction> byOption = new HashMap<>();
                for (ClauseOption o : c.options()) {
                    byOption.put(o.id(), new LegalAction("propose", Map.of("clause", c.id(), "option", o.id())));
                }
                proposals.put(c.id(), Map.copyOf(byOption));
            }
            return new Fixed(Map.copyOf(messages), Map.copyOf(offers), Map.copyOf(proposals));
        }
    }

    /**
     * Per caucus id, what its members may do in it (speak, leave, invite each seat not in it):
     * the same for every member, so made once while the caucuses stand.
     */
    private final Map<String, List<LegalAction>> caucusActions = new HashMap<>();

    private long caucusVersion = -1;

    private List<LegalAction> inCaucus(Caucus c) {
        long version = state.version(Part.CAUCUSES);
        if (version != caucusVersion) {
            caucusActions.clear();
            caucusVersion = version;
        }
        return caucusActions.computeIfAbsent(c.id(), id -> {
            List<LegalAction> in = new ArrayList<>();
            in.add(new LegalAction("caucus_say", Map.of("caucus", id, "text", "")));
            in.add(new LegalAction("caucus_leave", Map.of("caucus", id)));
            for (String other : state.seats()) {
                if (!c.has(other)) {
                    in.add(new LegalAction("caucus_invite", Map.of("caucus", id, "seat", other)));
                }
            }
            return List.copyOf(in);
        });
    }

    /**
     * The actions open to {@code seat} now, in a fixed order. Made of the shared lists (the
     * messages, offers, proposals, the stances on each amendment...) without copying them: a
     * seat's actions change with every vote, and bots read only a few of them.
     */
    LegalActionList of(String seat) {
        Phase phase = state.stage().phase();
        if (state.paused() || phase == Phase.LOBBY || phase == Phase.RESULTS) {
            return LegalActionList.of(List.of());
        }
        List<List<LegalAction>> parts = new ArrayList<>(16);
        boolean muted = state.isMuted(seat);
        if (phase != Phase.BRIEFING) {
            Pledge latest = state.latestPledge(seat).orElse(null);
            parts.add(silenced(
                    muted,
                    latest != null && latest.conditions().isEmpty() && !latest.ifCoalition()
                            ? SAY_AND_PLEDGE_BUT.get(latest.decision())
                            : SAY_AND_PLEDGE));
        }
        if (!muted) {
            parts.add(messages.get(seat));
        }
        if (!muted) {
            parts.add(CAUCUS_CREATE_ALONE);
        }
        for (Caucus c : state.caucuses()) {
            if (c.has(seat)) {
                parts.add(silenced(muted, inCaucus(c)));
            }
        }
        if (phase != Phase.BRIEFING) {
            parts.add(offers.get(seat));
            parts.add(answers().getOrDefault(seat, List.of()));
        }
        if (phase == Phase.ROUND) {
            amendments(seat, parts);
        }
        boolean decides = phase == Phase.FINAL && !state.hasDecided(seat);
        if (decides) {
            parts.add(DECIDE);
        }
        boolean readies = !state.ready().contains(seat);
        if (readies) {
            parts.add(READY_ALONE);
        }
        // Never changed after this (nor are the parts), and shared by the views that reuse it.
        // The commands bots ask about on every turn come sorted out (see LegalActionList).
        return LegalActionList.joined(
                parts,
                phase == Phase.ROUND ? proposalsFor(seat) : List.of(),
                decides ? DECIDE : List.of(),
                readies ? READY_ALONE : List.of());
    }

    /** A muted seat's actions leave out its messages (the rules refuse them); rare, so made fresh. */
    private static List<LegalAction> silenced(boolean muted, List<LegalAction> actions) {
        return muted
                ? actions.stream()
                        .filter(a -> !a.command().equals("say") && !a.command().equals("caucus_say"))
                        .toList()
                : actions;
    }

    /**
     * Per seat, accepting or declining each deal offered to it and still open, in the order
     * offered; accepting only while the deal can still be kept (no vote cast since the offer
     * rules out one of its promises). When the deals change, only the addressees of deals
     * offered or answered since get a new list (a match offers hundreds of deals, and some seats
     * never answer); when a vote is cast, only those offered a deal that promises a vote.
     */
    private Map<String, List<LegalAction>> answers() {
        long version = state.version(Part.DEALS);
        long votes = state.version(Part.AMENDMENTS);
        if (answersVersion != version || answersVotes != votes) {
            java.util.Set<String> changed = new java.util.HashSet<>();
            openDeals.forEach((seat, open) -> {
                if (open.removeIf(d -> d.status() != Deal.Status.OFFERED)) {
                    changed.add(seat);
                }
                if (answersVotes != votes && open.stream().anyMatch(Deal::promisesAVote)) {
                    changed.add(seat);
                }
            });
            List<Deal> all = state.deals();
            for (int i = dealsSeen; i < all.size(); i++) {
                Deal d = all.get(i);
                if (d.status() == Deal.Status.OFFERED) {
                    openDeals.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(d);
                    changed.add(d.to());
                }
            }
            dealsSeen = all.size();
            for (String seat : changed) {
                List<LegalAction> theirs = new ArrayList<>();
                for (Deal d : openDeals.get(seat)) {
                    if (d.keepable(state)) {
                        theirs.add(new LegalAction("accept", Map.of("deal", d.id())));
                    }
                    theirs.add(new LegalAction("decline", Map.of("deal", d.id())));
                }
                answers.put(seat, java.util.Collections.unmodifiableList(theirs));
            }
            answersVersion = version;
            answersVotes = votes;
        }
        return answers;
    }

    private void amendments(String seat, List<List<LegalAction>> parts) {
        parts.add(proposalsFor(seat));
        for (Amendment a : state.openAmendments()) {
            if (a.proposer().equals(seat)) {
                parts.add(withdrawals.computeIfAbsent(
                        a.id(), id -> List.of(new LegalAction("withdraw", Map.of("amendment", id)))));
            }
            if (!a.isSponsor(seat) && !a.hasVoted(seat)) {
                parts.add(stances.computeIfAbsent(a.id(), LegalActions::stances));
            }
        }
    }

    /** The proposals a seat may make now: none while its own amendment is open (one at a time). */
    private List<LegalAction> proposalsFor(String seat) {
        return state.openAmendmentBy(seat).isEmpty() ? proposalsNow() : List.of();
    }

    /** The proposals open to every seat: the same for all, so made once while the agenda and text stand. */
    private List<LegalAction> proposalsNow() {
        long version = state.version(Part.AGENDA)
                + state.version(Part.TEXT)
                + state.stage().round();
        if (proposalsVersion != version) {
            // Clauses with an open amendment take no proposal now, nor wordings voted on this round.
            Set<String> blocked = new java.util.HashSet<>();
            Set<String> voted = new java.util.HashSet<>();
            for (Amendment a : state.amendments()) {
                if (a.isOpen()) {
                    blocked.add(a.clause());
                } else if (a.votedIn(state.stage().round())) {
                    voted.add(a.clause() + "\u0000" + a.option());
                }
            }
            List<LegalAction> now = new ArrayList<>();
            for (Clause c : state.scenario().clauses()) {
                if (blocked.contains(c.id())) {
                    continue;
                }
                Map<String, LegalAction> byOption = proposals.get(c.id());
                String current = state.text().get(c.id());
                for (ClauseOption o : c.options()) {
                    if (!o.id().equals(current) && !voted.contains(c.id() + "\u0000" + o.id())) {
                        now.add(byOption.get(o.id()));
                    }
                }
            }
            // The same list object while the same proposals stand, so bots see that they did not change.
            if (!now.equals(proposalsOpen)) {
                proposalsOpen = java.util.Collections.unmodifiableList(now);
            }
            proposalsVersion = version;
        }
        return proposalsOpen;
    }

    private static List<LegalAction> stances(String amendment) {
        List<LegalAction> out = new ArrayList<>();
        out.add(new LegalAction("cosponsor", Map.of("amendment", amendment)));
        for (Ballot b : Ballot.values()) {
            out.add(new LegalAction("vote", Map.of("amendment", amendment, "ballot", b.name())));
        }
        return List.copyOf(out);
    }
}

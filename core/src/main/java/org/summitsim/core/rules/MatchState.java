// Long on purpose: the one fold of events into a match's state, every event's effect beside the others, so that replay
// and live play cannot drift apart.
package org.summitsim.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioTables;

/**
 * The state of one match, changed only by {@link #apply(Event)}. It is a fold over the event
 * log: replaying the same events into a fresh state gives the same state.
 */
public final class MatchState {

    private final Scenario scenario;
    private final Settlement settlement;
    /** What follows from the scenario alone, shared with the other matches of it. */
    private final ScenarioTables tables;

    private final List<String> seats;
    /** The playable delegations by seat id, in scenario order (looked up on every view). */
    private final Map<String, Delegation> playable = new LinkedHashMap<>();

    private long seed;
    private Settings settings;
    private Stage stage = Stage.LOBBY;
    private boolean paused;
    private final Map<String, String> text = new LinkedHashMap<>();
    private final Map<String, Amendment> amendments = new LinkedHashMap<>();
    /** The open amendments, in the order proposed: every view lists what each seat may vote on. */
    private final List<Amendment> open = new ArrayList<>();

    private final List<Amendment> openView = java.util.Collections.unmodifiableList(open);
    private final Map<String, Caucus> caucuses = new LinkedHashMap<>();
    private final Map<String, Deal> deals = new LinkedHashMap<>();
    /** The same deals in the order offered, so views can pick up the new ones without walking the rest. */
    private final List<Deal> dealList = new ArrayList<>();

    private final List<Deal> dealListView = java.util.Collections.unmodifiableList(dealList);
    private final Map<String, Pledge> pledges = new LinkedHashMap<>();
    /** Each seat's latest pledge: what others expect of it, and what a pledge may not repeat. */
    private final Map<String, Pledge> latestPledges = new java.util.HashMap<>();

    private final Set<String> ready = new LinkedHashSet<>();
    /** Each seat's ready and decided flags again, by seat position: every view shows every seat's. */
    private final boolean[] readyAt;

    private final boolean[] decidedAt;
    private final Map<String, Integer> seatPositions = new java.util.HashMap<>();
    /** Read-only views handed out (often: every view and every rule reads them), made once. */
    private final Map<String, String> textView = java.util.Collections.unmodifiableMap(text);

    private final Set<String> readyView = java.util.Collections.unmodifiableSet(ready);
    private final Map<String, FinalDecision> sealed = new LinkedHashMap<>();
    private final List<String> released = new ArrayList<>();
    private Map<String, FinalDecision> revealed;
    private Outcome outcome;
    private long events;
    private final Moderation moderation = new Moderation();
    private final long[] versions = new long[Part.values().length];

    /** A match of {@code scenario} in the lobby; {@code settlement} works out its outcome when it ends. */
    public MatchState(Scenario scenario, Settlement settlement) {
        this.scenario = scenario;
        this.settlement = settlement;
        this.tables = ScenarioTables.of(scenario);
        scenario.playable().forEach(d -> playable.put(d.id(), d));
        this.seats = List.copyOf(playable.keySet());
        for (int i = 0; i < seats.size(); i++) {
            seatPositions.put(seats.get(i), i);
        }
        this.readyAt = new boolean[seats.size()];
        this.decidedAt = new boolean[seats.size()];
        this.settings = Settings.of(scenario);
        for (Clause c : scenario.clauses()) {
            text.put(c.id(), c.draft());
        }
    }

    /**
     * The parts of the state a view shows. Each has a version that changes whenever the part
     * does, so views can reuse what they built from a part that has not changed since.
     */
    public enum Part {
        /** The stage, pause, and each seat's ready flag and (sealed or revealed) decision. */
        SEATS,
        TEXT,
        AMENDMENTS,
        /**
         * Which amendments are open and which were put to a vote: part of the amendments, but a
         * vote that leaves an amendment open does not change it (so neither what may be proposed).
         */
        AGENDA,
        PLEDGES,
        DEALS,
        CAUCUSES
    }

    public void apply(Event event) {
        events++;
        touch(event);
        if (event instanceof Event.MatchOpened e) {
            seed = e.seed();
            settings = e.settings();
        } else if (event instanceof Event.PhaseStarted e) {
            stage = e.stage();
            ready.clear();
            java.util.Arrays.fill(readyAt, false);
            if (stage.phase() == Phase.FINAL) {
                // The rounds are over: an offer of a vote or of support could only be accepted to
                // come to nothing (void at the end), while a promised decision on the other side binds.
                lapse(Deal::promisesVoting);
            }
        } else if (event instanceof Event.Paused) {
            paused = true;
        } else if (event instanceof Event.Resumed) {
            paused = false;
        } else if (event instanceof Event.NewsReleased e) {
            released.add(e.inject());
        } else if (event instanceof Event.CaucusCreated e) {
            caucuses.put(e.caucus(), new Caucus(e.caucus(), e.name(), e.members()));
        } else if (event instanceof Event.CaucusJoined e) {
            caucuses.get(e.caucus()).add(e.seat());
        } else if (event instanceof Event.CaucusLeft e) {
            caucuses.get(e.caucus()).remove(e.seat());
        } else if (event instanceof Event.AmendmentProposed e) {
            Amendment a = new Amendment(e.amendment(), e.seat(), e.clause(), e.option(), e.rationale(), stage.round());
            amendments.put(e.amendment(), a);
            open.add(a);
            if (hasWords(e.rationale())) {
                moderation.statement(events, seatPositions.getOrDefault(e.seat(), -1), e.amendment());
            }
        } else if (event instanceof Event.AmendmentCosponsored e) {
            amendments.get(e.amendment()).addCosponsor(e.seat());
        } else if (event instanceof Event.AmendmentWithdrawn e) {
            close(e.amendment(), Amendment.Status.WITHDRAWN);
        } else if (event instanceof Event.VoteCast e) {
            amendments.get(e.amendment()).addVote(e.seat(), e.ballot());
        } else if (event instanceof Event.AmendmentResolved e) {
            close(e.amendment(), e.adopted() ? Amendment.Status.ADOPTED : Amendment.Status.REJECTED);
            if (e.adopted()) {
                text.put(e.clause(), e.option());
            }
        } else if (event instanceof Event.PledgeMade e) {
            Pledge pledge = new Pledge(
                    e.pledge(), e.seat(), e.decision(), e.conditions(), e.text(), Boolean.TRUE.equals(e.ifCoalition()));
            pledges.put(e.pledge(), pledge);
            latestPledges.put(e.seat(), pledge);
            if (hasWords(e.text())) {
                moderation.statement(events, seatPositions.getOrDefault(e.seat(), -1), e.pledge());
            }
        } else if (event instanceof Event.DealOffered e) {
            Deal d = new Deal(e.deal(), e.from(), e.to(), e.give(), e.want(), e.text());
            Deal before = deals.put(e.deal(), d);
            if (before == null) {
                dealList.add(d);
            } else {
                dealList.set(dealList.indexOf(before), d);
            }
        } else if (event instanceof Event.DealAccepted e) {
            Deal deal = deals.get(e.deal());
            Set<String> closed = new LinkedHashSet<>();
            Set<String> votedByFrom = new LinkedHashSet<>();
            Set<String> votedByTo = new LinkedHashSet<>();
            amendments.values().forEach(a -> {
                if (!a.isOpen()) {
                    closed.add(a.id());
                } else {
                    if (a.stanceOf(deal.from()) != null) {
                        votedByFrom.add(a.id());
                    }
                    if (a.stanceOf(deal.to()) != null) {
                        votedByTo.add(a.id());
                    }
                }
            });
            deal.accept(closed, votedByFrom, votedByTo);
        } else if (event instanceof Event.DealDeclined e) {
            deals.get(e.deal()).settle(Deal.Status.DECLINED);
        } else if (event instanceof Event.SeatReady e) {
            ready.add(e.seat());
            flag(readyAt, e.seat(), true);
        } else if (event instanceof Event.SeatNotReady e) {
            ready.remove(e.seat());
            flag(readyAt, e.seat(), false);
        } else if (event instanceof Event.DecisionSealed e) {
            sealed.put(e.seat(), new FinalDecision(e.decision(), e.statement(), false));
            flag(decidedAt, e.seat(), true);
            if (hasWords(e.statement())) {
                moderation.statement(events, seatPositions.getOrDefault(e.seat(), -1), Moderation.DECISION);
            }
        } else if (event instanceof Event.DecisionsRevealed e) {
            revealed = new LinkedHashMap<>(e.decisions());
        } else if (event instanceof Event.MatchEnded e) {
            outcome = e.outcome();
        } else if (event instanceof Event.FloorStatement e) {
            moderation.statement(events, seatPositions.getOrDefault(e.seat(), -1), null);
        } else if (event instanceof Event.StatementHidden e) {
            moderation.hide(e.seq());
            String of = moderation.ofWhat(e.seq());
            if (Moderation.DECISION.equals(of)) {
                withdrawStatement(e.seat());
            } else {
                withdrawWords(of);
            }
        } else if (event instanceof Event.SeatMuted e) {
            moderation.mute(e.seat(), true);
        } else if (event instanceof Event.SeatUnmuted e) {
            moderation.mute(e.seat(), false);
        }
        // Other talk, announcements, extensions and DelegationDecided change no rule state.
    }

    private static boolean hasWords(String words) {
        return words != null && !words.isBlank();
    }

    /** The words of pledge or amendment {@code id} go from every view; the pledge or amendment stays. */
    private void withdrawWords(String id) {
        if (id == null) {
            return;
        }
        Pledge p = pledges.get(id);
        if (p != null) {
            Pledge without = new Pledge(p.id(), p.seat(), p.decision(), p.conditions(), null, p.ifCoalition());
            pledges.put(id, without);
            latestPledges.replace(p.seat(), p, without);
            versions[Part.PLEDGES.ordinal()]++;
        }
        Amendment a = amendments.get(id);
        if (a != null) {
            a.withdrawRationale();
            versions[Part.AMENDMENTS.ordinal()]++;
        }
    }

    /** The statement {@code seat} decided with goes: the decision stays, and the reveal and the results carry no words. */
    private void withdrawStatement(String seat) {
        FinalDecision d = sealed.get(seat);
        if (d != null) {
            sealed.put(seat, new FinalDecision(d.decision(), "", d.defaulted()));
            versions[Part.SEATS.ordinal()]++;
        }
    }

    private void flag(boolean[] flags, String seat, boolean on) {
        Integer i = seatPositions.get(seat);
        if (i != null) {
            flags[i] = on;
        }
    }

    private void close(String id, Amendment.Status status) {
        Amendment a = amendments.get(id);
        a.close(status);
        open.remove(a);
        // An offer of a vote on it can no longer be kept: it lapses rather than wait to be accepted.
        lapse(d -> d.promisesVoteOn(id));
    }

    private void lapse(java.util.function.Predicate<Deal> which) {
        boolean lapsed = false;
        for (Deal d : dealList) {
            if (d.status() == Deal.Status.OFFERED && which.test(d)) {
                d.settle(Deal.Status.LAPSED);
                lapsed = true;
            }
        }
        if (lapsed) {
            versions[Part.DEALS.ordinal()]++;
        }
    }

    private void touch(Event event) {
        if (event instanceof Event.MatchOpened) {
            for (Part p : Part.values()) {
                versions[p.ordinal()]++;
            }
        } else if (event instanceof Event.PhaseStarted
                || event instanceof Event.Paused
                || event instanceof Event.Resumed
                || event instanceof Event.SeatReady
                || event instanceof Event.SeatNotReady
                || event instanceof Event.DecisionSealed
                || event instanceof Event.DecisionsRevealed
                || event instanceof Event.MatchEnded) {
            versions[Part.SEATS.ordinal()]++;
        } else if (event instanceof Event.CaucusCreated
                || event instanceof Event.CaucusJoined
                || event instanceof Event.CaucusLeft) {
            versions[Part.CAUCUSES.ordinal()]++;
        } else if (event instanceof Event.AmendmentCosponsored || event instanceof Event.VoteCast) {
            versions[Part.AMENDMENTS.ordinal()]++;
        } else if (event instanceof Event.AmendmentProposed || event instanceof Event.AmendmentWithdrawn) {
            versions[Part.AMENDMENTS.ordinal()]++;
            versions[Part.AGENDA.ordinal()]++;
        } else if (event instanceof Event.AmendmentResolved e) {
            versions[Part.AMENDMENTS.ordinal()]++;
            versions[Part.AGENDA.ordinal()]++;
            if (e.adopted()) {
                versions[Part.TEXT.ordinal()]++;
            }
        } else if (event instanceof Event.PledgeMade) {
            versions[Part.PLEDGES.ordinal()]++;
        } else if (event instanceof Event.SeatMuted || event instanceof Event.SeatUnmuted) {
            versions[Part.SEATS.ordinal()]++;
        } else if (event instanceof Event.DealOffered
                || event instanceof Event.DealAccepted
                || event instanceof Event.DealDeclined) {
            versions[Part.DEALS.ordinal()]++;
        }
    }

    /** Changes whenever {@code part} changes (and only then, as far as views can tell). */
    public long version(Part part) {
        return versions[part.ordinal()];
    }

    public Scenario scenario() {
        return scenario;
    }

    public ScenarioTables tables() {
        return tables;
    }

    public List<String> seats() {
        return seats;
    }

    public long seed() {
        return seed;
    }

    public Settings settings() {
        return settings;
    }

    public Stage stage() {
        return stage;
    }

    public boolean paused() {
        return paused;
    }

    public boolean over() {
        return stage.phase() == Phase.RESULTS;
    }
    /** Events applied so far; the next event's sequence number. */
    public long eventCount() {
        return events;
    }

    /** The seat that made floor statement {@code seq}; empty when event {@code seq} was not a floor statement. */
    public Optional<String> speakerOf(long seq) {
        return moderation.speakerOf(seq).map(i -> i < 0 ? "" : seats.get(i));
    }

    /** Whether event {@code seq} is a sealed decision that came with a statement. */
    public boolean decisionStatement(long seq) {
        return Moderation.DECISION.equals(moderation.ofWhat(seq));
    }

    /** Event numbers of the floor statements the facilitator took off the screens, ascending. */
    public Set<Long> hiddenStatements() {
        return moderation.hidden();
    }

    public boolean isMuted(String seat) {
        return moderation.muted().contains(seat);
    }

    /** The delegations the facilitator has muted, in the order muted. */
    public Set<String> muted() {
        return moderation.muted();
    }

    /** The declaration as it reads now: clause id to option id, in scenario order. */
    public Map<String, String> text() {
        return textView;
    }

    public Collection<Amendment> amendments() {
        return amendments.values();
    }

    public Optional<Amendment> amendment(String id) {
        return Optional.ofNullable(amendments.get(id));
    }

    /** The amendments still open, in the order proposed. */
    public List<Amendment> openAmendments() {
        return openView;
    }

    public Optional<Amendment> openAmendmentOn(String clause) {
        for (Amendment a : open) {
            if (a.clause().equals(clause)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** An amendment to this wording of the clause already voted on (adopted or rejected) in the current round. */
    public Optional<Amendment> votedThisRound(String clause, String option) {
        for (Amendment a : amendments.values()) {
            if (a.clause().equals(clause) && a.option().equals(option) && a.votedIn(stage.round())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The open amendment this seat proposed, if any: a delegation has one on the floor at a time. */
    public Optional<Amendment> openAmendmentBy(String seat) {
        for (Amendment a : open) {
            if (a.proposer().equals(seat)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public Collection<Caucus> caucuses() {
        return caucuses.values();
    }

    public Optional<Caucus> caucus(String id) {
        return Optional.ofNullable(caucuses.get(id));
    }
    /** Every deal, in the order offered. */
    public List<Deal> deals() {
        return dealListView;
    }

    public Optional<Deal> deal(String id) {
        return Optional.ofNullable(deals.get(id));
    }

    public Collection<Pledge> pledges() {
        return pledges.values();
    }

    /** The latest pledge {@code seat} made, if any. */
    public Optional<Pledge> latestPledge(String seat) {
        return Optional.ofNullable(latestPledges.get(seat));
    }

    public Set<String> ready() {
        return readyView;
    }

    public List<String> released() {
        return java.util.Collections.unmodifiableList(released);
    }

    public boolean isSeat(String seat) {
        return seat != null && playable.containsKey(seat);
    }

    /** The delegations at the seats, in scenario order. */
    public Collection<Delegation> playable() {
        return java.util.Collections.unmodifiableCollection(playable.values());
    }

    /** The delegation at a seat; empty for anything that is not a seat. */
    public Optional<Delegation> delegation(String seat) {
        return Optional.ofNullable(seat == null ? null : playable.get(seat));
    }

    public boolean hasDecided(String seat) {
        return sealed.containsKey(seat);
    }
    /** Whether the seat at {@code position} in {@link #seats()} is ready now, and whether it has decided. */
    public boolean isReady(int position) {
        return readyAt[position];
    }

    public boolean hasDecided(int position) {
        return decidedAt[position];
    }

    public Optional<FinalDecision> sealedDecision(String seat) {
        return Optional.ofNullable(sealed.get(seat));
    }

    public Map<String, FinalDecision> sealedDecisions() {
        return java.util.Collections.unmodifiableMap(sealed);
    }

    /** Every seat's decision after the reveal; empty before it. */
    public Optional<Map<String, FinalDecision>> revealed() {
        return Optional.ofNullable(revealed).map(java.util.Collections::unmodifiableMap);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    Settlement settlement() {
        return settlement;
    }

    String nextId(String prefix, int existing) {
        return prefix + (existing + 1);
    }

    int amendmentCount() {
        return amendments.size();
    }

    int caucusCount() {
        return caucuses.size();
    }

    int dealCount() {
        return deals.size();
    }

    int pledgeCount() {
        return pledges.size();
    }
}

package org.summitsim.core.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.summitsim.core.rules.Amendment;
import org.summitsim.core.rules.Deal;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.MatchState.Part;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scoring.ForecastCache;
import org.summitsim.core.scoring.Hindsight;

/**
 * The parts of views already built for one match, each kept until the part of the state it
 * shows changes (see {@link MatchState#version}). A match with bots builds hundreds of views
 * between two changes of most parts, so {@link Views} rebuilds only what changed. Owned by the
 * match, and like it used by one thread at a time.
 */
public final class ViewCache {

    private final MatchState state;
    private final Slot<List<PlayerView.Card>> cards = new Slot<>();
    private final Slot<List<PlayerView.ClauseView>> text = new Slot<>();
    private final Slot<List<PlayerView.AmendmentView>> amendments = new Slot<>();
    private final Slot<List<PlayerView.PledgeView>> pledges = new Slot<>();
    /** The last view of each amendment, reused while its snapshot and status are unchanged. */
    private final Map<Amendment, AmendmentEntry> amendmentViews = new java.util.IdentityHashMap<>();
    /** The last view of each deal, reused while its status is unchanged. */
    private final Map<Deal, DealEntry> dealViews = new java.util.IdentityHashMap<>();

    private final Map<String, List<PlayerView.DealView>> dealsBySeat = new HashMap<>();
    /** Each seat's deals, in the order offered, and their latest views: appended as deals appear. */
    private final Map<String, List<Deal>> dealsOf = new HashMap<>();

    private final Map<String, List<PlayerView.DealView>> viewsOf = new HashMap<>();
    /** Deals still waiting for an answer, the deals already indexed, and the version indexed. */
    private final List<Deal> openDeals = new java.util.ArrayList<>();

    private int dealsSeen;
    private long dealsVersion = -1;
    private final Slot<List<PlayerView.DealView>> allDeals = new Slot<>();
    private final Map<String, SeatSlots> seats = new HashMap<>();
    /** Each seat's card in its four states (decided or not, ready or not), made when first shown. */
    private PlayerView.Card[][] cardStates;

    private org.summitsim.core.rules.Settings describedSettings;
    private String adoptionRule;
    private final LegalActions legalActions;
    private final ForecastCache forecasts;
    /** Each seat's scores in hindsight, made once the match is over (it changes no more). */
    private final Map<String, Map<Decision, Score>> hindsight = new HashMap<>();

    public ViewCache(MatchState state) {
        this.state = state;
        this.legalActions = new LegalActions(state);
        this.forecasts = new ForecastCache(state);
    }

    MatchState state() {
        return state;
    }

    /** The seats' projected scores, kept as long as they hold. */
    ForecastCache forecasts() {
        return forecasts;
    }

    /** What each decision would have scored {@code seat}, the rest of the outcome as it is; call once the match is over. */
    Map<Decision, Score> hindsight(String seat) {
        return hindsight.computeIfAbsent(
                seat,
                k -> java.util.Collections.unmodifiableMap(
                        Hindsight.scores(state, state.outcome().orElseThrow(), k)));
    }

    List<PlayerView.Card> cards(Supplier<List<PlayerView.Card>> build) {
        return cards.get(state.version(Part.SEATS), build);
    }

    /**
     * The card of the delegation at {@code seat} (its place in seat order); a seat getting ready
     * or deciding changes one card, not all of them.
     */
    PlayerView.Card card(int seat, org.summitsim.core.scenario.Delegation d, boolean decided, boolean ready) {
        if (cardStates == null) {
            cardStates = new PlayerView.Card[state.seats().size()][];
        }
        PlayerView.Card[] states = cardStates[seat];
        if (states == null) {
            states = new PlayerView.Card[4];
            cardStates[seat] = states;
        }
        int i = (decided ? 2 : 0) + (ready ? 1 : 0);
        if (states[i] == null) {
            states[i] = new PlayerView.Card(d.id(), d.name(), d.bloc(), d.profile(), d.publicStance(), decided, ready);
        }
        return states[i];
    }

    /** The adoption rule in words, written again only if the settings change. */
    String adoptionRule() {
        if (state.settings() != describedSettings) {
            describedSettings = state.settings();
            adoptionRule = describedSettings.adoption().describe();
        }
        return adoptionRule;
    }

    List<PlayerView.ClauseView> text(Supplier<List<PlayerView.ClauseView>> build) {
        return text.get(state.version(Part.TEXT), build);
    }

    List<PlayerView.AmendmentView> amendments() {
        return amendments.get(state.version(Part.AMENDMENTS), () -> {
            List<PlayerView.AmendmentView> out =
                    new java.util.ArrayList<>(state.amendments().size());
            for (Amendment a : state.amendments()) {
                out.add(amendment(a));
            }
            return java.util.Collections.unmodifiableList(out);
        });
    }

    List<PlayerView.PledgeView> pledges(Supplier<List<PlayerView.PledgeView>> build) {
        return pledges.get(state.version(Part.PLEDGES), build);
    }

    /**
     * The deals a seat is party to, in the order they were offered. When the deals change, only
     * the parties to the new or answered deals get a new list; everyone else keeps the same
     * object, so what bots worked out from it stays valid.
     */
    List<PlayerView.DealView> deals(String seat) {
        long version = state.version(Part.DEALS);
        if (version != dealsVersion) {
            java.util.Set<String> changed = new java.util.HashSet<>();
            openDeals.removeIf(d -> {
                boolean answered = d.status() != Deal.Status.OFFERED;
                if (answered) {
                    PlayerView.DealView now = deal(d);
                    for (String party : List.of(d.from(), d.to())) {
                        changed.add(party);
                        List<Deal> of = dealsOf.get(party);
                        for (int i = of.size() - 1; i >= 0; i--) { // answers come mostly to recent offers
                            if (of.get(i) == d) {
                                viewsOf.get(party).set(i, now);
                            }
                        }
                    }
                }
                return answered;
            });
            List<Deal> all = state.deals();
            for (int i = dealsSeen; i < all.size(); i++) { // only the deals offered since the last look
                Deal d = all.get(i);
                PlayerView.DealView view = deal(d);
                for (String party : List.of(d.from(), d.to())) {
                    changed.add(party);
                    dealsOf.computeIfAbsent(party, k -> new java.util.ArrayList<>())
                            .add(d);
                    viewsOf.computeIfAbsent(party, k -> new java.util.ArrayList<>())
                            .add(view);
                }
                if (d.status() == Deal.Status.OFFERED) {
                    openDeals.add(d);
                }
            }
            dealsSeen = all.size();
            for (String party : changed) {
                dealsBySeat.put(
                        party, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(viewsOf.get(party))));
            }
            dealsVersion = version;
        }
        return dealsBySeat.getOrDefault(seat, List.of());
    }

    /** Every deal, for a facilitator who reads private channels. */
    List<PlayerView.DealView> allDeals() {
        return allDeals.get(
                state.version(Part.DEALS),
                () -> state.deals().stream().map(this::deal).toList());
    }

    List<PlayerView.CaucusView> caucuses(String seat, Supplier<List<PlayerView.CaucusView>> build) {
        return seat(seat).caucuses.get(state.version(Part.CAUCUSES), build);
    }

    /** Legal actions depend on every part (the pledges: a seat may not repeat its latest pledge). */
    LegalActionList legalActions(String seat) {
        long stamp = state.version(Part.SEATS)
                + state.version(Part.TEXT)
                + state.version(Part.AMENDMENTS)
                + state.version(Part.PLEDGES)
                + state.version(Part.DEALS)
                + state.version(Part.CAUCUSES);
        return seat(seat).legalActions.get(stamp, () -> legalActions.of(seat));
    }

    private PlayerView.AmendmentView amendment(Amendment a) {
        Amendment.Snapshot snap = a.snapshot();
        AmendmentEntry last = amendmentViews.get(a);
        if (last == null
                || last.snapshot() != snap
                || last.status() != a.status()
                // its reason taken off the screens by the facilitator
                || (a.rationale() == null && last.view().rationale() != null)) {
            last = new AmendmentEntry(
                    snap,
                    a.status(),
                    new PlayerView.AmendmentView(
                            a.id(),
                            a.proposer(),
                            a.clause(),
                            a.option(),
                            a.rationale(),
                            a.round(),
                            snap.cosponsors(),
                            snap.votes(),
                            Views.status(a.status())));
            amendmentViews.put(a, last);
        }
        return last.view();
    }

    private record AmendmentEntry(
            Amendment.Snapshot snapshot, Amendment.Status status, PlayerView.AmendmentView view) {}

    private PlayerView.DealView deal(Deal d) {
        DealEntry last = dealViews.get(d);
        if (last == null || last.status() != d.status()) {
            last = new DealEntry(
                    d.status(),
                    new PlayerView.DealView(
                            d.id(), d.from(), d.to(), d.give(), d.want(), d.text(), Views.status(d.status())));
            dealViews.put(d, last);
        }
        return last.view();
    }

    private record DealEntry(Deal.Status status, PlayerView.DealView view) {}

    private SeatSlots seat(String seat) {
        return seats.computeIfAbsent(seat, s -> new SeatSlots());
    }

    private static final class SeatSlots {
        final Slot<List<PlayerView.CaucusView>> caucuses = new Slot<>();
        final Slot<LegalActionList> legalActions = new Slot<>();
    }

    /** One cached value and the version it was built at. */
    private static final class Slot<T> {
        private long version = -1;
        private T value;

        T get(long now, Supplier<T> build) {
            if (version != now || value == null) {
                value = build.get();
                version = now;
            }
            return value;
        }
    }
}

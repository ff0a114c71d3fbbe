package org.summitsim.core.scoring;

import java.util.HashMap;
import java.util.Map;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.MatchState.Part;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;

/**
 * The projected scores of one match, kept while they hold. Who is expected to decide what
 * depends on the text, pledges and closed amendments only, so the {@link Forecast} stands while
 * the TEXT version (which an adoption moves), the PLEDGES version and the number of rejected
 * amendments do; the seats' projections also count the promises kept and broken, so a seat's
 * is checked again when a vote is cast or a deal changes, and worked out again if its promises
 * came out otherwise; each seat's text part stands while
 * the TEXT version does (pledges come and go more often). Owned by the match's view cache, and like it
 * used by one thread at a time.
 */
public final class ForecastCache {

    private final MatchState state;
    private Forecast forecast;
    private long forecastStamp = -1;
    private long trustStamp = -1;
    private final Map<String, java.util.List<org.summitsim.core.rules.Deal>> accepted = new HashMap<>();
    private long dealsVersion = -1;
    private int dealsSeen;
    /** Deals offered and not yet answered, to look at again when the deals change. */
    private final java.util.List<org.summitsim.core.rules.Deal> offered = new java.util.ArrayList<>();

    private int rejectedCount;
    private final Map<String, Scorer.TextParts> textParts = new HashMap<>();
    private long textPartsVersion = -1;
    /** The text as option positions (see {@link Scorer.TextParts#positions}), while the TEXT version stands. */
    private int[] textPositions;

    public ForecastCache(MatchState state) {
        this.state = state;
    }

    /** A seat's projection, computed once until the text, the pledges or the adopted amendments change. */
    public Map<Decision, Score> projection(String seat) {
        return forecast().projection(seat);
    }

    /** How sure that projection is (see {@link Outlook}); kept as long. */
    public Outlook outlook(String seat) {
        return forecast().outlook(seat);
    }

    Forecast forecast() {
        long stamp = state.version(Part.TEXT)
                + state.version(Part.PLEDGES); // both only grow: the sum moves when either does
        // A vote or a deal changes neither, but can keep or break a promise (trust): the seats'
        // projections are worked out again, the forecast of who decides what stands.
        long trustStamp = state.version(Part.AMENDMENTS) + state.version(Part.DEALS);
        // A rejection changes neither, but costs its proposer authorship credit (influence).
        int rejectedNow = rejected();
        if (forecast == null || stamp != forecastStamp || rejectedNow != rejectedCount) {
            rejectedCount = rejectedNow;
            forecast = new Forecast(state, this);
            forecastStamp = stamp;
        } else if (trustStamp != this.trustStamp) {
            forecast.forgetOutlooks();
        }
        this.trustStamp = trustStamp;
        return forecast;
    }

    /** The accepted deals {@code seat} is a party to, in the order accepted; kept up as deals are offered and answered. */
    java.util.List<org.summitsim.core.rules.Deal> acceptedDeals(String seat) {
        if (dealsVersion != state.version(Part.DEALS)) {
            dealsVersion = state.version(Part.DEALS);
            java.util.List<org.summitsim.core.rules.Deal> all = state.deals();
            for (int i = dealsSeen; i < all.size(); i++) {
                offered.add(all.get(i));
            }
            dealsSeen = all.size();
            // A deal is answered once: accepted, it joins both parties' lists; otherwise it is dropped.
            offered.removeIf(d -> {
                if (d.status() == org.summitsim.core.rules.Deal.Status.ACCEPTED) {
                    accepted.computeIfAbsent(d.from(), k -> new java.util.ArrayList<>())
                            .add(d);
                    accepted.computeIfAbsent(d.to(), k -> new java.util.ArrayList<>())
                            .add(d);
                }
                return d.status() != org.summitsim.core.rules.Deal.Status.OFFERED;
            });
        }
        return accepted.getOrDefault(seat, java.util.List.of());
    }

    /**
     * What a seat's kept and broken promises depend on besides the text and the pledges: its
     * accepted deals, the amendments tabled and closed (the AGENDA version), and its stances on
     * those still open (stances are only ever added, and an amendment that closes moves the
     * agenda). Equal keys, equal promises kept and broken; a vote by another seat leaves it.
     */
    Object trustKey(String seat) {
        int stances = 0;
        for (org.summitsim.core.rules.Amendment a : state.openAmendments()) {
            stances += a.stanceOf(seat) != null ? 1 : 0;
        }
        return new TrustKey(state.version(Part.AGENDA), acceptedDeals(seat).size(), stances);
    }

    private record TrustKey(long agenda, int accepted, int openStances) {}

    private int rejected() {
        int n = 0;
        for (org.summitsim.core.rules.Amendment a : state.amendments()) {
            if (a.status() == org.summitsim.core.rules.Amendment.Status.REJECTED) {
                n++;
            }
        }
        return n;
    }

    /** The current text's part of a seat's score. */
    Scorer.TextParts textParts(String seat) {
        if (textPartsVersion != state.version(Part.TEXT)) {
            textParts.clear();
            textPartsVersion = state.version(Part.TEXT);
            textPositions = Scorer.TextParts.positions(state.scenario(), state.text());
        }
        return textParts.computeIfAbsent(
                seat,
                s -> textPositions == null
                        ? Scorer.TextParts.of(state.delegation(s).orElseThrow().preferences(), state.text())
                        : Scorer.TextParts.of(
                                state.tables(), state.delegation(s).orElseThrow(), textPositions));
    }
}

package org.summitsim.core.scoring;

import java.util.HashMap;
import java.util.Map;
import org.summitsim.core.rules.MatchState;
import org.summitsim.core.rules.MatchState.Part;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;

/**
 * The projected scores of one match, kept while they hold. They depend on the text, pledges and
 * closed amendments only, so the {@link Forecast} stands while the TEXT version (which an
 * adoption moves), the PLEDGES version and the number of rejected amendments do; each seat's text part stands while the TEXT
 * version does (pledges come and go more often). Owned by the match's view cache, and like it
 * used by one thread at a time.
 */
public final class ForecastCache {

    private final MatchState state;
    private Forecast forecast;
    private long forecastStamp = -1;
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
        // A rejection changes neither, but costs its proposer authorship credit (influence).
        int rejectedNow = rejected();
        if (forecast == null || stamp != forecastStamp || rejectedNow != rejectedCount) {
            rejectedCount = rejectedNow;
            forecast = new Forecast(state, this);
            forecastStamp = stamp;
        }
        return forecast;
    }

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

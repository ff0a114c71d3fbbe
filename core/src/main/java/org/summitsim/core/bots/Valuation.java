package org.summitsim.core.bots;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scoring.Scorer;
import org.summitsim.core.view.PlayerView.ClauseView;

/**
 * What each wording is worth to one delegation at each decision, and how much each clause
 * matters to it. Fixed by its preferences and the clauses, so worked out once per preferences
 * object and shared by every bot that plays that delegation: a tournament seats thousands.
 * Immutable, so bots on several threads may share one.
 */
final class Valuation {

    /** The most recent valuations, by preferences object (identity: a match's are the scenario's own). */
    private static final Map<Identity, Valuation> RECENT =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Identity, Valuation> eldest) {
                    return size() > 256; // a few scenarios' worth of delegations
                }
            });

    /** clause to option to its value at each decision (by ordinal). */
    private final Map<String, Map<String, double[]>> values = new HashMap<>();
    /** clause to the spread of its options' values (best minus worst), in text order. */
    private final Map<String, Integer> spreads = new LinkedHashMap<>();

    private final String topClause;

    private Valuation(Preferences prefs, List<ClauseView> text) {
        String top = null;
        double widest = -1;
        for (ClauseView c : text) {
            Map<String, double[]> byOption = new HashMap<>();
            int hi = Integer.MIN_VALUE;
            int lo = Integer.MAX_VALUE;
            for (var o : c.options()) {
                byOption.put(o.id(), Scorer.optionValues(prefs, c.id(), o.id()));
                hi = Math.max(hi, prefs.value(c.id(), o.id()));
                lo = Math.min(lo, prefs.value(c.id(), o.id()));
            }
            values.put(c.id(), byOption);
            int spread = c.options().isEmpty() ? 0 : hi - lo;
            spreads.put(c.id(), spread);
            if (!c.options().isEmpty() && spread > widest) {
                widest = spread;
                top = c.id();
            }
        }
        this.topClause = top;
    }

    /** The valuation for these preferences over the clauses of {@code text}. */
    static Valuation of(Preferences prefs, List<ClauseView> text) {
        Identity key = new Identity(prefs);
        Valuation v = RECENT.get(key);
        if (v == null) {
            v = new Valuation(prefs, text);
            RECENT.put(key, v);
        }
        return v;
    }

    /** The option's value at each decision (by ordinal), or null for a wording not in the text. */
    double[] values(String clause, String option) {
        Map<String, double[]> byOption = values.get(clause);
        return byOption == null ? null : byOption.get(option);
    }

    /** The clause whose wording matters most (the widest spread; the first among equals); null if none. */
    String topClause() {
        return topClause;
    }

    /** Best minus worst value of the clause's options; 0 for a clause not in the text or without options. */
    int spread(String clause) {
        return spreads.getOrDefault(clause, 0);
    }

    private static final class Identity {
        private final Object of;

        Identity(Object of) {
            this.of = of;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }
}

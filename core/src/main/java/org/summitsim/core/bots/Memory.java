package org.summitsim.core.bots;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a bot worked out on earlier turns and may reuse. Each entry is derived from one part of
 * its view (the amendments, the pledges, its legal actions...) and kept while that part is the
 * same object: a match hands out the same immutable list until the part changes, so a bot
 * skips recomputing what nothing has changed. Views that arrive over the network are new
 * objects each time, so for them every entry is simply recomputed.
 */
final class Memory {

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, ClauseNotes> clauses = new HashMap<>();
    private Map<String, Map<String, double[]>> values;

    /** The value derived from {@code sources} by {@code derive}, recomputed when any source is another object. */
    @SuppressWarnings("unchecked")
    <T> T recall(String name, Supplier<T> derive, Object... sources) {
        Entry e = entries.get(name);
        if (e == null || !e.same(sources)) {
            e = new Entry(sources, derive.get());
            entries.put(name, e);
        }
        return (T) e.value;
    }

    /** Clause option values by decision; fixed by the seat's preferences, so computed once. */
    Map<String, Map<String, double[]>> values(Supplier<Map<String, Map<String, double[]>>> compute) {
        if (values == null) {
            values = compute.get();
        }
        return values;
    }

    /**
     * The notes on one clause, kept while {@code amendments} (that clause's) hold the same objects
     * in the same order and {@code pledges}, {@code deals} and {@code seats} are the same objects.
     */
    ClauseNotes clause(String clause, java.util.List<?> amendments, Object pledges, Object deals, Object seats,
                       Supplier<Map<String, Mind.Stance>> stances) {
        ClauseNotes n = clauses.get(clause);
        if (n == null || !n.holds(amendments, pledges, deals, seats)) {
            n = new ClauseNotes(java.util.List.copyOf(amendments), pledges, deals, seats, stances.get(), new HashMap<>());
            clauses.put(clause, n);
        }
        return n;
    }

    /** Each seat's latest stance on the clause, and the adoption chance of each option worked out so far. */
    record ClauseNotes(java.util.List<?> amendments, Object pledges, Object deals, Object seats,
                       Map<String, Mind.Stance> stances, Map<String, Double> chances) {
        boolean holds(java.util.List<?> now, Object pledges, Object deals, Object seats) {
            if (pledges != this.pledges || deals != this.deals || seats != this.seats
                    || now.size() != amendments.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i) != amendments.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Entry(Object[] sources, Object value) {
        boolean same(Object[] now) {
            if (now.length != sources.length) {
                return false;
            }
            for (int i = 0; i < now.length; i++) {
                if (now[i] != sources[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}

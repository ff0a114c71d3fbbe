package org.summitsim.core.bots;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a bot worked out on earlier turns and may reuse. Each entry is derived from one part of
 * its view (the amendments, the pledges, its legal actions...) and kept while that part is the
 * same object: a match hands out the same immutable list until the part changes, so a bot
 * skips recomputing what nothing has changed. Views that arrive over the network are new
 * objects each time, so for them every entry is simply recomputed. One memory serves one seat
 * in one match (some things a seat sees, such as who the delegations are, never change in a match).
 */
final class Memory {

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, ClauseNotes> clauses = new HashMap<>();

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

    /**
     * The notes on one clause, kept while {@code amendments} (that clause's) hold the same objects
     * in the same order, {@code pledges} is the same object and the support promised to this
     * seat in deals is the same (by content: new deals between others change nothing here).
     */
    ClauseNotes clause(String clause, java.util.List<?> amendments, Object pledges, Map<?, ?> promised,
                       Supplier<Map<String, Mind.Stance>> stances) {
        ClauseNotes n = clauses.get(clause);
        if (n == null || !n.holds(amendments, pledges, promised)) {
            n = new ClauseNotes(java.util.List.copyOf(amendments), pledges, promised, stances.get(), new HashMap<>());
            clauses.put(clause, n);
        }
        return n;
    }

    /** Each seat's latest stance on the clause, and the adoption chance of each option worked out so far. */
    record ClauseNotes(java.util.List<?> amendments, Object pledges, Map<?, ?> promised,
                       Map<String, Mind.Stance> stances, Map<String, Double> chances) {
        boolean holds(java.util.List<?> now, Object pledges, Map<?, ?> promised) {
            return pledges == this.pledges && promised.equals(this.promised) && sameObjects(now, amendments);
        }
    }

    private record Entry(Object[] sources, Object value) {
        boolean same(Object[] now) {
            return sameObjects(java.util.Arrays.asList(now), java.util.Arrays.asList(sources));
        }
    }

    /** The same objects (not merely equal ones) in the same order. */
    private static boolean sameObjects(java.util.List<?> a, java.util.List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}

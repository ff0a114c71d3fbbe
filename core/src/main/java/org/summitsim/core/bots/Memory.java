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

    private Entry[] entries = new Entry[16];
    private final Map<String, ClauseNotes> clauses = new HashMap<>();

    /**
     * The name of one thing remembered, made once as a constant by the code that recalls it.
     * Each key has its own slot, so recalling costs no look-up.
     */
    static final class Key<T> {
        private static final java.util.concurrent.atomic.AtomicInteger COUNT =
                new java.util.concurrent.atomic.AtomicInteger();
        private final String name;
        private final int slot = COUNT.getAndIncrement();

        Key(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The value derived by {@code derive}, worked out once (it depends on nothing that changes in a match). */
    <T> T recall(Key<T> key, Supplier<T> derive) {
        return recall(key, derive, NONE, NONE);
    }

    /** The value derived from {@code source} by {@code derive}, recomputed when the source is another object. */
    <T> T recall(Key<T> key, Supplier<T> derive, Object source) {
        return recall(key, derive, source, NONE);
    }

    /** As above, with two sources. */
    @SuppressWarnings("unchecked")
    <T> T recall(Key<T> key, Supplier<T> derive, Object first, Object second) {
        Entry e = entry(key);
        if (e == null || e.first != first || e.second != second) {
            e = new Entry(first, second, null, derive.get());
            entries[key.slot] = e;
        }
        return (T) e.value;
    }

    /** As above, with three sources. */
    @SuppressWarnings("unchecked")
    <T> T recall(Key<T> key, Supplier<T> derive, Object first, Object second, Object third) {
        Entry e = entry(key);
        if (e == null || e.first != first || e.second != second || e.third != third) {
            e = new Entry(first, second, third, derive.get());
            entries[key.slot] = e;
        }
        return (T) e.value;
    }

    private Entry entry(Key<?> key) {
        if (key.slot >= entries.length) {
            entries = java.util.Arrays.copyOf(entries, Math.max(key.slot + 1, 2 * entries.length));
        }
        return entries[key.slot];
    }

    /** Stands for a source not given, so it never differs. */
    private static final Object NONE = new Object();

    /**
     * The notes on one clause, kept while {@code amendments} (that clause's) hold the same objects
     * in the same order, {@code pledges} is the same object and the support promised to this
     * seat in deals is the same (by content: new deals between others change nothing here).
     */
    ClauseNotes clause(
            String clause,
            java.util.List<?> amendments,
            Object pledges,
            Map<?, ?> promised,
            Supplier<Map<String, Mind.Stance>> stances) {
        ClauseNotes n = clauses.get(clause);
        if (n == null || !n.holds(amendments, pledges, promised)) {
            n = new ClauseNotes(java.util.List.copyOf(amendments), pledges, promised, stances.get(), new HashMap<>());
            clauses.put(clause, n);
        }
        return n;
    }

    /** Each seat's latest stance on the clause, and the adoption chance of each option worked out so far. */
    record ClauseNotes(
            java.util.List<?> amendments,
            Object pledges,
            Map<?, ?> promised,
            Map<String, Mind.Stance> stances,
            Map<String, Double> chances) {
        boolean holds(java.util.List<?> now, Object pledges, Map<?, ?> promised) {
            return pledges == this.pledges && promised.equals(this.promised) && sameObjects(now, amendments);
        }
    }

    /** A value and the sources it was derived from (compared by identity). */
    private record Entry(Object first, Object second, Object third, Object value) {}

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

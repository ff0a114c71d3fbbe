package org.summitsim.core.view;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A seat's legal actions, in their fixed order, that also answers "which actions of this
 * command?" without a scan: bots ask it several times a turn (may I get ready, what may I
 * propose?) of a list a hundred long. A view made in the match comes with the commands bots ask
 * about already sorted out (the same proposal list object for every seat while the proposals
 * stand, so a bot sees at once that they did not change); a view read from the network is
 * sorted out on first use. Immutable, so views may be read on any thread.
 */
public final class LegalActionList extends AbstractList<LegalAction> implements RandomAccess {

    private static final LegalActionList EMPTY = new LegalActionList(List.of(), null, null, null);

    private final List<LegalAction> all;
    /** The proposals, decisions and "ready" when given as the list was made; null when not. */
    private final List<LegalAction> proposals;

    private final List<LegalAction> decisions;
    private final List<LegalAction> readiness;
    /** The actions of every command, sorted out on first use (racing threads make equal maps). */
    private volatile Map<String, List<LegalAction>> byCommand;

    private LegalActionList(
            List<LegalAction> all,
            List<LegalAction> proposals,
            List<LegalAction> decisions,
            List<LegalAction> readiness) {
        this.all = all;
        this.proposals = proposals;
        this.decisions = decisions;
        this.readiness = readiness;
    }

    /** {@code actions} as a legal action list (itself if it is one already). */
    public static LegalActionList of(List<LegalAction> actions) {
        if (actions instanceof LegalActionList l) {
            return l;
        }
        return actions == null || actions.isEmpty()
                ? EMPTY
                : new LegalActionList(
                        java.util.Collections.unmodifiableList(new java.util.ArrayList<>(actions)), null, null, null);
    }

    /**
     * A list whose "propose", "decide" and "ready" actions are exactly the lists given (in order);
     * {@code all} is not copied, so the caller hands it over and never changes it.
     */
    static LegalActionList of(
            List<LegalAction> all,
            List<LegalAction> proposals,
            List<LegalAction> decisions,
            List<LegalAction> readiness) {
        return new LegalActionList(java.util.Collections.unmodifiableList(all), proposals, decisions, readiness);
    }

    /**
     * As {@link #of(List, List, List, List)}, for the actions of {@code parts} one after the
     * other, without copying them; the caller hands the parts over and never changes them.
     */
    static LegalActionList joined(
            List<List<LegalAction>> parts,
            List<LegalAction> proposals,
            List<LegalAction> decisions,
            List<LegalAction> readiness) {
        return new LegalActionList(new Joined(parts), proposals, decisions, readiness);
    }

    /** Lists read one after the other. */
    private static final class Joined extends AbstractList<LegalAction> implements RandomAccess {
        private final List<LegalAction>[] parts;
        private final int size;

        @SuppressWarnings("unchecked")
        Joined(List<List<LegalAction>> parts) {
            this.parts = parts.toArray(new List[0]);
            int n = 0;
            for (List<LegalAction> p : this.parts) {
                n += p.size();
            }
            this.size = n;
        }

        @Override
        public LegalAction get(int index) {
            if (index >= 0) {
                int i = index;
                for (List<LegalAction> p : parts) {
                    if (i < p.size()) {
                        return p.get(i);
                    }
                    i -= p.size();
                }
            }
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<LegalAction> iterator() {
            return new java.util.Iterator<>() {
                private int part;
                private int next;

                @Override
                public boolean hasNext() {
                    while (part < parts.length && next >= parts[part].size()) {
                        part++;
                        next = 0;
                    }
                    return part < parts.length;
                }

                @Override
                public LegalAction next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return parts[part].get(next++);
                }
            };
        }
    }

    /** The actions of {@code command}, in list order; empty if there are none. */
    public List<LegalAction> withCommand(String command) {
        List<LegalAction> known = switch (command) {
            case "propose" -> proposals;
            case "decide" -> decisions;
            case "ready" -> readiness;
            default -> null;
        };
        if (known != null) {
            return known;
        }
        Map<String, List<LegalAction>> index = byCommand;
        if (index == null) {
            index = index();
            byCommand = index;
        }
        return index.getOrDefault(command, List.of());
    }

    /** True when some action of {@code command} is legal. */
    public boolean allows(String command) {
        return !withCommand(command).isEmpty();
    }

    private Map<String, List<LegalAction>> index() {
        Map<String, java.util.ArrayList<LegalAction>> lists = new HashMap<>();
        java.util.ArrayList<LegalAction> current = null;
        String last = null;
        for (LegalAction a : all) {
            if (a == null || a.command() == null) {
                continue; // nothing a bot could ask for, in a view read from elsewhere
            }
            if (current == null || !a.command().equals(last)) { // actions of a command mostly come together
                last = a.command();
                current = lists.computeIfAbsent(last, k -> new java.util.ArrayList<>());
            }
            current.add(a);
        }
        Map<String, List<LegalAction>> out = new HashMap<>();
        lists.forEach((command, actions) -> out.put(command, List.copyOf(actions)));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public LegalAction get(int index) {
        return all.get(index);
    }

    @Override
    public int size() {
        return all.size();
    }
}

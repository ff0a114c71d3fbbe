package org.summitsim.core.scoring;

import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Decision;

/**
 * How sure a seat's projection is: the delegations whose decision is only forecast (they have
 * no pledge that holds now), and for each decision the seat could take, the lowest and highest
 * total it would score if those delegations all signed, all abstained or all pushed instead
 * of leaning as forecast. A narrow band means the pledges already settle the outcome.
 */
public record Outlook(List<String> undeclared, Map<Decision, Band> bands, Pushes pushes) {

    public Outlook {
        undeclared = List.copyOf(undeclared);
        bands = Map.copyOf(bands);
    }

    /**
     * The push for binding law as pledged: how many states would push (background groups that
     * follow or push with a delegation counted by their size) if every delegation whose pledge
     * holding now is to push did, alone or with the coalition; and how many with this seat
     * pushing too. Against the threshold, it says whether a push together can succeed. {@code by}:
     * the delegations pledged to push, each with the states its push brings (itself and the groups
     * outside the room that push with it or follow it), so that "13 states" from two pledges reads
     * as who they are.
     */
    public record Pushes(int pledged, int withYou, int needed, List<By> by) {

        public Pushes {
            by = by == null ? List.of() : List.copyOf(by);
        }

        public Pushes(int pledged, int withYou, int needed) {
            this(pledged, withYou, needed, List.of());
        }

        /** A delegation pledged to push, and how many states its push brings (itself included). */
        public record By(String seat, int states) {}

        /** In a sentence, seats by their ids. */
        public String inWords() {
            return inWords(java.util.function.Function.identity());
        }

        /**
         * In a sentence, as the console says it, delegations named by {@code name} (the student page
         * says the same in its own code).
         */
        public String inWords(java.util.function.Function<String, String> name) {
            String head = "Binding law needs " + states(needed) + " pushing for it. Pledged to push now: "
                    + states(pledged) + who(name);
            if (pledged >= needed) {
                return head + ": enough, if they all keep their word.";
            }
            if (withYou >= needed && withYou > pledged) {
                return head + "; " + states(withYou) + " with you: your push would make it.";
            }
            return head + (withYou > pledged ? "; " + states(withYou) + " with you" : "")
                    + ": not enough yet, and a push that falls short costs those who made it.";
        }

        /** " (Austria and the 11 states outside this room that push with it or follow it; Sierra Leone)". */
        private String who(java.util.function.Function<String, String> name) {
            if (by.isEmpty()) {
                return "";
            }
            List<String> each = new java.util.ArrayList<>();
            for (By b : by) {
                each.add(
                        b.states() > 1
                                ? name.apply(b.seat()) + " and the " + states(b.states() - 1)
                                        + " outside this room that push with it or follow it"
                                : name.apply(b.seat()));
            }
            return " (" + String.join("; ", each) + ")";
        }

        private static String states(int n) {
            return n + (n == 1 ? " state" : " states");
        }
    }

    /** The lowest and highest total of one decision, rounded as scores are. */
    public record Band(double low, double high) {}
}

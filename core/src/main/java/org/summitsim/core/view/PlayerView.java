package org.summitsim.core.view;

import java.util.List;
import java.util.Map;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Score;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.TextCondition;

/**
 * Everything one viewer may know about a match right now; built only by {@link Views}.
 * Private parts (briefs, preferences, deals, caucuses, sealed decisions) hold only what this
 * viewer may see: the seat's own, all of them for the facilitator, none for spectators.
 * {@code injects} (the scenario's prepared news) is the facilitator's only: null, and so left off
 * the wire, for everyone else. {@code hindsight}, once the match is over and for a seat only: what
 * each final decision would have scored it, the final text and every other decision as they were
 * (null otherwise); the part of a result that was the seat's own choice. {@code muted}: the
 * delegations the facilitator has muted, as far as this viewer may know (all for the facilitator,
 * a seat only itself).
 */
public record PlayerView(
        String viewer,
        String seat,
        long seq,
        String scenario,
        String title,
        String summary,
        String setting,
        String briefing,
        Stage stage,
        boolean paused,
        List<String> muted,
        int rounds,
        String adoptionRule,
        int bindingThreshold,
        Decision defaultDecision,
        List<String> chair,
        List<Card> delegations,
        List<ClauseView> text,
        List<AmendmentView> amendments,
        List<PledgeView> pledges,
        List<DealView> deals,
        List<CaucusView> caucuses,
        List<InjectView> injects,
        Map<String, String> briefs,
        Map<String, Preferences> preferences,
        Map<String, FinalDecision> sealed,
        Map<String, FinalDecision> decisions,
        Map<Decision, Score> projection,
        OutlookView outlook,
        Outcome outcome,
        Map<Decision, Score> hindsight,
        List<LegalAction> legalActions) {

    public PlayerView {
        legalActions = LegalActionList.of(legalActions); // answers "which actions of this command?" at once
    }

    /** The public face of a delegation. {@code decided} says that it decided, never what. */
    public record Card(
            String id, String name, String bloc, String profile, String publicStance, boolean decided, boolean ready) {}

    public record ClauseView(String id, String title, String draft, String current, List<ClauseOption> options) {}

    public record AmendmentView(
            String id,
            String proposer,
            String clause,
            String option,
            String rationale,
            int round,
            List<String> cosponsors,
            Map<String, Ballot> votes,
            String status) {

        /** Who counts as supporting it: the proposer, its co-sponsors, then those who voted for it. */
        public List<String> supporters() {
            List<String> out = new java.util.ArrayList<>();
            out.add(proposer);
            out.addAll(cosponsors);
            votes.forEach((seat, b) -> {
                if (b == Ballot.SUPPORT && !out.contains(seat)) {
                    out.add(seat);
                }
            });
            return out;
        }

        /**
         * Whether {@code seat} has taken a stance on it: proposed, co-sponsored or voted. A seat
         * without one counts as abstaining when the vote closes.
         */
        public boolean hasStance(String seat) {
            return proposer.equals(seat) || cosponsors.contains(seat) || votes.containsKey(seat);
        }

        /** Who voted {@code ballot} on it. */
        public List<String> voters(Ballot ballot) {
            return votes.entrySet().stream()
                    .filter(e -> e.getValue() == ballot)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    /** {@code ifCoalition}: a pledge to push only if the binding-law coalition reaches its threshold. */
    public record PledgeView(
            String id,
            String seat,
            Decision decision,
            List<TextCondition> conditions,
            String text,
            boolean ifCoalition) {
        public PledgeView(String id, String seat, Decision decision, List<TextCondition> conditions, String text) {
            this(id, seat, decision, conditions, text, false);
        }
    }

    public record DealView(String id, String from, String to, Promise give, Promise want, String text, String status) {
        public boolean involves(String seat) {
            return from.equals(seat) || to.equals(seat);
        }

        /** What {@code seat}, one of its parties, promised in it: the offerer gives, the other side is wanted. */
        public Promise promiseBy(String seat) {
            return from.equals(seat) ? give : want;
        }

        /** The other party, for {@code seat}, one of its parties. */
        public String partnerOf(String seat) {
            return from.equals(seat) ? to : from;
        }
    }

    public record CaucusView(String id, String name, List<String> members) {}

    /** A prepared inject of the scenario, and whether it was released already (it can be only once). */
    public record InjectView(String id, String title, String text, String source, String when, boolean released) {}
}

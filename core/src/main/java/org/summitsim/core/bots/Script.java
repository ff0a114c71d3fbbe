package org.summitsim.core.bots;

import java.util.List;
import java.util.Map;

/**
 * A rule-script personality, read from JSON (docs/BOTS.md). Each rule fires at most once per
 * phase (and once per amendment or deal it matches) when all its conditions hold.
 *
 * @param fallback the strategy that votes and decides where no rule does (default "silent")
 */
public record Script(String name, String description, String fallback, List<Rule> rules) {

    public Script {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public record Rule(When when, List<Action> then) {
        public Rule {
            then = then == null ? List.of() : List.copyOf(then);
            when = when == null ? new When(null, null, null, null, null, null, null) : when;
        }
    }

    /**
     * Conditions, all of which must hold. {@code phase}: "OPENING", "ROUND", "ROUND 2", "FINAL".
     * {@code text}: clause id to the options it must read. {@code amendment}: an open amendment
     * on this clause (and option, if given) this seat has not voted on. {@code pledged}: a seat has
     * pledged a decision. {@code voted}: a seat voted this ballot on an amendment to this clause.
     * {@code decided}: this seat has decided. {@code offerFrom}: a deal offered to this seat by
     * this seat ("any" for anyone).
     */
    public record When(
            String phase,
            Map<String, List<String>> text,
            AmendmentMatch amendment,
            Pledged pledged,
            Voted voted,
            String decided,
            String offerFrom) {}

    public record AmendmentMatch(String clause, String option) {}

    public record Pledged(String seat, String decision) {}

    public record Voted(String seat, String clause, String ballot) {}

    /** One thing to do; exactly one field is set. */
    public record Action(
            String say,
            Message dm,
            Proposal propose,
            String vote,
            Boolean cosponsor,
            PledgeSpec pledge,
            String decide,
            String statement,
            Boolean accept,
            Boolean decline,
            Boolean ready) {}

    public record Message(String to, String text) {}

    public record Proposal(String clause, String option, String rationale) {}

    public record PledgeSpec(String decision, Map<String, List<String>> conditions, String text) {}
}

package org.summitsim.core.lint;

import java.util.List;
import java.util.Locale;
import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;

/**
 * Whether any amendment could pass if every seat voted for what it prefers: for each clause and
 * each wording other than the draft, the seats that gain from the change (its value, less what it
 * costs to sign) support it, those that lose object, the rest abstain. When the adoption rule
 * adopts none of them, the text is frozen on sincere votes: only trades can move it, and classes
 * usually see the draft stand whatever they do.
 */
final class FrozenText {

    /** One possible amendment and its sincere vote. */
    private record Vote(Clause clause, ClauseOption option, int supports, int objections) {}

    private FrozenText() {}

    static void check(Scenario s, List<Problem> out) {
        AdoptionRule rule = s.adoption();
        Vote closest = null;
        for (Clause c : s.clauses()) {
            for (ClauseOption o : c.options()) {
                if (o.id().equals(c.draft())) {
                    continue;
                }
                Vote v = vote(s, c, o);
                if (rule.adopts(v.supports(), v.objections())) {
                    return;
                }
                if (closest == null || v.supports() - v.objections() > closest.supports() - closest.objections()) {
                    closest = v;
                }
            }
        }
        if (closest != null) {
            out.add(new Problem(
                    "adoption",
                    String.format(
                            Locale.ROOT,
                            "no amendment can pass if every delegation votes"
                                    + " for what it prefers: under the rule (%s), no clause has a wording that enough delegations"
                                    + " prefer to the draft. The closest is %s -> %s (%d for, %d against). Players could still trade"
                                    + " votes, but the draft will usually stand; loosen the rule, or give more seats a reason to want"
                                    + " a change",
                            rule.describe(),
                            closest.clause().id(),
                            closest.option().id(),
                            closest.supports(),
                            closest.objections())));
        }
    }

    private static Vote vote(Scenario s, Clause c, ClauseOption o) {
        int supports = 0;
        int objections = 0;
        for (Delegation d : s.playable()) {
            Preferences p = d.preferences();
            int gain = worth(p, c.id(), o.id()) - worth(p, c.id(), c.draft());
            supports += gain > 0 ? 1 : 0;
            objections += gain < 0 ? 1 : 0;
        }
        return new Vote(c, o, supports, objections);
    }

    /** A wording's worth to a seat that signs: its value, less its cost and any red line. */
    private static int worth(Preferences p, String clause, String option) {
        return p.value(clause, option)
                - p.cost(clause, option)
                - (p.isRedLine(clause, option) ? p.redLinePenalty() : 0);
    }
}

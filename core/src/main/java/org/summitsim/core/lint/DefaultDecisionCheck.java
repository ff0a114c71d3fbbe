package org.summitsim.core.lint;

import java.util.List;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Problem;
import org.summitsim.core.scenario.Scenario;

/**
 * The default decision has two roles: it is what a seat that never decides gets, and it is what
 * every player's projection and every bot assume a seat will decide until that seat pledges
 * otherwise (and what background rules fall back to). When most real states decided something
 * else, the second role makes bots misjudge their silent partners all game long.
 */
final class DefaultDecisionCheck {

    private DefaultDecisionCheck() {}

    static void check(Scenario s, List<Problem> out) {
        int known = 0;
        int same = 0;
        Decision most = null;
        int[] counts = new int[Decision.values().length];
        for (Delegation d : s.playable()) {
            Decision real = d.history() == null ? null : d.history().decision();
            if (real == null) {
                continue;
            }
            known++;
            same += real == s.defaultDecision() ? 1 : 0;
            counts[real.ordinal()]++;
            if (most == null || counts[real.ordinal()] > counts[most.ordinal()]) {
                most = real;
            }
        }
        if (known >= 2 && same * 2 < known && most != s.defaultDecision()) {
            out.add(new Problem(
                    "defaultDecision",
                    "is " + s.defaultDecision() + ", but only " + same + " of " + known
                            + " seats with a known history really decided that (most decided " + most
                            + "). The default has"
                            + " two roles: it is the decision of a seat that never decides, and it is what projections and"
                            + " bots assume every seat will decide until it pledges otherwise. So bots expect their partners"
                            + " to " + words(s.defaultDecision()) + " and may misjudge them; " + most
                            + " as the default"
                            + " would make their guesses closer to history, at the price of a seat that never decides"
                            + " counting as " + most));
        }
    }

    private static String words(Decision d) {
        return switch (d) {
            case SIGN -> "sign";
            case ABSTAIN -> "abstain";
            case PUSH_BINDING -> "push for binding law";
        };
    }
}

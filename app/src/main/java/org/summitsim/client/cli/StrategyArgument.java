package org.summitsim.client.cli;

import java.util.Locale;
import org.summitsim.client.console.command.DidYouMean;
import org.summitsim.core.bots.Strategies;

/**
 * A strategy named on the command line: a built-in one, a rule script or a Java bot Summit can
 * load. Anything else is refused before a match starts, with what there is and the likely typo.
 */
final class StrategyArgument {

    private StrategyArgument() {}

    /** {@code strategy}, once known; a Java bot's class is looked for at once, not in the middle of a run. */
    static String check(String strategy) {
        if (!Strategies.exists(strategy)) {
            throw new UserError("There is no strategy \"" + strategy + "\"."
                    + DidYouMean.question(Strategies.BUILT_IN, strategy.toLowerCase(Locale.ROOT)) + " Strategies: "
                    + Strategies.forms() + ".");
        }
        try {
            Strategies.checkClass(strategy);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return strategy;
    }
}

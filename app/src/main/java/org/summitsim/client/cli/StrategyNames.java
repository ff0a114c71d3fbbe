package org.summitsim.client.cli;

import java.util.Iterator;
import org.summitsim.core.bots.Strategies;

/** The built-in strategies, for options' help text (${COMPLETION-CANDIDATES}) and shell completion. */
final class StrategyNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Strategies.BUILT_IN.iterator();
    }
}

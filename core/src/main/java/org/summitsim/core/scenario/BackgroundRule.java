package org.summitsim.core.scenario;

import java.util.List;

/**
 * How a background state decides at the end. Exactly one of the forms applies, checked in this
 * order: {@code follows} (decides as that playable delegation did); {@code signsIf} (signs when
 * every condition holds in the final text, otherwise {@code otherwise}); {@code decision} (fixed).
 *
 * @param signsIf each condition: the clause reads one of the listed options
 */
public record BackgroundRule(
        String follows,
        List<TextCondition> signsIf,
        Decision otherwise,
        Decision decision) {

    public BackgroundRule {
        signsIf = Scenario.listOrEmpty(signsIf);
    }
}

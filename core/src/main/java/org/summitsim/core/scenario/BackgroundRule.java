package org.summitsim.core.scenario;

import java.util.List;

/**
 * How a background state decides at the end. {@code pushesWith} comes first: when that playable
 * delegation pushes for binding law, the group pushes with it (a coalition leader it follows).
 * Otherwise exactly one of the other forms applies, checked in this order: {@code follows}
 * (decides as that playable delegation did); {@code signsIf} (signs when every condition holds in
 * the final text, otherwise {@code otherwise}); {@code decision} (fixed).
 *
 * @param signsIf    each condition: the clause reads one of the listed options
 * @param pushesWith the delegation whose push for binding law this group joins
 */
public record BackgroundRule(
        String follows, List<TextCondition> signsIf, Decision otherwise, Decision decision, String pushesWith) {

    public BackgroundRule {
        signsIf = Scenario.listOrEmpty(signsIf);
    }

    public BackgroundRule(String follows, List<TextCondition> signsIf, Decision otherwise, Decision decision) {
        this(follows, signsIf, otherwise, decision, null);
    }

    /** The seat this group's decision depends on (it follows it, or pushes with it), or null. */
    public String leader() {
        return follows != null ? follows : pushesWith;
    }
}

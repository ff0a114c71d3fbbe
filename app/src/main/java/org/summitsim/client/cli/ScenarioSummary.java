package org.summitsim.client.cli;

import java.util.Locale;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Inject;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.TimingPreset;

/** A readable summary of a scenario's public part, for `summit scenario show`. */
final class ScenarioSummary {

    private ScenarioSummary() {}

    static String render(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append(s.title()).append(" (").append(s.id()).append(")\n\n");
        for (String part : new String[] {s.summary(), s.setting(), s.briefing()}) {
            if (part != null && !part.isBlank()) {
                b.append(part).append("\n\n");
            }
        }
        b.append("Rules: ")
                .append(s.adoption().describe())
                .append("; binding law needs ")
                .append(s.binding().threshold())
                .append(" states; undecided seats ")
                .append(s.defaultDecision().name().toLowerCase(Locale.ROOT))
                .append(".\n");
        b.append(String.format(
                Locale.ROOT,
                "Timing: briefing %d min, opening %d min, %d rounds of %d min, decision %d min.%n",
                s.timing().briefing() / 60,
                s.timing().opening() / 60,
                s.timing().rounds(),
                s.timing().round() / 60,
                s.timing().decision() / 60));
        for (TimingPreset p : s.timingPresets()) {
            b.append("  preset ").append(p.id()).append(": ").append(p.label()).append('\n');
        }
        b.append("\nDelegations (").append(s.playable().size()).append(" playable):\n");
        for (Delegation d : s.playable()) {
            b.append(String.format(Locale.ROOT, "  %-20s %-24s %s%n", d.id(), d.name(), d.bloc()));
        }
        b.append("\nThe chair's draft:\n");
        for (Clause c : s.clauses()) {
            b.append("  ").append(c.id()).append(" — ").append(c.title()).append('\n');
            for (ClauseOption o : c.options()) {
                b.append(o.id().equals(c.draft()) ? "    * " : "      ")
                        .append(o.id())
                        .append(": ")
                        .append(o.label() == null ? o.text() : o.label())
                        .append('\n');
            }
        }
        if (!s.injects().isEmpty()) {
            b.append("\nInjects the facilitator can release:\n");
            for (Inject i : s.injects()) {
                b.append(String.format(Locale.ROOT, "  %-24s %s%n", i.id(), i.title()));
            }
        }
        return b.toString();
    }
}

package org.summitsim.client.report.debrief;

import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;

/** The words people read for ids: clause titles, option labels, decisions. */
public final class Labels {

    private Labels() {}

    public static String clauseTitle(Scenario scenario, String clause) {
        return scenario.clause(clause).map(Clause::title).orElse(clause);
    }

    public static String option(Scenario scenario, String clause, String option) {
        return scenario.clause(clause)
                .flatMap(c -> c.option(option))
                .map(o -> o.label() == null || o.label().isBlank() ? o.id() : o.label())
                .orElse(option);
    }

    public static String optionText(Scenario scenario, String clause, String option) {
        return scenario.clause(clause)
                .flatMap(c -> c.option(option))
                .map(ClauseOption::text)
                .orElse("");
    }

    /** "Sign", "Abstain", "Push for binding law"; "—" for none. */
    public static String decision(Decision d) {
        if (d == null) {
            return "—";
        }
        return switch (d) {
            case SIGN -> "Sign";
            case ABSTAIN -> "Abstain";
            case PUSH_BINDING -> "Push for binding law";
        };
    }
}

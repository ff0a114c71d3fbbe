package org.summitsim.core.scenario;

import java.util.List;
import java.util.Optional;

/**
 * One clause of the declaration: alternative wordings and the chair's draft choice among them.
 * {@code notes} and {@code sources} are the author's, for teachers and reports; players never see them.
 */
public record Clause(String id, String title, String draft, List<ClauseOption> options, String notes,
                     List<String> sources) {

    public Clause {
        options = Scenario.listOrEmpty(options);
        sources = Scenario.listOrEmpty(sources);
    }

    public Clause(String id, String title, String draft, List<ClauseOption> options) {
        this(id, title, draft, options, null, null);
    }

    public Optional<ClauseOption> option(String optionId) {
        for (ClauseOption o : options) {
            if (o.id().equals(optionId)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public List<String> optionIds() {
        return options.stream().map(ClauseOption::id).toList();
    }
}

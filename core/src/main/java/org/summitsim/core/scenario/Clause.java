package org.summitsim.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One clause of the declaration: alternative wordings and the chair's draft choice among them.
 * {@code notes} and {@code sources} are the author's, for teachers and reports; players never see them.
 * {@code aliases} are other names players give the clause ("the treaty clause"), see {@link Aliases}.
 */
public record Clause(
        String id,
        String title,
        String draft,
        List<ClauseOption> options,
        String notes,
        List<String> sources,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases) {

    public Clause {
        options = Scenario.listOrEmpty(options);
        sources = Scenario.listOrEmpty(sources);
        aliases = Scenario.listOrEmpty(aliases);
    }

    public Clause(
            String id, String title, String draft, List<ClauseOption> options, String notes, List<String> sources) {
        this(id, title, draft, options, notes, sources, null);
    }

    public Clause(String id, String title, String draft, List<ClauseOption> options) {
        this(id, title, draft, options, null, null, null);
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

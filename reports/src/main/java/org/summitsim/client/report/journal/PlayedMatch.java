package org.summitsim.client.report.journal;

import java.util.Optional;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

/**
 * A journal with its scenario and the match rebuilt from its events: everything a report or a
 * transcript is made from. The outcome is the one the journal recorded, which is what the
 * players were shown.
 */
public record PlayedMatch(Journal journal, Scenario scenario, Match match) {

    public static PlayedMatch load(Journal journal, ScenarioResolver scenarios) {
        Scenario scenario = scenarios.resolve(journal);
        try {
            return new PlayedMatch(journal, scenario, Match.replay(scenario, journal.log()));
        } catch (RuntimeException e) {
            throw new ReportException(
                    "The journal " + journal.file() + " does not fit scenario \"" + scenario.id() + "\" ("
                            + e.getMessage() + "); was the scenario changed after the match?",
                    e);
        }
    }

    public Optional<Outcome> outcome() {
        for (int i = journal.events().size() - 1; i >= 0; i--) {
            if (journal.events().get(i).event() instanceof Event.MatchEnded ended) {
                return Optional.of(ended.outcome());
            }
        }
        return Optional.empty();
    }

    /** The outcome of a finished match; a sentence saying so when the room has not ended. */
    public Outcome finished() {
        return outcome()
                .orElseThrow(() -> new ReportException("Room " + journal.room().room()
                        + " has not ended yet (it is in "
                        + match.state().stage().inWords() + "); a report needs a finished "
                        + "match. The facilitator ends it with `end now`; a transcript (--transcript SEAT)"
                        + " works at any time."));
    }

    public String name(String seatOrState) {
        Optional<Delegation> d = scenario.delegation(seatOrState);
        if (d.isPresent()) {
            return d.get().name();
        }
        return scenario.backgroundStates().stream()
                .filter(b -> b.id().equals(seatOrState))
                .map(b -> b.name())
                .findFirst()
                .orElse(seatOrState);
    }
}

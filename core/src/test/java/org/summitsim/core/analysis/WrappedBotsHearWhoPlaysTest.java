package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView;

/**
 * An exploit script wraps a seat's own strategy; that strategy must still learn that every seat
 * of a replay is a bot, or it talks and nags as if people sat there, and the replay is no longer
 * the honest match with one change.
 */
class WrappedBotsHearWhoPlaysTest {

    /** Records what it was told about the people at the table. */
    private static final class Listening implements Bot {
        final List<Set<String>> told = new ArrayList<>();

        @Override
        public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
            return List.of();
        }

        @Override
        public void seatedPeople(Set<String> seats) {
            told.add(seats);
        }
    }

    @Test
    void theBlockerAndThePoisonPillPassItOn() {
        Listening a = new Listening();
        Listening b = new Listening();
        new BlockerBot(ScenarioCatalog.load("classroom-mini"), a, new FirstSpeaker()).seatedPeople(Set.of());
        new PoisonPillBot("costa-rica", Map.of(), b).seatedPeople(Set.of());
        assertThat(a.told).containsExactly(Set.of());
        assertThat(b.told).containsExactly(Set.of());
    }

    /**
     * The script tables first in the round; the seat's own strategy, which chose its proposal from
     * the same view, does not also table one (the rules would refuse it: one amendment of a
     * delegation's own at a time), so a bot author's program hears no refusal it did not earn.
     */
    @Test
    void theSeatsOwnStrategyTablesNothingBesideTheBlockersProposals() {
        var scenario = ScenarioCatalog.load("classroom-mini");
        var match = org.summitsim.core.MatchDriver.open(scenario).toOpening();
        match.toRound(1);
        Bot tabling = (view, news) ->
                List.of(new Command.Propose("human", "meaningful", ""), new Command.Say("We table our wording."));
        List<Command> out = new BlockerBot(scenario, tabling, new FirstSpeaker())
                .act(match.view(org.summitsim.core.view.Viewer.seat("netherlands")), List.of());

        assertThat(out).as("the blocker's proposals").anyMatch(c -> c instanceof Command.Propose);
        assertThat(out.stream().filter(c -> c instanceof Command.Propose).map(c -> ((Command.Propose) c).rationale()))
                .as("proposals, all the blocker's")
                .containsOnly("We cannot accept the current wording.");
        assertThat(out).as("the rest of the seat's turn").contains(new Command.Say("We table our wording."));
    }
}

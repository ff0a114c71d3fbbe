package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.PlayerView;

/**
 * What the student page and docs/RULES.md promise: a pledge to sign if a clause reads your way
 * wins the votes of the bots that want to sign beside you. In the United States' seat of
 * hague-2023, among the demo's mixed bots (60 seeded games), a person who only votes its
 * interest scores more, and gets more of its text, when it also pledges in the opening to sign
 * if human control reads "Appropriate human oversight" or "Responsible chain of command" than
 * the same person without the pledge.
 */
@org.summitsim.core.IntegrationTest
class PledgingPaysTest {

    private static final String PERSON = "united-states";
    private static final int GAMES = 60;

    /** A seat that pledges once in the opening, and otherwise plays as {@code inner}. */
    private static final class PledgesFirst implements Bot {
        private final Bot inner;
        private boolean pledged;

        PledgesFirst(Bot inner) {
            this.inner = inner;
        }

        @Override
        public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
            List<Command> out = new ArrayList<>();
            if (!pledged
                    && view.stage().phase() == Phase.OPENING
                    && !view.legalActions().isEmpty()) {
                pledged = true;
                out.add(new Command.MakePledge(
                        Decision.SIGN,
                        List.of(new TextCondition("human", List.of("oversight", "chain"))),
                        "We sign if humans stay in charge the way our forces already work.",
                        null));
            }
            out.addAll(inner.act(view, news));
            return out;
        }

        @Override
        public void seatedPeople(Set<String> seats) {
            inner.seatedPeople(seats);
        }
    }

    @Test
    void aPledgeToSignOnConditionsWinsThePartnersVotes() {
        Scenario hague = ScenarioCatalog.load("hague-2023");
        Score[] voter = DemoTable.play(hague, PERSON, GAMES, seed -> Strategies.create("silent", hague, PERSON, seed));
        Score[] pledger = DemoTable.play(
                hague, PERSON, GAMES, seed -> new PledgesFirst(Strategies.create("silent", hague, PERSON, seed)));

        assertThat(DemoTable.lowerBound(DemoTable.part(pledger, "total"), DemoTable.part(voter, "total")))
                .as("score with the pledge minus without, lower end of the 95 % interval")
                .isPositive();
        assertThat(DemoTable.lowerBound(DemoTable.part(pledger, "text"), DemoTable.part(voter, "text")))
                .as("the text part, the same way")
                .isPositive();
    }
}

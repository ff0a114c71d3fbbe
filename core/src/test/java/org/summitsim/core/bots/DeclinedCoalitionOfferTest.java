package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/** A person who declined a coalition builder's offer is not offered the same again in each phase. */
class DeclinedCoalitionOfferTest {

    private static final Scenario MINI = ScenarioCatalog.load("classroom-mini");

    @Test
    void aPersonsNoIsAnAnswer() {
        MatchDriver match = MatchDriver.open(MINI).toOpening();
        BotTable table = new BotTable(match);
        Bot costaRica = Strategies.create("coalition", MINI, "costa-rica", 3);
        costaRica.seatedPeople(Set.of("austria"));
        List<String> offers = new ArrayList<>();
        for (int round = 0; round <= 2; round++) {
            if (round > 0) {
                match.toRound(round);
            }
            for (int turn = 0; turn < 3; turn++) {
                table.turn("costa-rica", costaRica);
                for (PlayerView.DealView d : match.view(Viewer.seat("austria")).deals()) {
                    if (d.to().equals("austria") && d.status().equals("offered") && !offers.contains(d.id())) {
                        offers.add(d.id());
                        MatchDriver.ok(match.submit(Actor.seat("austria"), new Command.DeclineDeal(d.id())));
                    }
                }
            }
        }
        assertThat(offers).as("the coalition offer, made once and declined").hasSize(1);
        // Its caucus carries the leader's name: two coalitions of one kind must not read alike.
        assertThat(match.view(Viewer.seat("austria")).caucuses())
                .extracting(PlayerView.CaucusView::name)
                .containsExactly("Coalition for binding law, led by Costa Rica");
    }
}

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

    /**
     * A coalition builder that signs only on terms says so in its note: a play-test's student read
     * "We sign if you sign", promised to sign outright, and the bot's side never came due.
     */
    @Test
    void anOfferToSignOnTermsSaysSoInItsNote() {
        Scenario hague = ScenarioCatalog.load("hague-2023");
        MatchDriver match = MatchDriver.open(hague).toRound(1);
        BotTable table = new BotTable(match);
        Bot us = Strategies.create("coalition", hague, "united-states", 3);
        us.seatedPeople(Set.of("united-kingdom"));
        PlayerView.DealView offer = null;
        for (int turn = 0; turn < 12 && offer == null; turn++) {
            table.turn("united-states", us);
            offer = match.view(Viewer.seat("united-states")).deals().stream()
                    .filter(d -> d.from().equals("united-states")
                            && d.give() instanceof org.summitsim.core.rules.Promise.Decide g
                            && !g.conditions().isEmpty()
                            && d.want() instanceof org.summitsim.core.rules.Promise.Decide)
                    .findFirst()
                    .orElse(null);
        }
        assertThat(offer)
                .as("the United States' offer to sign together, on its terms")
                .isNotNull();
        int terms = ((org.summitsim.core.rules.Promise.Decide) offer.give())
                .conditions()
                .size();
        assertThat(offer.text()).startsWith("Let us sign together").contains("We sign if you sign, as long as ");
        if (terms > 2) {
            assertThat(offer.text()).endsWith("what we can sign on " + terms + " clauses (the deal names them).");
        }
    }

    /**
     * Asked "will you sign?", a delegation that pledged in public to push with the coalition says so
     * first: a play-test's student was told "we intend to abstain" by one that then pushed.
     */
    @Test
    void aCoalitionPledgeIsTheAnswerToWillYouSign() {
        MatchDriver match = MatchDriver.open(MINI).toOpening();
        BotTable table = new BotTable(match);
        Bot costaRica = Strategies.create("coalition", MINI, "costa-rica", 3);
        costaRica.seatedPeople(Set.of("austria"));
        table.turn("costa-rica", costaRica);
        assertThat(match.view(Viewer.seat("austria")).pledges())
                .as("Costa Rica's pledge to push with the coalition")
                .anyMatch(p -> p.seat().equals("costa-rica") && p.ifCoalition());
        MatchDriver.ok(match.submit(Actor.seat("austria"), new Command.Whisper("costa-rica", "Will you sign?")));
        List<String> said = table.turn("costa-rica", costaRica).stream()
                .filter(c -> c instanceof Command.Whisper w && w.to().equals("austria"))
                .map(c -> ((Command.Whisper) c).text())
                .toList();
        assertThat(said)
                .singleElement()
                .asString()
                .startsWith("No: we have pledged to push for binding law if enough states push with us (")
                .contains("If they do, we push; if they do not, we will ");
    }
}

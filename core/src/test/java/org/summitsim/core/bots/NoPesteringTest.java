package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * A person who declines an offer, or leaves it waiting, is not offered the very same terms again
 * by the same bot: a play-test's student had China's offer back a minute after declining it, and
 * Austria's twice while the first still waited.
 */
class NoPesteringTest {

    @Test
    void theSameTermsAreNotPutToAPersonTwice() {
        Scenario seoul = ScenarioCatalog.load("seoul-2024");
        MatchDriver match = MatchDriver.open(seoul).toOpening();
        BotTable table = new BotTable(match);
        String person = "sierra-leone"; // Austria's partner: Austria puts a trade to it every round
        String[] styles = {"utility", "mediator", "coalition", "hardliner"};
        Map<String, Bot> bots = new LinkedHashMap<>();
        int i = 0;
        for (Delegation d : seoul.playable()) {
            if (!d.id().equals(person)) {
                Bot b = Strategies.create(styles[i++ % styles.length], seoul, d.id(), 5);
                b.seatedPeople(Set.of(person));
                bots.put(d.id(), b);
            }
        }
        List<PlayerView.DealView> offers = new ArrayList<>();
        for (int round = 0; round <= 3; round++) {
            if (round > 0) {
                match.toRound(round);
            }
            for (int turn = 0; turn < 4; turn++) {
                bots.forEach(table::turn);
                // The person votes against whatever is open: the bots lobby for those votes.
                for (PlayerView.AmendmentView a :
                        match.view(Viewer.seat(person)).amendments()) {
                    if (a.status().equals("open") && !a.hasStance(person)) {
                        match.submit(
                                Actor.seat(person),
                                new Command.CastVote(a.id(), org.summitsim.core.rules.Ballot.OPPOSE));
                    }
                }
                for (PlayerView.DealView d : match.view(Viewer.seat(person)).deals()) {
                    if (d.to().equals(person) && offers.stream().noneMatch(o -> o.id().equals(d.id()))) {
                        offers.add(d);
                        // Declined at once, unless it comes from Austria: that one is left waiting.
                        if (!d.from().equals("austria")) {
                            MatchDriver.ok(match.submit(Actor.seat(person), new Command.DeclineDeal(d.id())));
                        }
                    }
                }
            }
        }
        assertThat(offers).as("offers to the person").hasSizeGreaterThan(1);
        assertThat(offers.stream().map(d -> d.from() + " " + d.give() + " for " + d.want()))
                .as("each bot's terms put to the person once")
                .doesNotHaveDuplicates();
    }
}

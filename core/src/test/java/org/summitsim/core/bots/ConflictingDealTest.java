package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Actor;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

/**
 * A bot that has promised one final decision in a deal does not accept a second deal for
 * another: it could keep only one of them. It says why, as it does for a wording it promised.
 */
class ConflictingDealTest {

    private static final Scenario MINI = ScenarioCatalog.load("classroom-mini");

    @Test
    void aBotBoundToPushDeclinesADealToSignAndSaysWhy() {
        MatchDriver match = MatchDriver.open(MINI).toOpening();
        BotTable table = new BotTable(match);
        Bot austria = Strategies.create("utility", MINI, "austria", 3);
        austria.seatedPeople(Set.of("costa-rica", "united-states"));
        Promise push = new Promise.Decide(Decision.PUSH_BINDING, List.of());
        MatchDriver.ok(match.submit(Actor.seat("costa-rica"), new Command.OfferDeal("austria", push, push, null)));
        table.turn("austria", austria);
        assertThat(deal(match, "D1").status()).as("pushing together, agreed").isEqualTo("accepted");

        Promise support = new Promise.Support("instrument", "negotiate");
        Promise sign = new Promise.Decide(Decision.SIGN, List.of());
        MatchDriver.ok(
                match.submit(Actor.seat("united-states"), new Command.OfferDeal("austria", support, sign, null)));
        List<Command> answer = table.turn("austria", austria);

        assertThat(deal(match, "D2").status()).isEqualTo("declined");
        assertThat(BotTable.whispersTo(answer, "united-states").strip())
                .isEqualTo("We cannot promise to sign the declaration: we have already promised to push for"
                        + " negotiations on binding law, and we keep our word.");
    }

    private static PlayerView.DealView deal(MatchDriver match, String id) {
        return match.view(Viewer.seat("austria")).deals().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}

package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Promise;

/**
 * A bot whose wording the room turned down lobbies for the votes it lacked: those who voted
 * against it, and those who abstained, whose votes are the cheapest to win. South plays
 * {@code utility} in test-4x3 and wants control to read "meaningful" (+7 to it); West, who
 * abstained on it, had tabled the UN forum, which South can live with (+3 to it).
 */
class LobbyingTest {

    @Test
    void aBotOffersATradeToASeatThatAbstainedOnItsRejectedWording() {
        MatchDriver match = MatchDriver.open().toRound(1);
        ok(match.seat("south").propose("control", "meaningful"));
        ok(match.seat("north").oppose("A1"));
        ok(match.seat("east").oppose("A1"));
        ok(match.seat("west").abstain("A1"));
        ok(match.seat("west").propose("forum", "un"));
        ok(match.seat("south").support("A2"));
        ok(match.seat("north").oppose("A2"));
        ok(match.seat("east").oppose("A2"));
        assertThat(match.state().amendments())
                .allSatisfy(a -> assertThat(a.status().name()).isEqualTo("REJECTED"));

        Bot south = Strategies.create("utility", TestScenarios.test4x3(), "south", 3);
        List<Command> sent = new BotTable(match).turn("south", south);

        assertThat(sent)
                .contains(new Command.OfferDeal(
                        "west",
                        new Promise.Support("forum", "un"),
                        new Promise.Support("control", "meaningful"),
                        dealNote(sent, "west")));
    }

    /** The note of the offer to {@code seat}, whatever its wording: the test is about the terms. */
    private static String dealNote(List<Command> sent, String seat) {
        return sent.stream()
                .filter(c -> c instanceof Command.OfferDeal o && o.to().equals(seat))
                .map(c -> ((Command.OfferDeal) c).text())
                .findFirst()
                .orElse("(no offer to " + seat + ")");
    }
}

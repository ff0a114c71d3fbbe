package org.summitsim.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Event;
import org.summitsim.core.scenario.Decision;

/**
 * Binding law counts as coordinated when every playable pusher pledged to push, dealt on it, or
 * joined an announced coalition that it completed; pushes nobody announced are an accident.
 */
class CoordinationTest {

    private static final List<String> SEATS = List.of("north", "south", "east", "west");

    private static MatchFacts pushTogether(Boolean westDeals) {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("south").pledge(Decision.PUSH_BINDING));
        if (westDeals == null) {
            // only Southia announced; Eastmark and Westria push without a word
        } else if (westDeals) {
            var offered =
                    ok(d.seat("east").offer("west", decides(Decision.PUSH_BINDING), decides(Decision.PUSH_BINDING)));
            String deal = offered.stream()
                    .filter(e -> e instanceof Event.DealOffered)
                    .map(e -> ((Event.DealOffered) e).deal())
                    .findFirst()
                    .orElseThrow();
            ok(d.seat("west").accept(deal));
        } else {
            ok(d.seat("east").pledge(Decision.PUSH_BINDING));
        }
        d.decideAll(
                "north",
                Decision.SIGN,
                "south",
                Decision.PUSH_BINDING,
                "east",
                Decision.PUSH_BINDING,
                "west",
                Decision.PUSH_BINDING);
        return MatchFacts.of(new Replay(d.state(), d.outcome(), d.log(), java.util.Map.of()), SEATS, false);
    }

    @Test
    void pushersWhoPledgedOrDealtOnPushingCoordinated() {
        MatchFacts f = pushTogether(true);
        assertThat(f.binding()).isTrue();
        assertThat(f.coordinated()).isTrue();
    }

    @Test
    void aSeatThatJoinsAnAnnouncedCoalitionAndCompletesItCoordinated() {
        MatchFacts f = pushTogether(false);
        assertThat(f.binding()).isTrue();
        assertThat(f.coordinated()).isTrue();
    }

    @Test
    void pushesNobodyAnnouncedMakeItUncoordinated() {
        MatchFacts f = pushTogether(null);
        assertThat(f.binding()).isTrue();
        assertThat(f.coordinated()).isFalse();
    }
}

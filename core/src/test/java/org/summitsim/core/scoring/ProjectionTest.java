package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.scenario.Decision;

/** A seat's projected score for each decision, from public information only. */
class ProjectionTest {

    @Test
    void withoutPledgesOthersAreExpectedToTakeTheDefault() {
        MatchDriver d = MatchDriver.open().toOpening();

        assertThat(Projection.expectedDecisions(d.state()))
                .isEqualTo(Map.of("north", ABSTAIN, "south", ABSTAIN, "east", ABSTAIN, "west", ABSTAIN));
    }

    @Test
    void theProjectionScoresEachOwnDecisionOnTheCurrentText() {
        MatchDriver d = MatchDriver.open().toOpening();

        Map<Decision, Score> p = Projection.of(d.state(), "north");

        // SIGN: text 13, SIGN 3, breadth 10 * 9/12 (north, six others, two allies), standing 0.
        assertThat(p).containsOnlyKeys(SIGN, ABSTAIN, PUSH_BINDING);
        assertThat(p.get(SIGN).total()).isEqualTo(23.5);
        // ABSTAIN: text 13, ABSTAIN -2, breadth 10 * 6/12 (allies abstain with north), standing 2 (east abstains too).
        assertThat(p.get(ABSTAIN).total()).isEqualTo(18);
    }

    @Test
    void aPledgeWhoseConditionHoldsChangesWhatOthersAreExpectedToDo() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").pledge(SIGN, reads("law", "applies")));
        ok(d.seat("west").pledge(PUSH_BINDING, reads("forum", "un")));

        assertThat(Projection.expectedDecisions(d.state())).containsEntry("east", SIGN).containsEntry("west", ABSTAIN);
        // SIGN now: breadth 10 * 10/12 and standing 2 (east signs too).
        assertThat(Projection.of(d.state(), "north").get(SIGN).total()).isEqualTo(26.33);
    }

    @Test
    void theLatestPledgeThatHoldsCounts() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").pledge(SIGN));
        ok(d.seat("east").pledge(PUSH_BINDING));

        assertThat(Projection.expectedDecisions(d.state())).containsEntry("east", PUSH_BINDING);
    }

    @Test
    void aSeatViewCarriesItsProjectionUntilTheEnd() {
        MatchDriver d = MatchDriver.open().toOpening();

        assertThat(d.seat("north").view().projection()).containsOnlyKeys(SIGN, ABSTAIN, PUSH_BINDING);
        assertThat(d.view(org.summitsim.core.view.Viewer.SPECTATOR).projection()).isEmpty();
        assertThat(d.finish().seat("north").view().projection()).isEmpty();
    }
}

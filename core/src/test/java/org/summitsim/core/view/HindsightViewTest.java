package org.summitsim.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.decides;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;

/** A seat's view at the end says what each final decision would have scored it. */
class HindsightViewTest {

    /** The same match every time: a deal, an amendment, then the four decisions, north's as given. */
    private static MatchDriver played(Decision north) {
        MatchDriver d = MatchDriver.open().toRound(1);
        ok(d.seat("north").offer("east", decides(SIGN), decides(SIGN)));
        ok(d.seat("east").accept("D1"));
        ok(d.seat("north").propose("forum", "un"));
        return d.decideAll("north", north, "east", SIGN, "south", PUSH_BINDING, "west", ABSTAIN)
                .finish();
    }

    @Test
    void eachDecisionScoresWhatTheSameMatchWouldHaveGivenHadTheSeatDecidedSo() {
        PlayerView view = played(SIGN).seat("north").view();

        assertThat(view.hindsight()).containsOnlyKeys(SIGN, ABSTAIN, PUSH_BINDING);
        for (Decision other : Decision.values()) {
            // Played again in full, not scored again: the figure means what the page says it means.
            Score replayed = played(other).outcome().scores().get("north");
            assertThat(view.hindsight().get(other))
                    .as("north deciding %s", other)
                    .isEqualTo(replayed);
        }
        // Abstaining breaks the deal with east (north promised to sign): trust is part of the figure.
        assertThat(view.hindsight().get(ABSTAIN).breakdown().get("trust"))
                .isLessThan(view.hindsight().get(SIGN).breakdown().get("trust"));
    }

    @Test
    void onlyTheSeatItselfSeesItsHindsightAndOnlyOnceTheMatchIsOver() {
        MatchDriver d = MatchDriver.open().toRound(1);
        assertThat(d.seat("north").view().hindsight()).isNull();
        d.decideAll("north", SIGN, "east", SIGN, "south", PUSH_BINDING);
        assertThat(d.seat("north").view().hindsight())
                .as("decided, the others not yet")
                .isNull();

        d.finish(); // west gets the default

        assertThat(d.seat("south").view().hindsight().get(PUSH_BINDING))
                .isEqualTo(d.outcome().scores().get("south"));
        assertThat(d.view(Viewer.SPECTATOR).hindsight()).isNull();
        assertThat(d.view(Viewer.FACILITATOR).hindsight()).isNull();
    }
}

package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.MatchDriver.reads;
import static org.summitsim.core.MatchDriver.votes;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Decision;

/** A seat's projected score for each decision, from public information only. */
class ProjectionTest {

    @Test
    void withoutPledgesOthersLeanAsTheRecordSaysButAPushIsNeverAssumed() {
        MatchDriver d = MatchDriver.open().toOpening();

        // Northland and Eastmark signed in reality, Westria did not; Southia pushed, which a
        // forecast does not assume of a seat that has not pledged it: the default (abstain).
        assertThat(Projection.expectedDecisions(d.state()))
                .isEqualTo(Map.of("north", SIGN, "south", ABSTAIN, "east", SIGN, "west", ABSTAIN));
    }

    @Test
    void aSeatWithoutAPledgeLeansAsMostOfItsBlocPledged() {
        MatchDriver d = MatchDriver.open().toOpening();

        // Eastmark and Westria are both powers: Eastmark follows Westria's pledge to sign or
        // abstain, never a pledge to push (then it falls back on the record: it signed).
        assertThat(Projection.lean(d.state(), "east", Map.of("west", SIGN))).isEqualTo(SIGN);
        assertThat(Projection.lean(d.state(), "east", Map.of("west", ABSTAIN))).isEqualTo(ABSTAIN);
        assertThat(Projection.lean(d.state(), "east", Map.of("west", PUSH_BINDING)))
                .isEqualTo(SIGN);
        assertThat(Projection.lean(d.state(), "west", Map.of())).isEqualTo(ABSTAIN);
    }

    @Test
    void theProjectionScoresEachOwnDecisionOnTheCurrentText() {
        MatchDriver d = MatchDriver.open().toOpening();

        Map<Decision, Score> p = Projection.of(d.state(), "north");

        // SIGN: text 13, SIGN 3, breadth 10 * 10/12 (north, Eastmark as in reality, six others,
        // two allies), standing 2 (partner Eastmark signs too).
        assertThat(p).containsOnlyKeys(SIGN, ABSTAIN, PUSH_BINDING);
        assertThat(p.get(SIGN).total()).isEqualTo(26.33);
        // ABSTAIN: text 13, ABSTAIN -2, breadth 10 * 7/12 (allies abstain with north), standing 0.
        assertThat(p.get(ABSTAIN).total()).isEqualTo(16.83);
    }

    /**
     * The play-test: "Push: 48.2 points" was shown, 46.2 scored, the difference a deal broken by a
     * vote; and "this breaks your pledge" stood beside figures that left the loss out.
     */
    @Test
    void theProjectionCountsThePromisesADecisionWouldBreakAndThoseAlreadyBroken() {
        MatchDriver d = MatchDriver.open().toRound(1);
        double trust = d.state().delegation("north").orElseThrow().preferences().trust();
        ok(d.seat("north").pledge(SIGN));
        Map<Decision, Score> pledged = Projection.of(d.state(), "north");
        assertThat(pledged.get(SIGN).breakdown()).containsEntry("trust", 0.0);
        assertThat(pledged.get(ABSTAIN).breakdown()).containsEntry("trust", -trust);
        assertThat(pledged.get(PUSH_BINDING).breakdown()).containsEntry("trust", -trust);

        // A deal for north's vote on an open amendment: not yet due, so it costs nothing yet.
        ok(d.seat("east").propose("forum", "un"));
        String amendment = d.state().openAmendments().get(0).id();
        ok(d.seat("south").offer("north", votes(amendment, Ballot.OPPOSE), votes(amendment, Ballot.SUPPORT)));
        ok(d.seat("north").accept(d.state().deals().get(0).id()));
        assertThat(Projection.of(d.state(), "north").get(SIGN).breakdown()).containsEntry("trust", 0.0);

        // North votes against it: one promise of two broken, whatever it decides now.
        ok(d.seat("north").oppose(amendment));
        Map<Decision, Score> broken = Projection.of(d.state(), "north");
        assertThat(broken.get(SIGN).breakdown()).containsEntry("trust", -trust / 2);
        assertThat(broken.get(ABSTAIN).breakdown()).containsEntry("trust", -trust);
        assertThat(broken.get(SIGN).total() - pledged.get(SIGN).total()).isEqualTo(-trust / 2);
    }

    @Test
    void aPledgeWhoseConditionHoldsChangesWhatOthersAreExpectedToDo() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("east").pledge(ABSTAIN, reads("law", "applies")));
        ok(d.seat("west").pledge(PUSH_BINDING, reads("forum", "un")));

        assertThat(Projection.expectedDecisions(d.state()))
                .containsEntry("east", ABSTAIN)
                .containsEntry("west", ABSTAIN);
        // SIGN now: breadth 10 * 9/12 and standing 0 (Eastmark abstains as pledged).
        assertThat(Projection.of(d.state(), "north").get(SIGN).total()).isEqualTo(23.5);
    }

    @Test
    void theOutlookSaysWhoIsOnlyForecastAndWhatTheyCouldChange() {
        MatchDriver d = MatchDriver.open().toOpening();

        Outlook o = Forecast.of(d.state()).outlook("north");

        assertThat(o.undeclared()).containsExactly("south", "east", "west");
        // SIGN is 26.33 as forecast. If the three all signed: breadth 10 * 12/12, standing 2 ->
        // 28. If they all pushed: breadth 10 * 9/12, standing 0, and the push reaches its
        // threshold of 3, which costs Northland its binding weight of -2 -> 21.5.
        assertThat(o.bands().get(SIGN)).isEqualTo(new Outlook.Band(21.5, 28));
        assertThat(d.seat("north").view().outlook().get()).isEqualTo(o);
    }

    /**
     * The push as pledged, in states: Costa Rica's coalition pledge brings the six Latin American
     * governments that push with it (7 of the 8 needed), and Austria's push would make it.
     */
    @Test
    void theOutlookCountsThePushAsPledged() {
        MatchDriver d = MatchDriver.open(org.summitsim.core.scenario.ScenarioCatalog.load("classroom-mini"))
                .toOpening();
        assertThat(Forecast.of(d.state()).outlook("austria").pushes()).isEqualTo(new Outlook.Pushes(0, 1, 8));

        ok(d.seat("costa-rica").submit(new Command.MakePledge(PUSH_BINDING, java.util.List.of(), "Together.", true)));

        List<Outlook.Pushes.By> costaRica = List.of(new Outlook.Pushes.By("costa-rica", 7));
        assertThat(Forecast.of(d.state()).outlook("austria").pushes())
                .isEqualTo(new Outlook.Pushes(7, 8, 8, costaRica));
        // A play-test's student read "13 states" pledged by two delegations and could not tell who they were.
        assertThat(Forecast.of(d.state())
                        .outlook("austria")
                        .pushes()
                        .inWords(d.state().scenario()::nameOf))
                .isEqualTo("Binding law needs 8 states pushing for it. Pledged to push now: 7 states (Costa Rica and"
                        + " the 6 states outside this room that push with it or follow it); 8 states with you: your"
                        + " push would make it.");
        assertThat(Forecast.of(d.state()).outlook("costa-rica").pushes())
                .as("its own pledge counted already")
                .isEqualTo(new Outlook.Pushes(7, 7, 8, costaRica));
        // A later pledge to sign replaces the push.
        ok(d.seat("costa-rica").submit(new Command.MakePledge(SIGN, java.util.List.of(), "We sign.", false)));
        assertThat(Forecast.of(d.state()).outlook("austria").pushes()).isEqualTo(new Outlook.Pushes(0, 1, 8));
    }

    /** The play-test: "No pledge of ... Austria holds now", while Austria's coalition pledge made the push shown. */
    @Test
    void aCoalitionPledgeTheCoalitionReachesIsNoLongerOnlyForecast() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("south").submit(new Command.MakePledge(PUSH_BINDING, java.util.List.of(), "Together.", true)));
        // Alone, the coalition falls short: Southia's decision is still only forecast.
        assertThat(Forecast.of(d.state()).outlook("north").undeclared()).containsExactly("south", "east", "west");

        ok(d.seat("east").submit(new Command.MakePledge(PUSH_BINDING, java.util.List.of(), "Together.", true)));
        ok(d.seat("west").submit(new Command.MakePledge(PUSH_BINDING, java.util.List.of(), "Together.", true)));
        assertThat(Projection.expectedDecisions(d.state()))
                .containsEntry("south", PUSH_BINDING)
                .containsEntry("east", PUSH_BINDING)
                .containsEntry("west", PUSH_BINDING);
        assertThat(Forecast.of(d.state()).outlook("north").undeclared()).isEmpty();
    }

    @Test
    void pledgesNarrowTheOutlookToTheProjection() {
        MatchDriver d = MatchDriver.open().toOpening();
        ok(d.seat("south").pledge(SIGN));
        ok(d.seat("east").pledge(SIGN));
        ok(d.seat("west").pledge(ABSTAIN));

        Outlook o = Forecast.of(d.state()).outlook("north");

        assertThat(o.undeclared()).isEmpty();
        double sign = Projection.of(d.state(), "north").get(SIGN).total();
        assertThat(o.bands().get(SIGN)).isEqualTo(new Outlook.Band(sign, sign));
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
        assertThat(d.view(org.summitsim.core.view.Viewer.SPECTATOR).projection())
                .isEmpty();
        assertThat(d.finish().seat("north").view().projection()).isEmpty();
    }
}

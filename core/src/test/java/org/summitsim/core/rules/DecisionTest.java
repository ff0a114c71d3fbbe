package org.summitsim.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.PlayerView;
import org.summitsim.core.view.Viewer;

class DecisionTest {

    private static List<Event> seenBy(MatchDriver d, Viewer viewer) {
        return d.match().eventsFor(viewer, 0).stream()
                .map(Match.Sequenced::event)
                .toList();
    }

    @Test
    void decidingSealsTheDecisionAndAnnouncesOnlyThatTheSeatDecided() {
        MatchDriver d = MatchDriver.open().toFinal();

        List<Event> events = ok(d.seat("north").decide(SIGN, "Northland signs with pride."));

        assertThat(events)
                .containsExactly(
                        new Event.DecisionSealed("north", SIGN, "Northland signs with pride."),
                        new Event.DelegationDecided("north"));
        assertThat(d.state().sealedDecision("north"))
                .contains(new FinalDecision(SIGN, "Northland signs with pride.", false));
    }

    @Test
    void aSeatReadyInFinalWithoutDecidingIsLeftToTheDefaultOnceTheOthersHaveDecided() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("west").ready());
        ok(d.seat("north").decide(SIGN, ""));
        ok(d.seat("south").decide(SIGN, ""));
        assertThat(d.state().over()).isFalse();

        ok(d.seat("east").decide(PUSH_BINDING, ""));

        assertThat(d.state().over()).isTrue();
        assertThat(d.outcome().decisions().get("west")).isEqualTo(new FinalDecision(ABSTAIN, "", true));
        assertThat(d.outcome().decisions().get("east").defaulted()).isFalse();
    }

    @Test
    void otherSeatsAndSpectatorsSeeThatASeatDecidedButNotWhat() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("north").decide(PUSH_BINDING, "secret-statement-of-north"));

        for (Viewer other : List.of(Viewer.seat("south"), Viewer.seat("east"), Viewer.SPECTATOR)) {
            assertThat(seenBy(d, other))
                    .contains(new Event.DelegationDecided("north"))
                    .noneMatch(e -> e instanceof Event.DecisionSealed);
            PlayerView view = d.view(other);
            assertThat(view.sealed()).isEmpty();
            assertThat(view.decisions()).isEmpty();
            assertThat(view.delegations())
                    .filteredOn(c -> c.id().equals("north"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.decided()).isTrue());
            assertThat(Json.write(view)).doesNotContain("secret-statement-of-north");
        }
    }

    @Test
    void theDecidingSeatAndTheFacilitatorSeeTheSealedDecision() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("north").decide(PUSH_BINDING, "ours"));

        FinalDecision sealed = new FinalDecision(PUSH_BINDING, "ours", false);
        assertThat(d.seat("north").view().sealed()).containsExactly(Map.entry("north", sealed));
        assertThat(d.view(Viewer.FACILITATOR).sealed()).containsExactly(Map.entry("north", sealed));
        assertThat(seenBy(d, Viewer.seat("north"))).contains(new Event.DecisionSealed("north", PUSH_BINDING, "ours"));
        assertThat(seenBy(d, Viewer.FACILITATOR)).contains(new Event.DecisionSealed("north", PUSH_BINDING, "ours"));
    }

    @Test
    void theFacilitatorSeesSealedDecisionsEvenWhenNotReadingPrivateTalk() {
        MatchDriver d = MatchDriver.open(
                        Settings.of(org.summitsim.core.TestScenarios.test4x3()).withFacilitatorReadsPrivate(false))
                .toFinal();
        ok(d.seat("north").decide(SIGN));

        assertThat(seenBy(d, Viewer.FACILITATOR)).anyMatch(e -> e instanceof Event.DecisionSealed);
    }

    @Test
    void decisionsAreTakenOnlyInTheFinalPhase() {
        MatchDriver d = MatchDriver.open().toRound(2);

        d.refuses(
                "wrong_phase",
                "final decisions open after the last round",
                () -> d.seat("north").decide(SIGN));
    }

    @Test
    void aDecisionMustSayWhat() {
        MatchDriver d = MatchDriver.open().toFinal();

        d.refuses(
                "invalid",
                "A final decision needs its decision (\"decision\": SIGN, ABSTAIN or PUSH_BINDING).",
                () -> d.seat("north").decide(null));
    }

    @Test
    void aSealedDecisionCannotChange() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("north").decide(SIGN));

        d.refuses(
                "already_decided", "Wait for the reveal", () -> d.seat("north").decide(ABSTAIN));
    }

    @Test
    void anOversizedStatementIsRefused() {
        MatchDriver d = MatchDriver.open().toFinal();

        d.refuses("text_too_long", "Shorten it", () -> d.seat("north").decide(SIGN, "s".repeat(2001)));
    }

    @Test
    void whenTheLastSeatDecidesAllDecisionsAreRevealedAndTheMatchEnds() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("north").decide(SIGN, "yes"));
        ok(d.seat("south").decide(PUSH_BINDING, "more"));
        ok(d.seat("east").decide(SIGN, ""));

        List<Event> events = ok(d.seat("west").decide(ABSTAIN, "not now"));

        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly(
                        "DecisionSealed", "DelegationDecided", "PhaseStarted", "DecisionsRevealed", "MatchEnded");
        Map<String, FinalDecision> revealed = Map.of(
                "north", new FinalDecision(SIGN, "yes", false),
                "south", new FinalDecision(PUSH_BINDING, "more", false),
                "east", new FinalDecision(SIGN, "", false),
                "west", new FinalDecision(ABSTAIN, "not now", false));
        assertThat(events.get(3)).isEqualTo(new Event.DecisionsRevealed(revealed));
        assertThat(d.state().over()).isTrue();
        assertThat(d.view(Viewer.SPECTATOR).decisions()).isEqualTo(revealed);
        assertThat(d.seat("east").view().decisions()).isEqualTo(revealed);
    }

    @Test
    void atTheDeadlineUndecidedSeatsGetTheScenarioDefault() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("north").decide(SIGN));
        ok(d.seat("south").decide(PUSH_BINDING));

        ok(d.host().deadline());

        Map<String, FinalDecision> revealed = d.state().revealed().orElseThrow();
        assertThat(revealed)
                .containsEntry("north", new FinalDecision(SIGN, "", false))
                .containsEntry("south", new FinalDecision(PUSH_BINDING, "", false))
                .containsEntry("east", new FinalDecision(ABSTAIN, "", true))
                .containsEntry("west", new FinalDecision(ABSTAIN, "", true));
        assertThat(d.outcome().decisions()).isEqualTo(revealed);
    }

    @Test
    void theDefaultComesFromTheScenario() {
        var base = org.summitsim.core.TestScenarios.test4x3();
        var signing = new org.summitsim.core.scenario.Scenario(
                base.id(),
                base.title(),
                base.summary(),
                base.setting(),
                base.briefing(),
                base.chair(),
                base.timing(),
                base.timingPresets(),
                base.adoption(),
                base.binding(),
                Decision.SIGN,
                base.clauses(),
                base.blocs(),
                base.delegations(),
                base.backgroundStates(),
                base.injects(),
                base.debrief(),
                null,
                null,
                null,
                null);
        MatchDriver d = MatchDriver.open(signing).toFinal();

        ok(d.host().deadline());

        assertThat(d.state().revealed().orElseThrow().values())
                .extracting(FinalDecision::decision)
                .containsOnly(SIGN);
    }

    @Test
    void whenEverySeatIsReadyInTheFinalPhaseTheUndecidedGetTheDefault() {
        MatchDriver d = MatchDriver.open().toFinal();
        ok(d.seat("north").decide(SIGN));
        for (String s : List.of("north", "south", "east", "west")) {
            ok(d.seat(s).ready());
        }

        assertThat(d.state().over()).isTrue();
        assertThat(d.state().revealed().orElseThrow())
                .containsEntry("south", new FinalDecision(ABSTAIN, "", true))
                .containsEntry("north", new FinalDecision(SIGN, "", false));
    }
}

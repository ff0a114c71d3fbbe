package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.summitsim.core.MatchDriver.ok;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.TextCondition;
import org.summitsim.core.view.Viewer;

/**
 * A delegation that says what it needs in order to sign wins its partners' votes for it. In
 * test-4x3 East is North's only partner (North's standing 2): once East pledges to sign only
 * if the human-control clause reads "none", that wording is worth 2 points more to North,
 * which expects to sign; a pledge from a seat that is not North's partner changes nothing.
 */
class PartnersSigningTest {

    @Test
    void aPartnersConditionalPledgeMakesItsWordingWorthTheStandingOfSigningBesideIt() {
        MatchDriver match = MatchDriver.open().toRound(1);
        Mind before = mindOf(match, "north");
        assertThat(before.bestDecision()).isEqualTo(Decision.SIGN);

        ok(match.seat("east").pledge(Decision.SIGN, new TextCondition("control", List.of("none"))));
        Mind after = mindOf(match, "north");

        assertThat(after.gain("control", "none") - before.gain("control", "none"))
                .isCloseTo(2.0, within(1e-9));
        // The other wordings keep East from signing, as the draft does: no change.
        assertThat(after.gain("control", "meaningful")).isCloseTo(before.gain("control", "meaningful"), within(1e-9));
    }

    @Test
    void aWordingThatWouldLoseAPartnersSignatureCostsThatStanding() {
        MatchDriver match = MatchDriver.open().toRound(1);
        Mind before = mindOf(match, "north");

        // The draft reads "appropriate": East's condition holds now, and "none" would break it.
        ok(match.seat("east").pledge(Decision.SIGN, new TextCondition("control", List.of("appropriate"))));
        Mind after = mindOf(match, "north");

        assertThat(after.gain("control", "none") - before.gain("control", "none"))
                .isCloseTo(-2.0, within(1e-9));
    }

    @Test
    void aBotThatVotesAgainstAWordingForAPartnersSignatureSaysSo() {
        // The play-test: Germany voted against the wording it wanted and said the wording "takes the
        // text further from" itself; the reason was a partner's pledge, and that is what it now says.
        MatchDriver match = MatchDriver.open().toRound(1);
        ok(match.seat("east").pledge(Decision.SIGN, new TextCondition("control", List.of("appropriate"))));
        ok(match.seat("south").propose("control", "meaningful"));
        Mind north = mindOf(match, "north");
        var amendment = north.view().amendments().get(0);

        String why = new AmendmentAnswers(north, 0, invited -> {}).intention(amendment, Ballot.OPPOSE, false);

        assertThat(why)
                .isEqualTo(
                        "We will vote against it. The text already says what we want there: \"Appropriate involvement\"."
                                + " It would also cost us a partner's signature: Eastmark has said it will sign if \"Human control\""
                                + " reads \"Appropriate involvement\", and we want to sign next to Eastmark.");
    }

    /** Bots of one caucus asked one question do not answer it in one voice: each picks its own words. */
    @Test
    void botsAnsweringTheSameQuestionPickTheirOwnWords() {
        MatchDriver match = MatchDriver.open().toRound(1);
        ok(match.seat("south").propose("control", "none"));
        Mind north = mindOf(match, "north");
        var amendment = north.view().amendments().get(0);

        java.util.Set<String> said = new java.util.HashSet<>();
        for (long turn = 0; turn < 6; turn++) {
            said.add(new AmendmentAnswers(north, turn, invited -> {}).amendment(amendment, Ballot.OPPOSE, false));
        }
        assertThat(said).as("six answers to one question").hasSizeGreaterThan(1);
    }

    @Test
    void aPledgeFromASeatThatIsNotAPartnerChangesNothing() {
        MatchDriver match = MatchDriver.open().toRound(1);
        Mind before = mindOf(match, "north");

        ok(match.seat("south").pledge(Decision.SIGN, new TextCondition("control", List.of("none"))));
        Mind after = mindOf(match, "north");

        assertThat(after.gain("control", "none")).isCloseTo(before.gain("control", "none"), within(1e-9));
    }

    @Test
    void aUtilityBotNamesTheWordingsOfItsTopClauseItCanSign() {
        int conditional = 0;
        for (String seat : List.of("north", "south", "east", "west")) {
            MatchDriver match = MatchDriver.open().advanceTo(Stage.of(Phase.OPENING)); // where a bot pledges
            Bot bot = Strategies.create("utility", TestScenarios.test4x3(), seat, 3);
            List<Command> sent = new BotTable(match).turn(seat, bot);
            Mind mind = mindOf(match, seat);
            Command.MakePledge pledge = sent.stream()
                    .filter(c -> c instanceof Command.MakePledge p && p.decision() == Decision.SIGN)
                    .map(c -> (Command.MakePledge) c)
                    .findFirst()
                    .orElse(null);
            if (mind.aim() != Decision.SIGN) {
                assertThat(pledge)
                        .as(seat + " would rather push: it does not promise to sign")
                        .isNull();
                continue;
            }
            assertThat(pledge).as(seat).isNotNull();
            String top = mind.topClause();
            if (pledge.conditions().isEmpty()) {
                // Every wording of its top clause is one it can sign: it says so plainly.
                assertThat(mind.signable(top))
                        .hasSize(mind.clause(top).options().size());
                assertThat(pledge.text()).endsWith(" will sign this declaration.");
                continue;
            }
            conditional++;
            TextCondition condition = pledge.conditions().get(0);
            assertThat(condition.clause()).isEqualTo(top);
            assertThat(condition.options()).isEqualTo(mind.signable(top)).contains(mind.ideal(top));
            assertThat(pledge.text())
                    .contains(" will sign if \"" + mind.clause(top).title() + "\" reads: ");
        }
        assertThat(conditional)
                .as("seats whose pledge names the wordings they can sign")
                .isPositive();
    }

    private static Mind mindOf(MatchDriver match, String seat) {
        return new Mind(match.view(Viewer.seat(seat)));
    }
}

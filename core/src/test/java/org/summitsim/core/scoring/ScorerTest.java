package org.summitsim.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.summitsim.core.MatchDriver.ok;
import static org.summitsim.core.scenario.Decision.ABSTAIN;
import static org.summitsim.core.scenario.Decision.PUSH_BINDING;
import static org.summitsim.core.scenario.Decision.SIGN;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.rules.Score;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.ClauseOption;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Preferences;
import org.summitsim.core.scenario.Scenario;

/**
 * Scores from test-4x3 computed by hand (the working is in the comments). Parts are rounded to
 * two decimals; the percentage is computed from the unrounded total.
 */
class ScorerTest {

    private static final List<String> PARTS = List.of(
            "text", "constraints", "red_lines", "decision", "breadth", "binding", "standing", "trust", "influence");

    private static Map<String, Double> parts(double... values) {
        assertThat(values).hasSize(PARTS.size());
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(PARTS.get(i), values[i]);
        }
        return m;
    }

    /**
     * Text law=applies, control=meaningful, forum=un; north and east sign, south pushes, west abstains.
     * Background: six "others" sign (law applies), two "allies" follow north (sign), Absentia is absent.
     * Signatories 2 + 6 + 2 = 10 of 12 attending; one state pushes (threshold 3 not reached).
     */
    private static Outcome scenarioA() {
        return Played.withText(Map.of("control", "meaningful", "forum", "un"))
                .decideAll("north", SIGN, "south", PUSH_BINDING, "east", SIGN, "west", ABSTAIN)
                .outcome();
    }

    /**
     * Text law=silent, control=none, forum=treaty; south signs, the three others push. "others"
     * abstain (law is silent), "allies" follow north and push: 3 + 2 = 5 pushing, threshold reached;
     * one signatory of 12.
     */
    private static Outcome scenarioB() {
        return Played.withText(Map.of("law", "silent", "control", "none", "forum", "treaty"))
                .decideAll("north", PUSH_BINDING, "south", SIGN, "east", PUSH_BINDING, "west", PUSH_BINDING)
                .outcome();
    }

    @Test
    void theOutcomeCountsSeatsAndBackgroundStates() {
        Outcome o = scenarioA();

        assertThat(o.text()).isEqualTo(Map.of("law", "applies", "control", "meaningful", "forum", "un"));
        assertThat(o.signatories()).containsExactly("north", "east", "others", "allies");
        assertThat(o.signatoryCount()).isEqualTo(10);
        assertThat(o.attendingStates()).isEqualTo(12);
        assertThat(o.bindingCount()).isEqualTo(1);
        assertThat(o.bindingThreshold()).isEqualTo(3);
        assertThat(o.bindingReached()).isFalse();
        assertThat(o.background()).containsOnlyKeys("others", "allies");
    }

    @Test
    void northsScoreAddsUpPartByPart() {
        // text 5 + 2 + 0; constraint: meaningful control costs 1; SIGN is worth 3; breadth 10 * 10/12;
        // standing 2 * (east also signs); no commitments. Best 28 = SIGN 3 + law 5 + control 3 + forum 5,
        // + breadth 10 + standing 2; worst -19 = PUSH -3 + law -3 + control -4 + forum -2, + binding -2
        // - trust 5 (worked in rangeTakesTheBestAndWorstTextAndDecisionThenTheExtremesOfTheRest).
        Score s = scenarioA().scores().get("north");

        assertThat(s.breakdown()).isEqualTo(parts(7, -1, 0, 3, 8.33, 0, 2, 0, 0));
        assertThat(s.total()).isEqualTo(19.33);
        assertThat(s.best()).isEqualTo(28);
        assertThat(s.worst()).isEqualTo(-19);
        assertThat(s.percent()).isEqualTo(81.56); // 100 * (19.333 + 19) / 47
    }

    @Test
    void southsScoreAddsUpPartByPart() {
        // text 4 + 6 + 2; pushes, so no constraints or red lines; PUSH worth 2; breadth 2 * 10/12;
        // standing 0 (partner west abstained). Best 31 = PUSH 2 + law 4 + control 6 + forum 7, + breadth 2
        // + binding 8 + standing 2; worst -24 = SIGN 1 + law -5 + control (-6 - red line 8) + forum -1,
        // - trust 5.
        Score s = scenarioA().scores().get("south");

        assertThat(s.breakdown()).isEqualTo(parts(12, 0, 0, 2, 1.67, 0, 0, 0, 0));
        assertThat(s.total()).isEqualTo(15.67);
        assertThat(s.best()).isEqualTo(31);
        assertThat(s.worst()).isEqualTo(-24);
        assertThat(s.percent()).isEqualTo(72.12); // 100 * (15.667 + 24) / 55 = 3966.7 / 55
    }

    @Test
    void eastsScoreAddsUpPartByPart() {
        // text 2 - 3 + 1; signing meaningful control costs 4; SIGN 2; breadth 4 * 10/12; standing 3.
        // Best 18 = SIGN 2 + law 2 + control 4 + forum 3, + breadth 4 + standing 3; worst -40 = SIGN 2
        // + law 0 + control (-3 - cost 4) + forum (-8 - cost 5 - red line 10), + binding -8 - trust 4.
        Score s = scenarioA().scores().get("east");

        assertThat(s.breakdown()).isEqualTo(parts(0, -4, 0, 2, 3.33, 0, 3, 0, 0));
        assertThat(s.total()).isEqualTo(4.33);
        assertThat(s.best()).isEqualTo(18);
        assertThat(s.worst()).isEqualTo(-40);
        assertThat(s.percent()).isEqualTo(76.44); // 100 * (4.333 + 40) / 58 = 4433.3 / 58
    }

    @Test
    void westsScoreAddsUpPartByPart() {
        // text 1 + 0 + 6; abstains; ABSTAIN 1; breadth 1 * 10/12; standing 0 (east signed).
        // Best 13 = ABSTAIN 1 + law 1 + control 2 + forum 6, + breadth 1 + standing 2; worst -10 = SIGN 0
        // + law 1 + control 0 + forum (-2 - cost 3), + binding -3 - trust 3.
        Score s = scenarioA().scores().get("west");

        assertThat(s.breakdown()).isEqualTo(parts(7, 0, 0, 1, 0.83, 0, 0, 0, 0));
        assertThat(s.total()).isEqualTo(8.83);
        assertThat(s.best()).isEqualTo(13);
        assertThat(s.worst()).isEqualTo(-10);
        assertThat(s.percent()).isEqualTo(81.88); // 100 * (8.833 + 10) / 23 = 1883.3 / 23
    }

    @Test
    void signingATextThatCrossesARedLineCostsThePenalty() {
        // south signs control=none: text -5 - 6 + 7; red line -8; SIGN 1; breadth 2 * 1/12;
        // binding reached, but south did not push: half its weight of 8; standing 0 (west pushed).
        Score s = scenarioB().scores().get("south");

        assertThat(s.breakdown()).isEqualTo(parts(-4, 0, -8, 1, 0.17, 4, 0, 0, 0));
        assertThat(s.total()).isEqualTo(-6.83);
        // best 31, worst -24 as in southsScoreAddsUpPartByPart: 100 * (-6.833 + 24) / 55 = 1716.7 / 55
        assertThat(s.best()).isEqualTo(31);
        assertThat(s.worst()).isEqualTo(-24);
        assertThat(s.percent()).isEqualTo(31.21);
    }

    @Test
    void aTreatyTrackIsWorthItsWholeWeightOnlyToThoseWhoPushedForIt() {
        for (boolean hedges : new boolean[] {false, true}) {
            assertThat(Scorer.bindingReached(8, PUSH_BINDING, hedges)).isEqualTo(8);
            assertThat(Scorer.bindingReached(8, SIGN, hedges)).isEqualTo(4);
            assertThat(Scorer.bindingReached(8, ABSTAIN, hedges)).isEqualTo(4);
        }
        // A state that does not want the track bears all of it, whatever it decided.
        assertThat(Scorer.bindingReached(-8, SIGN, false)).isEqualTo(-8);
        assertThat(Scorer.bindingReached(-8, ABSTAIN, false)).isEqualTo(-8);
        assertThat(Scorer.bindingReached(-8, PUSH_BINDING, false)).isEqualTo(-8);
    }

    @Test
    void whereSigningHedgesASignatoryAgainstTheTrackBearsHalfOfIt() {
        assertThat(Scorer.bindingReached(-8, SIGN, true)).isEqualTo(-4);
        assertThat(Scorer.bindingReached(-7, SIGN, true)).isEqualTo(-3.5);
        assertThat(Scorer.bindingReached(-8, ABSTAIN, true)).isEqualTo(-8);
        assertThat(Scorer.bindingReached(-8, PUSH_BINDING, true)).isEqualTo(-8);
    }

    @Test
    void aScenarioWhereSigningHedgesHalvesTheTrackForItsSignatoriesAgainstIt() throws Exception {
        // north (binding -2) signs while the three others push: the threshold of 3 is reached.
        Map<String, String> text = Map.of("law", "silent", "control", "none", "forum", "treaty");
        Map<String, Decision> decisions =
                Map.of("north", SIGN, "south", PUSH_BINDING, "east", PUSH_BINDING, "west", PUSH_BINDING);
        ObjectNode tree = Json.mapper().valueToTree(TestScenarios.test4x3());
        ((ObjectNode) tree.get("binding")).put("signingHedges", true);
        Scenario hedging = Json.mapper().treeToValue(tree, Scenario.class);
        Scenario plain = TestScenarios.test4x3();
        Delegation north = plain.delegation("north").orElseThrow();

        Tally hedged = Tally.of(hedging, text, decisions);
        assertThat(hedged.bindingReached()).isTrue();
        assertThat(Scorer.score(hedging, north, text, hedged, 1.0).breakdown().get("binding"))
                .isEqualTo(-1.0);
        Tally full = Tally.of(plain, text, decisions);
        assertThat(Scorer.score(plain, north, text, full, 1.0).breakdown().get("binding"))
                .isEqualTo(-2.0);
    }

    @Test
    void theBindingWeightCountsWhenTheCoalitionReachesItsThreshold() {
        // east pushes: text 0 + 1 - 8; no constraints or red lines (does not sign); PUSH -6;
        // breadth 4 * 1/12; binding reached -8; standing 3 (north pushed too).
        Outcome o = scenarioB();
        Score s = o.scores().get("east");

        assertThat(o.bindingCount()).isEqualTo(5);
        assertThat(o.bindingReached()).isTrue();
        assertThat(s.breakdown()).isEqualTo(parts(-7, 0, 0, -6, 0.33, -8, 3, 0, 0));
        assertThat(s.total()).isEqualTo(-17.67);
        assertThat(s.percent()).isEqualTo(38.51);
    }

    @Test
    void constraintsAndRedLinesApplyOnlyToSignatories() {
        // Everyone signs law=applies, control=appropriate, forum=treaty. East: text 2 + 4 - 8;
        // treaty costs 5 and is a red line (10); SIGN 2; breadth 4 * 12/12; standing 3. West: text
        // 1 + 2 - 2; treaty costs 3; SIGN 0; breadth 1; standing 2.
        Outcome o = Played.withText(Map.of("forum", "treaty"))
                .decideAll("north", SIGN, "south", SIGN, "east", SIGN, "west", SIGN)
                .outcome();

        assertThat(o.signatoryCount()).isEqualTo(12);
        assertThat(o.scores().get("east").breakdown()).isEqualTo(parts(-2, -5, -10, 2, 4, 0, 3, 0, 0));
        assertThat(o.scores().get("east").total()).isEqualTo(-8);
        assertThat(o.scores().get("east").percent()).isEqualTo(55.17);
        assertThat(o.scores().get("west").breakdown()).isEqualTo(parts(1, -3, 0, 0, 1, 0, 2, 0, 0));
        assertThat(o.scores().get("west").percent()).isEqualTo(47.83);
    }

    @Test
    void aBrokenPledgeCostsTheWholeTrustWeight() {
        MatchDriver d = Played.withText(Map.of("control", "meaningful", "forum", "un"));
        ok(d.seat("west").pledge(SIGN));
        Score s = d.decideAll("north", SIGN, "south", PUSH_BINDING, "east", SIGN, "west", ABSTAIN)
                .outcome()
                .scores()
                .get("west");

        // as in scenario A, plus trust 3 * (0 kept of 1 - 1)
        assertThat(s.breakdown()).isEqualTo(parts(7, 0, 0, 1, 0.83, 0, 0, -3, 0));
        assertThat(s.total()).isEqualTo(5.83);
        assertThat(s.percent()).isEqualTo(68.84);
    }

    @Test
    void trustCostsTheShareOfCommitmentsBroken() {
        MatchDriver d = Played.withText(Map.of("control", "meaningful", "forum", "un"));
        ok(d.seat("west").pledge(SIGN));
        ok(d.seat("west").pledge(ABSTAIN));
        Score s = d.decideAll("north", SIGN, "south", PUSH_BINDING, "east", SIGN, "west", ABSTAIN)
                .outcome()
                .scores()
                .get("west");

        assertThat(s.breakdown()).containsEntry("trust", -1.5); // 3 * (1/2 - 1)
    }

    @Test
    void everyoneSigningTheDraftIsNorthsBestOutcome() {
        // text 5 + 3 + 5, SIGN 3, breadth 10 * 12/12, standing 2: 28, the best north can get.
        Score s = MatchDriver.open()
                .decideAll("north", SIGN, "south", SIGN, "east", SIGN, "west", SIGN)
                .outcome()
                .scores()
                .get("north");

        assertThat(s.total()).isEqualTo(28);
        assertThat(s.percent()).isEqualTo(100);
    }

    @Test
    void northsWorstOutcomeScoresZeroPercent() {
        // North pushes against law=silent, control=none, forum=treaty: text -9, PUSH -3; nobody
        // signs; five push (binding -2); east abstains (standing 0); its one pledge broken (trust -5).
        MatchDriver d = Played.withText(Map.of("law", "silent", "control", "none", "forum", "treaty"));
        ok(d.seat("north").pledge(SIGN));
        Score s = d.decideAll("north", PUSH_BINDING, "south", PUSH_BINDING, "east", ABSTAIN, "west", PUSH_BINDING)
                .outcome()
                .scores()
                .get("north");

        assertThat(s.breakdown()).isEqualTo(parts(-9, 0, 0, -3, 0, -2, 0, -5, 0));
        assertThat(s.total()).isEqualTo(-19);
        assertThat(s.percent()).isEqualTo(0);
    }

    private static double[] bounds(Scenario s, String seat) {
        Scorer.Range r = Scorer.range(s, s.delegation(seat).orElseThrow());
        return new double[] {r.best(), r.worst()};
    }

    @Test
    void rangeTakesTheBestAndWorstTextAndDecisionThenTheExtremesOfTheRest() {
        Scenario s = TestScenarios.test4x3();
        // docs/RULES.md, "Best and worst": for each decision D, decisions[D] plus, per clause, the
        // largest (smallest) v(c, o, D) = value, minus cost and red-line penalty when D = SIGN; best
        // takes the largest of the three, worst the smallest; then best adds max(0, breadth) +
        // max(0, binding) + max(0, standing) + 3 * max(0, influence), worst adds min(0, breadth) +
        // min(0, binding, -failedPushCost) + min(0, standing) - trust. test-4x3 has no endorsement,
        // influence or failed-push cost, so those terms are 0. Clauses in order law, control, forum.

        // north: law applies 5, silent -3; control appropriate 3, meaningful 2 (cost 1 if signing),
        // none -4; forum summit 5, un 0, treaty -2; no red line. SIGN 3, ABSTAIN -2, PUSH -3.
        //   SIGN:    max 3 + (5 + 3 + 5) = 16     min 3 + (-3 - 4 - 2) = -6  (meaningful 2 - 1 = 1 is neither)
        //   ABSTAIN: max -2 + (5 + 3 + 5) = 11    min -2 + (-3 - 4 - 2) = -11
        //   PUSH:    max -3 + (5 + 3 + 5) = 10    min -3 + (-3 - 4 - 2) = -12
        // best 16 + breadth 10 + binding max(0, -2) = 0 + standing 2 = 28;
        // worst -12 + breadth 0 + binding min(0, -2, 0) = -2 + standing 0 - trust 5 = -19.
        assertThat(bounds(s, "north")).containsExactly(28.0, -19.0);
        // south: law applies 4, silent -5; control appropriate -1, meaningful 6, none -6 (a red line,
        // penalty 8 if signing: -6 - 8 = -14); forum summit -1, un 2, treaty 7; no costs.
        // SIGN 1, ABSTAIN -1, PUSH 2.
        //   SIGN:    max 1 + (4 + 6 + 7) = 18     min 1 + (-5 - 14 - 1) = -19
        //   ABSTAIN: max -1 + (4 + 6 + 7) = 16    min -1 + (-5 - 6 - 1) = -13
        //   PUSH:    max 2 + (4 + 6 + 7) = 19     min 2 + (-5 - 6 - 1) = -10
        // best 19 + breadth 2 + binding 8 + standing 2 = 31;
        // worst -19 + breadth 0 + binding min(0, 8, 0) = 0 + standing 0 - trust 5 = -24.
        assertThat(bounds(s, "south")).containsExactly(31.0, -24.0);
        // east: law applies 2, silent 0; control appropriate 4, meaningful -3 (cost 4 if signing:
        // -7), none 1; forum summit 3, un 1, treaty -8 (cost 5 and red line 10 if signing:
        // -8 - 5 - 10 = -23). SIGN 2, ABSTAIN 0, PUSH -6.
        //   SIGN:    max 2 + (2 + 4 + 3) = 11     min 2 + (0 - 7 - 23) = -28
        //   ABSTAIN: max 0 + (2 + 4 + 3) = 9      min 0 + (0 - 3 - 8) = -11
        //   PUSH:    max -6 + (2 + 4 + 3) = 3     min -6 + (0 - 3 - 8) = -17
        // best 11 + breadth 4 + binding max(0, -8) = 0 + standing 3 = 18;
        // worst -28 + breadth 0 + binding -8 + standing 0 - trust 4 = -40.
        assertThat(bounds(s, "east")).containsExactly(18.0, -40.0);
        // west: law applies 1, silent 1; control appropriate 2, meaningful 0, none 0; forum summit -3,
        // un 6, treaty -2 (cost 3 if signing: -5); no red line. SIGN 0, ABSTAIN 1, PUSH -2.
        //   SIGN:    max 0 + (1 + 2 + 6) = 9      min 0 + (1 + 0 - 5) = -4
        //   ABSTAIN: max 1 + (1 + 2 + 6) = 10     min 1 + (1 + 0 - 3) = -1
        //   PUSH:    max -2 + (1 + 2 + 6) = 7     min -2 + (1 + 0 - 3) = -4
        // best 10 + breadth 1 + binding max(0, -3) = 0 + standing 2 = 13;
        // worst -4 (SIGN or PUSH) + breadth 0 + binding -3 + standing 0 - trust 3 = -10.
        assertThat(bounds(s, "west")).containsExactly(13.0, -10.0);
    }

    @Test
    void optionValueSubtractsCostAndRedLineOnlyWhenSigning() {
        var east = TestScenarios.test4x3().delegation("east").orElseThrow().preferences();

        assertThat(Scorer.optionValue(east, "forum", "treaty", SIGN)).isEqualTo(-23);
        assertThat(Scorer.optionValue(east, "forum", "treaty", ABSTAIN)).isEqualTo(-8);
        assertThat(Scorer.optionValue(east, "forum", "unknown", SIGN)).isEqualTo(0);
    }

    @Test
    void noTextAndNoSetOfDecisionsScoresOutsideTheBounds() {
        Scenario s = TestScenarios.test4x3();
        List<Map<String, String>> texts = allTexts(s);
        int scored = 0;
        for (Map<String, String> text : texts) {
            for (int combo = 0; combo < 81; combo++) {
                Map<String, Decision> decisions = new LinkedHashMap<>();
                int c = combo;
                for (Delegation d : s.playable()) {
                    decisions.put(d.id(), Decision.values()[c % 3]);
                    c /= 3;
                }
                Tally tally = Tally.of(s, text, decisions);
                for (Delegation d : s.playable()) {
                    for (double trust : new double[] {0, 0.5, 1}) {
                        Score score = Scorer.score(s, d, text, tally, trust);
                        assertThat(score.total()).isBetween(score.worst(), score.best());
                        assertThat(score.percent()).isBetween(0.0, 100.0);
                        assertThat(score.percent())
                                .isCloseTo(
                                        100 * (score.total() - score.worst()) / (score.best() - score.worst()),
                                        within(0.1));
                        scored++;
                    }
                }
            }
        }
        assertThat(scored).isEqualTo(18 * 81 * 4 * 3);
    }

    @Test
    void aDelegationWithNothingAtStakeScoresAHundredPercent() {
        Scenario base = TestScenarios.test4x3();
        Delegation indifferent = new Delegation(
                "north",
                "Northland",
                "hosts",
                true,
                "",
                "",
                "",
                new Preferences(null, null, null, null, null, null, null, null, null, null, null, null),
                null);
        Scenario s = new Scenario(
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
                base.defaultDecision(),
                base.clauses(),
                base.blocs(),
                List.of(indifferent),
                List.of(),
                base.injects(),
                base.debrief(),
                null,
                null,
                null,
                null);

        Score score = Scorer.score(
                s,
                indifferent,
                Map.of("law", "applies"),
                Tally.of(s, Map.of("law", "applies"), Map.of("north", ABSTAIN)),
                1.0);

        assertThat(score.best()).isEqualTo(score.worst());
        assertThat(score.percent()).isEqualTo(100);
    }

    private static List<Map<String, String>> allTexts(Scenario s) {
        List<Map<String, String>> texts = List.of(new LinkedHashMap<>());
        for (Clause c : s.clauses()) {
            List<Map<String, String>> next = new java.util.ArrayList<>();
            for (Map<String, String> t : texts) {
                for (ClauseOption o : c.options()) {
                    Map<String, String> m = new LinkedHashMap<>(t);
                    m.put(c.id(), o.id());
                    next.add(m);
                }
            }
            texts = next;
        }
        return texts;
    }
}

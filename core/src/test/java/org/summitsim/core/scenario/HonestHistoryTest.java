package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitsim.core.json.Json;
import org.summitsim.core.lint.Calibration;
import org.summitsim.core.lint.ScenarioLinter;

/**
 * The comparison with history claims no more than the sources: a seat whose real decision is
 * unknown is neither a signer nor a non-signer, "more than 60" has no upper bound, and a group
 * that stands in for unnamed governments is never presented as a record.
 */
class HonestHistoryTest {

    @Test
    void aSeatOfUnknownDecisionIsNotCountedAsANonSigner() throws IOException {
        // Beta's decision unknown: 6 sign without it, 7 with it; the sources report 7.
        Scenario s = example(root -> history(root, "beta").remove("decision"));

        assertThat(ScenarioLinter.lint(s)).map(Problem::path).doesNotContain("debrief.signatoryRange");
        Calibration c = Calibration.of(s);
        assertThat(c.unknown()).containsExactly("beta");
        assertThat(c.fewestSignatories()).isEqualTo(6);
        assertThat(c.mostSignatories()).isEqualTo(7);
        assertThat(c.describe()).isEqualTo("6 to 7 (1 seat of unknown decision, counted neither way)");
    }

    @Test
    void theRangeCheckStillWarnsWhenNoOutcomeTheRecordAllowsFitsAndSaysHowUncertainItIs() throws IOException {
        Scenario s = example(root -> {
            history(root, "beta").remove("decision");
            range(root).put("min", 9).remove("max");
        });

        assertThat(ScenarioLinter.lint(s))
                .map(Problem::toString)
                .contains("debrief.signatoryRange: with every seat"
                        + " deciding as its state really did on the draft text, 6 to 7 (1 seat of unknown decision,"
                        + " counted neither way) states sign, which cannot meet the reported range 9 or more; adjust the"
                        + " background groups");
    }

    @Test
    void aGameThatOpensOnAnotherDraftIsCheckedOnTheTextTheStatesReallySigned() throws IOException {
        // The game opens with a treaty call in the draft; the observers sign only without one, so on
        // the draft history cannot add up. The real states signed a text that left it out.
        Scenario opensOnTreaty = example(root -> draft(root, "treaty", "negotiate"));
        assertThat(ScenarioLinter.lint(opensOnTreaty))
                .map(Problem::path)
                .contains("debrief.signatoryRange", "backgroundStates[0].rule");

        Scenario withRealText = example(root -> {
            draft(root, "treaty", "negotiate");
            ((ObjectNode) root.path("debrief")).putObject("adoptedText").put("treaty", "silent");
        });
        assertThat(ScenarioValidator.validate(withRealText)).isEmpty();
        assertThat(Calibration.of(withRealText).text()).containsEntry("treaty", "silent");
        assertThat(Calibration.of(withRealText).signatories()).isEqualTo(7);
        assertThat(ScenarioLinter.lint(withRealText))
                .map(Problem::path)
                .doesNotContain("debrief.signatoryRange", "backgroundStates[0].rule");
    }

    @Test
    void theAdoptedTextNamesOnlyClausesAndWordingsOfTheScenario() throws IOException {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class,
                () -> example(root -> ((ObjectNode) root.path("debrief"))
                        .putObject("adoptedText")
                        .put("treaty", "ban")
                        .put("forum", "un")));

        assertThat(e).isNotNull();
        assertThat(e.problems())
                .map(Problem::toString)
                .containsExactlyInAnyOrder(
                        "debrief.adoptedText.treaty: option \"ban\" is not an option of clause \"treaty\" (options:"
                                + " silent, negotiate)",
                        "debrief.adoptedText.forum: \"forum\" is not a clause (known: control, treaty)");
    }

    @Test
    void moreThanSixtyHasNoUpperBound() throws IOException {
        // "5 or more": leaving out max is valid, and any count from 5 up is inside.
        Scenario s = example(root -> range(root).put("min", 5).remove("max"));

        assertThat(ScenarioValidator.validate(s)).isEmpty();
        assertThat(ScenarioLinter.lint(s)).map(Problem::path).doesNotContain("debrief.signatoryRange");
        assertThat(s.debrief().signatoryRange().contains(5)).isTrue();
        assertThat(s.debrief().signatoryRange().contains(1000)).isTrue();
        assertThat(s.debrief().signatoryRange().contains(4)).isFalse();
        assertThat(s.debrief().signatoryRange().describe()).isEqualTo("5 or more");
    }

    @Test
    void theShippedHagueRangeIsOpenEnded() {
        for (String id : List.of("hague-2023", "classroom-mini")) {
            Debrief.Range r = ScenarioCatalog.load(id).debrief().signatoryRange();
            assertThat(r.min()).as(id).isEqualTo(57);
            assertThat(r.openEnded()).as(id).isTrue();
            assertThat(r.contains(65)).as(id).isTrue();
        }
    }

    @Test
    void aPlayedDelegationCannotBeAStandIn() throws IOException {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class,
                () -> example(root -> history(root, "beta").put("standIn", true)));

        assertThat(e).isNotNull();
        assertThat(e.problems())
                .map(Problem::toString)
                .containsExactly("delegations[1].history.standIn:"
                        + " a delegation is a real state, not a stand-in; only background groups may stand in for governments"
                        + " the scenario does not name");
    }

    @Test
    void newsSaidAfterTheSummitIsSuggestedOnlyForTheFinalPhase() throws IOException {
        Scenario s = example(root -> ((ObjectNode) root.path("injects").get(0))
                .put("title", "After the summit: critics call it weak")
                .put("when", "ROUND 1"));

        assertThat(ScenarioLinter.lint(s))
                .map(Problem::toString)
                .contains(
                        "injects[0].when: it reports what was said"
                                + " after the summit, so no delegation could hear it while negotiating; suggest it for FINAL, not ROUND 1");
    }

    @Test
    void theHagueCriticismsOfTheFinalTextSaySoAndComeLast() {
        for (String id : List.of("dorsey", "stop-killer-robots", "slaughterbots")) {
            Inject inject = ScenarioCatalog.load("hague-2023").inject(id).orElseThrow();
            assertThat(inject.title()).as(id).startsWith("After the summit:");
            assertThat(inject.text()).as(id).contains("after the real summit");
            assertThat(inject.when()).as(id).isEqualTo("FINAL");
        }
    }

    static List<String> shipped() {
        return ScenarioCatalog.ids();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyGroupStandingInForUnnamedGovernmentsIsMarkedAndNamedStatesAreNot(String id) {
        for (BackgroundState b : ScenarioCatalog.load(id).backgroundStates()) {
            boolean group =
                    b.count() > 1 || b.history() == null || b.history().note().contains("Stands in");
            assertThat(b.history()).as(b.id()).isNotNull();
            assertThat(b.history().standIn()).as(b.id()).isEqualTo(group);
            assertThat(b.history().note()).as(b.id()).doesNotContainIgnoringCase("in reality");
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void noNoteCountsASeatOfUnknownDecisionAsNotSigning(String id) {
        for (Delegation d : ScenarioCatalog.load(id).playable()) {
            if (d.history().decision() == null) {
                assertThat(d.history().note()).as(d.id()).doesNotContain("counts it as not signing");
            }
        }
    }

    private static Scenario example(Consumer<ObjectNode> change) throws IOException {
        String guide = Files.readString(Path.of("../docs/SCENARIOS.md"));
        String section = guide.substring(guide.indexOf("## Worked example"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        ObjectNode root =
                (ObjectNode) Json.mapper().readTree(section.substring(start, section.indexOf("\n```", start)));
        change.accept(root);
        return ScenarioReader.parse(Json.mapper().writeValueAsString(root), "worked example, changed");
    }

    private static ObjectNode history(ObjectNode root, String seat) {
        for (JsonNode d : root.path("delegations")) {
            if (d.path("id").asText().equals(seat)) {
                return (ObjectNode) d.path("history");
            }
        }
        throw new IllegalArgumentException(seat);
    }

    private static void draft(ObjectNode root, String clause, String option) {
        for (JsonNode c : root.path("clauses")) {
            if (c.path("id").asText().equals(clause)) {
                ((ObjectNode) c).put("draft", option);
            }
        }
    }

    private static ObjectNode range(ObjectNode root) {
        return (ObjectNode) root.path("debrief").path("signatoryRange");
    }
}

package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitsim.core.lint.Calibration;
import org.summitsim.core.lint.ScenarioLinter;
import org.summitsim.core.scoring.Scorer;

/** The shipped scenarios are valid, calibrated against history, and worth negotiating in. */
class ShippedScenariosTest {

    static List<String> shipped() {
        return ScenarioCatalog.ids();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void validatesAndLintsWithoutAnyProblem(String id) {
        Scenario s = ScenarioCatalog.load(id);

        assertThat(ScenarioValidator.validate(s)).isEmpty();
        assertThat(ScenarioLinter.lint(s)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void historicalDecisionsOnTheRealTextLandInTheReportedRange(String id) {
        Scenario s = ScenarioCatalog.load(id);
        Calibration c = Calibration.of(s);

        // Seats of unknown decision count neither way: the outcomes the record allows meet the reported range.
        assertThat(c.fits(s.debrief().signatoryRange()))
                .as(
                        "%s: %s signatories, range %s",
                        id, c.describe(), s.debrief().signatoryRange())
                .isTrue();
        // And the historical bots' line-up (unknown seats at the scenario default) lands inside it.
        assertThat(s.debrief().signatoryRange().contains(c.signatories()))
                .as(
                        "%s: %d signatories, range %s",
                        id, c.signatories(), s.debrief().signatoryRange())
                .isTrue();
        for (BackgroundState b : s.backgroundStates()) {
            if (b.attended() && b.history() != null && b.history().decision() != null) {
                assertThat(c.tally().decisions().get(b.id()))
                        .as(b.id())
                        .isEqualTo(b.history().decision());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void delegationsWantDifferentTexts(String id) {
        Scenario s = ScenarioCatalog.load(id);
        Set<Map<String, String>> ideals = new HashSet<>();
        for (Delegation d : s.playable()) {
            Map<String, String> ideal = new HashMap<>();
            for (Clause c : s.clauses()) {
                ideal.put(
                        c.id(),
                        c.options().stream()
                                .max((a, b) -> Double.compare(
                                        Scorer.optionValue(d.preferences(), c.id(), a.id(), Decision.SIGN),
                                        Scorer.optionValue(d.preferences(), c.id(), b.id(), Decision.SIGN)))
                                .orElseThrow()
                                .id());
            }
            ideals.add(ideal);
        }
        // Most seats have their own ideal text: there is something to negotiate between them.
        assertThat(ideals.size()).as(id).isGreaterThanOrEqualTo((s.playable().size() + 1) / 2);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyPlayableSeatHasABriefAndASourcedHistory(String id) {
        for (Delegation d : ScenarioCatalog.load(id).playable()) {
            assertThat(d.profile()).as(d.id()).isNotBlank();
            assertThat(d.publicStance()).as(d.id()).isNotBlank();
            assertThat(d.history()).as(d.id()).isNotNull();
            assertThat(d.history().note()).as(d.id()).isNotBlank();
        }
    }

    @Test
    void hagueSignatoriesMatchTheReportedOnes() {
        Scenario s = ScenarioCatalog.load("hague-2023");
        Calibration c = Calibration.of(s);

        assertThat(c.signatories()).isGreaterThanOrEqualTo(57);
        assertThat(c.mostSignatories()).isLessThanOrEqualTo(c.tally().attendingStates());
        assertThat(c.tally().attendingStates()).isBetween(78, 82);
        assertThat(c.signers())
                .contains(
                        "netherlands",
                        "republic-of-korea",
                        "united-states",
                        "china",
                        "united-kingdom",
                        "france",
                        "germany",
                        "japan")
                .doesNotContain("israel", "india", "brazil", "south-africa");
        assertThat(c.tally().bindingReached()).isFalse();
    }

    @Test
    void hagueHasTheRealCastAndSetting() {
        Scenario s = ScenarioCatalog.load("hague-2023");

        assertThat(s.chair()).containsExactly("netherlands", "republic-of-korea");
        assertThat(s.playable())
                .hasSizeGreaterThanOrEqualTo(24)
                .extracting(Delegation::id)
                .contains(
                        "united-states",
                        "china",
                        "netherlands",
                        "republic-of-korea",
                        "united-kingdom",
                        "france",
                        "germany",
                        "japan",
                        "india",
                        "brazil",
                        "israel",
                        "austria",
                        "costa-rica",
                        "mexico",
                        "pakistan",
                        "new-zealand");
        assertThat(s.delegation("israel").orElseThrow().history().decision()).isEqualTo(Decision.ABSTAIN);
        assertThat(s.delegation("china").orElseThrow().history().note())
                .contains("Reuters")
                .contains("isputed");
        BackgroundState russia = background(s, "russia");
        assertThat(russia.attended()).isFalse();
        assertThat(russia.history().attended()).isEqualTo("not-invited");
        assertThat(background(s, "ukraine").attended()).isFalse();
        assertThat(s.clauses())
                .hasSizeBetween(8, 10)
                .allSatisfy(c -> assertThat(c.options()).hasSizeBetween(2, 4));
        assertThat(s.injects()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(s.debrief().questions()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(s.debrief().reportedSignatories()).isEqualTo("57 to more than 60");
        assertThat(s.debrief().signatoryRange()).isEqualTo(new Debrief.Range(57, null));
        assertThat(s.debrief().epilogue()).contains("Belén", "78/241", "Seoul", "A Coruña");
    }

    @Test
    void hagueTimingPresetsFitTheirLessons() {
        Scenario s = ScenarioCatalog.load("hague-2023");

        assertThat(s.timingPresets()).extracting(TimingPreset::id).containsExactly("45", "60", "90");
        for (TimingPreset p : s.timingPresets()) {
            assertThat(minutes(p.timing())).as(p.id()).isBetween(p.minutes() * 0.9, p.minutes() * 1.0);
        }
    }

    @Test
    void seoulEndorsersMatchTheReportedOnes() {
        Scenario s = ScenarioCatalog.load("seoul-2024");
        Calibration c = Calibration.of(s);

        assertThat(s.playable()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(c.signatories()).isBetween(60, 61);
        assertThat(c.tally().attendingStates()).isBetween(90, 96);
        assertThat(c.signers()).contains("united-states", "ukraine").doesNotContain("china", "israel");
    }

    @Test
    void classroomMiniIsAShortFirstLesson() {
        Scenario s = ScenarioCatalog.load("classroom-mini");

        assertThat(s.playable()).hasSize(6);
        assertThat(s.clauses()).hasSize(3);
        assertThat(minutes(s.timing())).isBetween(17.0, 22.0);
    }

    private static double minutes(Timing t) {
        return (t.briefing() + t.opening() + t.round() * t.rounds() + t.decision()) / 60.0;
    }

    private static BackgroundState background(Scenario s, String id) {
        return s.backgroundStates().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}

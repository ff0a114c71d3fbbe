package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.summitsim.core.json.Json;
import org.summitsim.core.lint.ScenarioLinter;

/** Lint's advice on a frozen text and on the default decision's two roles. */
class LintAdviceTest {

    private static Scenario withAdoption(Scenario s, String adoptionJson) {
        return ScenarioReader.parse(
                Json.write(s).replaceFirst("\"adoption\":\\{[^}]*}", "\"adoption\":" + adoptionJson));
    }

    @Test
    void aRuleNoSincereVoteCanMeetIsReportedWithTheClosestAmendment() throws IOException {
        Scenario example = AuthoringGuideTest.workedExample();
        assertThat(ScenarioLinter.lint(example)).noneMatch(p -> p.path().equals("adoption"));

        // Alpha, the host, objects to every change; when one objection blocks, nothing can pass.
        Scenario strict = withAdoption(example, "{\"rule\":\"consensus\",\"maxObjections\":0}");
        assertThat(ScenarioLinter.lint(strict))
                .filteredOn(p -> p.path().equals("adoption"))
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .startsWith("no amendment can pass if every delegation votes for what it prefers")
                        .contains("at most 0 objections", "The closest is control -> meaningful (2 for, 1 against)"));
    }

    @Test
    void aBriefThatQuotesAConsoleCommandIsReported() {
        Scenario mini = ScenarioCatalog.load("classroom-mini");
        Scenario quoting = ScenarioReader.parse(
                Json.write(mini).replaceFirst("win Austria over\\.", "win Austria over (`pledge push if coalition`)."));
        assertThat(ScenarioLinter.lint(quoting)).singleElement().satisfies(p -> {
            assertThat(p.path()).matches("delegations\\[\\d+]\\.brief");
            assertThat(p.message()).contains("backticks", "browser", "in words");
        });
    }

    /** A play-test's author gave a preset the lesson's 50 minutes for 35 of play: the warning says which is meant. */
    @Test
    void aPresetsMinutesAreThePlayingTime() {
        Scenario mini = ScenarioCatalog.load("classroom-mini");
        Scenario lesson = ScenarioReader.parse(Json.write(mini).replaceFirst("\"minutes\":30", "\"minutes\":50"));
        assertThat(ScenarioLinter.lint(lesson)).singleElement().satisfies(p -> {
            assertThat(p.path()).matches("timingPresets\\[\\d+]\\.timing");
            assertThat(p.message())
                    .isEqualTo("the phases add up to 29 minutes, not about 50; \"minutes\" is the playing time (the"
                            + " lesson it suits goes in the label), so change it or the phases");
        });
    }

    @Test
    void aDefaultFewRealStatesChoseIsExplainedAsANoteNotAWarning() {
        Scenario mini = ScenarioCatalog.load("classroom-mini");
        assertThat(ScenarioLinter.lint(mini)).isEmpty();
        assertThat(ScenarioLinter.notes(mini)).singleElement().satisfies(n -> {
            assertThat(n.path()).isEqualTo("defaultDecision");
            assertThat(n.message())
                    .startsWith("is ABSTAIN, but only 0 of 4 seats with a known history")
                    .contains(
                            "two roles",
                            "the decision of a seat that never decides",
                            "what projections and bots assume every seat will decide",
                            "SIGN as the default");
        });
    }
}

package org.summitsim.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.summitsim.client.demo.DemoPace;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;

/** The demo's welcome: whole paragraphs, which the console wraps between words at any width. */
class DemoWelcomeTest {

    private final Scenario scenario = ScenarioReader.shipped("hague-2023");

    @Test
    void noSentenceIsBrokenByAHardLineBreak() {
        for (boolean chair : new boolean[] {true, false}) {
            String text = DemoCommand.welcome(scenario, "netherlands", chair, DemoPace.NORMAL);
            assertThat(Arrays.stream(text.split("\n")).filter(line -> !line.isEmpty()))
                    .as(text)
                    .allSatisfy(line -> assertThat(line).endsWith("."));
            assertThat(text).doesNotContain("\n\n\n");
        }
        assertThat(DemoCommand.welcome(scenario, "netherlands", true, DemoPace.NORMAL))
                .contains("Need more time? `pause` stops the clock, `resume` starts it again, `extend 2m` adds time"
                        + " and `advance` skips ahead.");
    }

    /** The welcome says the scenario's own number of rounds, and the time they take at the pace. */
    @Test
    void theWelcomeCountsTheScenariosRounds() {
        assertThat(DemoCommand.welcome(ScenarioReader.shipped("classroom-mini"), "netherlands", true, DemoPace.NORMAL))
                .contains("an opening, two rounds of negotiation, then your final decision: about 13 minutes");
        assertThat(DemoCommand.welcome(scenario, "netherlands", true, DemoPace.NORMAL))
                .contains("an opening, three rounds of negotiation, then your final decision: about 16 minutes");
    }

    /** The example names a bot as a player types it, not by its seat id. */
    @Test
    void theExampleMessageNamesTheBotByItsName() {
        assertThat(DemoCommand.welcome(ScenarioReader.shipped("seoul-2024"), "china", true, DemoPace.NORMAL))
                .contains("Try `dm republic of korea Will you sign?`")
                .doesNotContain("republic-of-korea");
        assertThat(DemoCommand.welcome(scenario, "netherlands", true, DemoPace.NORMAL))
                .contains("Try `dm china Will you sign?`");
    }
}

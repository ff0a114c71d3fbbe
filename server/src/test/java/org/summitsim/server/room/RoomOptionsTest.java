package org.summitsim.server.room;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.summitsim.core.json.Json;
import org.summitsim.core.scenario.ScenarioReader;

/** A room's options refused with what was wrong and what there is. */
class RoomOptionsTest {

    @Test
    void anUnknownTimingPresetNamesThePresetsAndTellsAPaceFromATiming() throws Exception {
        var mini = ScenarioReader.shipped("classroom-mini");
        assertThatThrownBy(() -> RoomOptions.parse(
                        Json.mapper().readTree("{\"timing\":\"quick\"}"), mini, BotFactory.builtIn(0)))
                .hasMessage("The scenario has no timing preset \"quick\". Its presets: 10, 20, 30."
                        + " \"quick\" is a pace (\"pace\"), which sets how fast bots speak and votes close, not the"
                        + " phases' length.");
        assertThatThrownBy(() ->
                        RoomOptions.parse(Json.mapper().readTree("{\"timing\":\"50\"}"), mini, BotFactory.builtIn(0)))
                .hasMessage("The scenario has no timing preset \"50\". Its presets: 10, 20, 30.");
    }
}

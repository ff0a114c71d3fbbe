package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;

/** The rule script in docs/BOTS.md works as the guide says, so teachers can copy it. */
class BotsGuideTest {

    @Test
    void theGuidesExampleScriptPlaysWithoutInvalidMoves() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "BOTS.md"));
        int start = guide.indexOf("```json\n{\n  \"name\": \"Treaty hawk\"");
        String json = guide.substring(guide.indexOf('\n', start) + 1, guide.indexOf("```", start + 7));
        Script script = Json.mapper().readValue(json, Script.class);
        Scenario s = ScenarioReader.shipped("classroom-mini");
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Delegation d : s.playable()) {
            boolean scripted = d.id().equals(s.playable().get(0).id());
            bots.put(
                    d.id(),
                    scripted
                            ? ScriptBot.of(script, new BotSeat(d.id(), new SplittableRandom(1), d.history()))
                            : Strategies.create("utility", s, d.id(), 1));
            names.put(d.id(), scripted ? "script" : "utility");
        }
        MatchRecord r = new HeadlessMatch(s, 1, Settings.of(s), bots, names, BotCaller.DIRECT).play();
        assertThat(r.log())
                .contains(new Event.FloorStatement(
                        s.playable().get(0).id(), "We came here for a treaty, not for words."));
        assertThat(r.log())
                .anyMatch(e -> e instanceof Event.AmendmentProposed p
                        && p.seat().equals(s.playable().get(0).id())
                        && p.option().equals("negotiate"));
        assertThat(r.seats().get(s.playable().get(0).id()).invalid()).isZero();
        assertThat(r.outcome().decisions().get(s.playable().get(0).id()).defaulted())
                .isFalse();
    }
}

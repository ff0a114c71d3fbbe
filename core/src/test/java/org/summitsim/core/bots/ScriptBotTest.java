package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.summitsim.core.headless.BotCaller;
import org.summitsim.core.headless.HeadlessMatch;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;

class ScriptBotTest {

    static final String SCRIPT = """
            {"name": "Treaty hawk", "fallback": "silent", "rules": [
              {"when": {"phase": "OPENING"}, "then": [{"say": "We want a treaty."}]},
              {"when": {"phase": "ROUND 1", "text": {"forum": ["summit"]}},
               "then": [{"propose": {"clause": "forum", "option": "treaty", "rationale": "Only law protects."}}]},
              {"when": {"amendment": {"clause": "control", "option": "meaningful"}}, "then": [{"cosponsor": true}]},
              {"when": {"offerFrom": "any"}, "then": [{"decline": true}]},
              {"when": {"phase": "FINAL"}, "then": [{"decide": "push", "statement": "Law, not words."}]}
            ]}""";

    @Test
    void aScriptSpeaksProposesAndDecidesAsWritten() throws Exception {
        Scenario s =
                Json.mapper().readValue(getClass().getResourceAsStream("/scenarios/test-4x3.json"), Scenario.class);
        Script script = Json.mapper().readValue(SCRIPT, Script.class);
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Delegation d : s.playable()) {
            bots.put(
                    d.id(),
                    d.id().equals("south")
                            ? ScriptBot.of(script, new BotSeat("south", new SplittableRandom(1), d.history()))
                            : Strategies.create("silent", s, d.id(), 1));
            names.put(d.id(), d.id().equals("south") ? "script" : "silent");
        }
        MatchRecord r = new HeadlessMatch(s, 1, Settings.of(s), bots, names, BotCaller.DIRECT).play();
        List<Event> log = r.log();
        assertThat(log).contains(new Event.FloorStatement("south", "We want a treaty."));
        assertThat(log)
                .anyMatch(e -> e instanceof Event.AmendmentProposed p
                        && p.seat().equals("south")
                        && p.clause().equals("forum")
                        && p.option().equals("treaty"));
        assertThat(r.outcome().decisions().get("south").decision()).isEqualTo(Decision.PUSH_BINDING);
        assertThat(r.outcome().decisions().get("south").statement()).isEqualTo("Law, not words.");
        assertThat(r.seats().get("south").invalid()).isZero();
    }

    @Test
    void aScriptWithAnUnknownFallbackIsRefusedWithTheChoices() throws Exception {
        Script script = Json.mapper().readValue("{\"name\":\"x\",\"fallback\":\"clever\",\"rules\":[]}", Script.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ScriptBot.of(script, new BotSeat("north", new SplittableRandom(1), null)))
                .hasMessageContaining("clever")
                .hasMessageContaining("utility");
    }
}

package org.summitsim.core.bots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.summitsim.core.scenario.ScenarioCatalog;
import org.summitsim.core.scenario.ScenarioReader;

class BotsTest {

    static MatchRecord play(Scenario s, String strategy, long seed) {
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Delegation d : s.playable()) {
            bots.put(d.id(), Strategies.create(strategy, s, d.id(), seed));
            names.put(d.id(), strategy);
        }
        return new HeadlessMatch(s, seed, Settings.of(s), bots, names, BotCaller.DIRECT).play();
    }

    @Test
    void decisionStatementsSpeakOfTheDelegationsOwnClauseInItsOwnWords() {
        Scenario hague = ScenarioReader.shipped("hague-2023");
        MatchRecord r = play(hague, "utility", 1);
        java.util.Set<String> titles = new java.util.HashSet<>();
        hague.clauses().forEach(c -> titles.add("\"" + c.title() + "\""));
        java.util.Set<String> distinct = new java.util.HashSet<>();
        r.outcome().decisions().forEach((seat, d) -> {
            String name = hague.delegation(seat).orElseThrow().name();
            assertThat(d.statement())
                    .as(seat)
                    .contains(name)
                    .doesNotContain(seat + " ", "=")
                    .satisfies(st -> assertThat(titles).anyMatch(st::contains));
            distinct.add(d.statement().replace(name, "X"));
        });
        // the same decision reads differently by the clause that mattered and how it ended
        assertThat(distinct).hasSizeGreaterThan(8);
    }

    @Test
    void historicalBotsReproduceTheHagueSummit() {
        Scenario hague = ScenarioReader.shipped("hague-2023");
        MatchRecord r = play(hague, "historical", 1);
        assertThat(r.outcome().signatoryCount()).isBetween(57, 61);
        assertThat(r.outcome().decisions().get("israel").decision()).isNotEqualTo(Decision.SIGN);
        for (Delegation d : hague.playable()) {
            Decision real = d.history().decision() == null
                    ? hague.defaultDecision()
                    : d.history().decision();
            assertThat(r.outcome().decisions().get(d.id()).decision())
                    .as(d.id())
                    .isEqualTo(real);
        }
        assertThat(r.outcome().decisions().get("united-states").decision()).isEqualTo(Decision.SIGN);
    }

    @Test
    void builtInNegotiatorsOnlySendCommandsTheRulesAccept() {
        for (String id : ScenarioCatalog.ids()) {
            Scenario s = ScenarioReader.shipped(id);
            for (String strategy : List.of("historical", "utility", "mediator", "hardliner", "silent")) {
                MatchRecord r = play(s, strategy, 5);
                assertThat(r.seats().values())
                        .as(id + " " + strategy)
                        .allSatisfy(seat -> assertThat(seat.invalid()).isZero());
            }
        }
    }

    @Test
    void negotiatorsTalkProposeAndDealWhileTheSilentBaselineDoesNot() {
        Scenario s = ScenarioReader.shipped("hague-2023");
        List<Event> talkative = play(s, "utility", 3).log();
        assertThat(talkative).anyMatch(e -> e instanceof Event.FloorStatement);
        assertThat(talkative).anyMatch(e -> e instanceof Event.AmendmentProposed);
        assertThat(talkative).anyMatch(e -> e instanceof Event.PledgeMade);
        List<Event> silent = play(s, "silent", 3).log();
        assertThat(silent)
                .noneMatch(e -> e instanceof Event.FloorStatement
                        || e instanceof Event.AmendmentProposed
                        || e instanceof Event.DealOffered
                        || e instanceof Event.PledgeMade);
    }

    @Test
    void randomBotsAreReproducibleAndSometimesWrong() {
        Scenario s = ScenarioReader.shipped("classroom-mini");
        MatchRecord a = play(s, "random", 77);
        MatchRecord b = play(s, "random", 77);
        assertThat(a.log().stream().map(Json::write).toList())
                .isEqualTo(b.log().stream().map(Json::write).toList());
        assertThat(a.seats().values().stream().mapToInt(x -> x.invalid()).sum()).isPositive();
    }

    @Test
    void unknownStrategyNamesTheChoices() {
        Scenario s = ScenarioReader.shipped("classroom-mini");
        String seat = s.playable().get(0).id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Strategies.create("genius", s, seat, 1))
                .hasMessageContaining("utility")
                .hasMessageContaining("script:FILE");
    }
}

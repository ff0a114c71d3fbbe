package org.summitsim.core.headless;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.Strategies;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Settings;
import org.summitsim.core.scenario.Scenario;

class HeadlessMatchTest {

    static Scenario scenario() throws IOException {
        return Json.mapper()
                .readValue(HeadlessMatchTest.class.getResourceAsStream("/scenarios/test-4x3.json"), Scenario.class);
    }

    static MatchRecord play(Scenario s, String strategy, long seed) {
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (var d : s.playable()) {
            bots.put(d.id(), Strategies.create(strategy, s, d.id(), seed));
            names.put(d.id(), strategy);
        }
        return new HeadlessMatch(s, seed, Settings.of(s), bots, names, BotCaller.DIRECT).play();
    }

    @Test
    void everyStrategyFinishesAMatch() throws IOException {
        Scenario s = scenario();
        for (String strategy : Strategies.BUILT_IN) {
            MatchRecord r = play(s, strategy, 7);
            assertThat(r.outcome().scores()).as(strategy).hasSize(4);
            assertThat(r.log().get(r.log().size() - 1)).as(strategy).isInstanceOf(Event.MatchEnded.class);
            System.out.println(strategy + ": text=" + r.outcome().text() + " signed="
                    + r.outcome().signatoryCount() + " turns=" + r.turns() + " events="
                    + r.log().size() + " seats=" + r.seats().values());
        }
    }

    /**
     * A bot whose answer to a refusal throws (a bot program that has died, say) is taken out with
     * the reason, and the match plays to its end without it; one that fails on hearing the end
     * changes nothing.
     */
    @Test
    void aBotThatFailsOnHearingARefusalIsTakenOutAndTheMatchGoesOn() throws IOException {
        Scenario s = scenario();
        Map<String, Bot> bots = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (var d : s.playable()) {
            bots.put(d.id(), Strategies.create("utility", s, d.id(), 7));
            names.put(d.id(), "utility");
        }
        String seat = s.playable().get(0).id();
        bots.put(seat, new Bot() {
            @Override
            public List<org.summitsim.core.rules.Command> act(
                    org.summitsim.core.view.PlayerView view, List<org.summitsim.core.match.Match.Sequenced> news) {
                return List.of(
                        new org.summitsim.core.rules.Command.CastVote("A99", org.summitsim.core.rules.Ballot.SUPPORT));
            }

            @Override
            public void rejected(org.summitsim.core.rules.Command c, org.summitsim.core.rules.Rejection r) {
                throw new IllegalStateException("my program has died");
            }

            @Override
            public void finished(org.summitsim.core.view.PlayerView view) {
                throw new IllegalStateException("not listening");
            }
        });
        names.put(seat, "broken");
        MatchRecord r = new HeadlessMatch(s, 7, Settings.of(s), bots, names, BotCaller.DIRECT).play();
        assertThat(r.log().get(r.log().size() - 1)).isInstanceOf(Event.MatchEnded.class);
        SeatRecord broken = r.seats().get(seat);
        assertThat(broken.benched()).isTrue();
        assertThat(broken.failure()).contains("IllegalStateException: my program has died");
    }

    @Test
    void sameSeedGivesTheSameLog() throws IOException {
        Scenario s = scenario();
        for (String strategy : List.of("utility", "random", "mediator")) {
            List<String> a =
                    play(s, strategy, 42).log().stream().map(Json::write).toList();
            List<String> b =
                    play(s, strategy, 42).log().stream().map(Json::write).toList();
            assertThat(a).as(strategy).isEqualTo(b);
        }
    }

    /**
     * Bots reuse what they worked out while parts of their view are the same objects. Views that
     * went through JSON are new objects every turn, so nothing is reused: the match must not differ.
     */
    @Test
    void botsPlayTheSameWhetherOrNotTheyCanReuseEarlierWork() {
        Scenario s = org.summitsim.core.scenario.ScenarioReader.shipped("hague-2023");
        List<String> mixed = List.of("utility", "mediator", "hardliner", "silent", "historical");
        for (long seed : List.of(1L, 2L)) {
            Map<String, Bot> reusing = new LinkedHashMap<>();
            Map<String, Bot> fresh = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            int i = 0;
            for (var d : s.playable()) {
                String strategy = mixed.get(i++ % mixed.size());
                reusing.put(d.id(), Strategies.create(strategy, s, d.id(), seed));
                Bot bot = Strategies.create(strategy, s, d.id(), seed);
                fresh.put(d.id(), new Bot() {
                    @Override
                    public List<org.summitsim.core.rules.Command> act(
                            org.summitsim.core.view.PlayerView view,
                            List<org.summitsim.core.match.Match.Sequenced> news) {
                        return bot.act(Json.read(Json.write(view), org.summitsim.core.view.PlayerView.class), news);
                    }

                    @Override
                    public void seatedPeople(java.util.Set<String> seats) {
                        bot.seatedPeople(seats);
                    }
                });
                names.put(d.id(), strategy);
            }
            List<String> a = new HeadlessMatch(s, seed, Settings.of(s), reusing, names, BotCaller.DIRECT)
                    .play().log().stream().map(Json::write).toList();
            List<String> b = new HeadlessMatch(s, seed, Settings.of(s), fresh, names, BotCaller.DIRECT)
                    .play().log().stream().map(Json::write).toList();
            assertThat(a).as("seed %d", seed).hasSizeGreaterThan(500).isEqualTo(b);
        }
    }
}

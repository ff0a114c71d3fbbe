package org.summitsim.client.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.BotSeat;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Match;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.view.PlayerView;

class TournamentTest {

    private static final Scenario MINI = ScenarioReader.shipped("classroom-mini");

    @Test
    void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
        Tournament t = new Tournament(MINI, List.of("utility", "silent", "mediator"), 1000);
        String one = Json.write(t.run(30, 9, 1, n -> { }));
        String two = Json.write(t.run(30, 9, 2, n -> { }));
        assertThat(one).isEqualTo(two);
        assertThat(Json.write(t.run(30, 10, 2, n -> { }))).isNotEqualTo(one);
    }

    @Test
    void strategiesShareTheSeatsAndMoveBetweenThem() {
        Tournament t = new Tournament(MINI, List.of("utility", "silent"), 1000);
        TournamentResult r = t.run(20, 1, 1, n -> { });
        int seats = MINI.playable().size();
        assertThat(r.byStrategy().get("utility").n()).isEqualTo(10L * seats);
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.seats().stream()
                .filter(s -> s.strategy().equals("utility")).count()).isEqualTo(seats / 2));
        assertThat(r.byDelegation().get("utility")).hasSize(seats);
        assertThat(r.byDelegation().get("silent")).hasSize(seats);
        assertThat(r.rows().stream().map(row -> row.seats().get(0).strategy()).distinct()).hasSize(2);
    }

    @Test
    void aBotThatThrowsIsBenchedAndCounted() {
        Tournament t = new Tournament(MINI, List.of("class:" + ThrowingBot.class.getName(), "utility"), 1000);
        TournamentResult r = t.run(2, 1, 1, n -> { });
        assertThat(r.faults().get("class:" + ThrowingBot.class.getName()).errors()).isEqualTo(MINI.playable().size());
        assertThat(r.faults().get("utility").errors()).isZero();
        assertThat(r.rows()).hasSize(2);
    }

    @Test
    void aBotThatHangsTimesOutAndTheTournamentCarriesOn() {
        Tournament t = new Tournament(MINI, List.of("class:" + HangingBot.class.getName(), "silent"), 100);
        TournamentResult r = t.run(1, 1, 1, n -> { });
        assertThat(r.faults().get("class:" + HangingBot.class.getName()).timeouts()).isPositive();
        assertThat(r.rows().get(0).seats()).allSatisfy(s -> assertThat(s.decision()).isNotNull());
    }

    @Test
    void invalidMovesAreCountedPerStrategy() {
        Tournament t = new Tournament(MINI, List.of("random", "silent"), 1000);
        TournamentResult r = t.run(4, 3, 1, n -> { });
        assertThat(r.faults().get("random").invalid()).isPositive();
        assertThat(r.faults().get("silent").invalid()).isZero();
    }

    @Test
    void csvHasOneRowPerMatchAndSeat() throws Exception {
        Tournament t = new Tournament(MINI, List.of("utility"), 1000);
        TournamentResult r = t.run(3, 1, 1, n -> { });
        StringWriter w = new StringWriter();
        CsvExport.write(r, w);
        List<String> lines = w.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(CsvExport.HEADER);
        assertThat(lines).hasSize(1 + 3 * MINI.playable().size());
    }

    @Test
    void unknownStrategyIsRefusedWithTheList() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Tournament(MINI, List.of("genius"), 10))
                .hasMessageContaining("genius").hasMessageContaining("utility");
    }

    public static final class ThrowingBot implements Bot {
        public ThrowingBot(BotSeat seat) {
        }

        @Override
        public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
            throw new IllegalStateException("bug in a bot");
        }
    }

    public static final class HangingBot implements Bot {
        @Override
        public List<Command> act(PlayerView view, List<Match.Sequenced> news) {
            while (true) {
                Thread.onSpinWait();
                if (Thread.currentThread().isInterrupted()) {
                    return List.of();
                }
            }
        }
    }
}

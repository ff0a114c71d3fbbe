package org.summitsim.client.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitsim.core.bots.Bot;
import org.summitsim.core.bots.BotSeat;
import org.summitsim.core.json.Json;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Command;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scenario.ScenarioReader;
import org.summitsim.core.view.PlayerView;

class TournamentTest {

    private static final Scenario MINI = ScenarioReader.shipped("classroom-mini");

    @Test
    void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
        Tournament t = new Tournament(MINI, List.of("utility", "silent", "mediator"), 1000);
        String one = Json.write(t.run(30, 9, 1, n -> {}));
        String two = Json.write(t.run(30, 9, 2, n -> {}));
        assertThat(one).isEqualTo(two);
        assertThat(Json.write(t.run(30, 10, 2, n -> {}))).isNotEqualTo(one);
    }

    @Test
    void strategiesShareTheSeatsAndMoveBetweenThem() {
        Tournament t = new Tournament(MINI, List.of("utility", "silent"), 1000);
        TournamentResult r = t.run(20, 1, 1, n -> {});
        int seats = MINI.playable().size();
        assertThat(r.byStrategy().get("utility").n()).isEqualTo(10L * seats);
        assertThat(r.rows())
                .allSatisfy(row -> assertThat(row.seats().stream()
                                .filter(s -> s.strategy().equals("utility"))
                                .count())
                        .isEqualTo(seats / 2));
        assertThat(r.byDelegation().get("utility")).hasSize(seats);
        assertThat(r.byDelegation().get("silent")).hasSize(seats);
        assertThat(r.rows().stream().map(row -> row.seats().get(0).strategy()).distinct())
                .hasSize(2);
    }

    @Test
    void aBotThatThrowsIsBenchedAndCounted() {
        Tournament t = new Tournament(MINI, List.of("class:" + ThrowingBot.class.getName(), "utility"), 1000);
        TournamentResult r = t.run(2, 1, 1, n -> {});
        assertThat(r.faults().get("class:" + ThrowingBot.class.getName()).errors())
                .isEqualTo(MINI.playable().size());
        assertThat(r.faults().get("utility").errors()).isZero();
        assertThat(r.rows()).hasSize(2);
        // Its author reads what it threw and where, not only that it failed.
        assertThat(r.faults().get("class:" + ThrowingBot.class.getName()).firstFailure())
                .startsWith("the match of seed " + r.rows().get(0).seed() + ", Netherlands, ")
                .contains("the briefing: IllegalStateException: bug in a bot (at ")
                .contains("ThrowingBot.act(TournamentTest.java:");
        assertThat(r.faults().get("utility").firstFailure()).isNull();
        assertThat(ResultsTable.render(r))
                .contains("ThrowingBot was taken out of a match "
                        + MINI.playable().size() + " times (errors and time-outs); the first: the match of seed ");
    }

    /** The analysis names the first seat a bot failed in as the match played it: in the seats' order, not by id. */
    @Test
    void theAnalysisListsTheBotsTakenOutInTheOrderTheSeatsPlay() {
        var analysis = new org.summitsim.core.analysis.Analysis(
                MINI, List.of("class:" + ThrowingBot.class.getName(), "utility"));
        analysis.run(1, 1, 1, n -> {});
        List<String> order = MINI.playable().stream().map(d -> d.id()).toList();
        var faults = analysis.faults().stream().filter(f -> f.match() == 0).toList();
        assertThat(faults).hasSizeGreaterThan(1);
        assertThat(faults.stream().map(f -> order.indexOf(f.seat())).toList()).isSorted();
    }

    @Test
    void aBotThatHangsTimesOutAndTheTournamentCarriesOn() {
        Tournament t = new Tournament(MINI, List.of("class:" + HangingBot.class.getName(), "silent"), 100);
        TournamentResult r = t.run(1, 1, 1, n -> {});
        assertThat(r.faults().get("class:" + HangingBot.class.getName()).timeouts())
                .isPositive();
        assertThat(r.rows().get(0).seats())
                .allSatisfy(s -> assertThat(s.decision()).isNotNull());
    }

    @Test
    void invalidMovesAreCountedPerStrategy() {
        Tournament t = new Tournament(MINI, List.of("random", "silent"), 1000);
        TournamentResult r = t.run(4, 3, 1, n -> {});
        assertThat(r.faults().get("random").invalid()).isPositive();
        assertThat(r.faults().get("silent").invalid()).isZero();
    }

    @Test
    void csvHasOneRowPerMatchAndSeat() throws Exception {
        Tournament t = new Tournament(MINI, List.of("utility"), 1000);
        TournamentResult r = t.run(3, 1, 1, n -> {});
        StringWriter w = new StringWriter();
        CsvExport.write(r, w);
        List<String> lines = w.toString().lines().toList();
        // The columns as docs/BOTS.md documents them, written out here, not read from the code.
        assertThat(lines.get(0))
                .isEqualTo("match,seed,seat,strategy,decision,score,percent,advantage,"
                        + "invalid,errors,timeouts,signatories,binding_reached,welfare_share,pareto_optimal");
        assertThat(lines).hasSize(1 + 3 * MINI.playable().size());
        // RFC 4180 lines: each ends with CRLF, the last one too.
        assertThat(w.toString().split("\r\n", -1))
                .hasSize(1 + 3 * MINI.playable().size() + 1);
        // Each row holds that match's and seat's figures in those columns.
        List<String> columns = List.of(lines.get(0).split(","));
        for (int i = 0; i < 3 * MINI.playable().size(); i++) {
            MatchRow m = r.rows().get(i / MINI.playable().size());
            MatchRow.SeatRow seat = m.seats().get(i % MINI.playable().size());
            List<String> cells = List.of(lines.get(1 + i).split(","));
            assertThat(cells).hasSameSizeAs(columns);
            assertThat(cells.get(columns.indexOf("match"))).isEqualTo(String.valueOf(m.match()));
            assertThat(cells.get(columns.indexOf("seed"))).isEqualTo(String.valueOf(m.seed()));
            assertThat(cells.get(columns.indexOf("seat"))).isEqualTo(seat.seat());
            assertThat(cells.get(columns.indexOf("strategy"))).isEqualTo("utility");
            assertThat(cells.get(columns.indexOf("decision"))).isEqualTo(seat.decision());
            assertThat(Double.parseDouble(cells.get(columns.indexOf("score")))).isEqualTo(seat.score());
            assertThat(Integer.parseInt(cells.get(columns.indexOf("signatories"))))
                    .isEqualTo(m.signatories());
            assertThat(cells.get(columns.indexOf("binding_reached"))).isEqualTo(String.valueOf(m.bindingReached()));
        }
    }

    @Test
    void unknownStrategyIsRefusedWithTheList() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Tournament(MINI, List.of("genius"), 10))
                .hasMessageContaining("genius")
                .hasMessageContaining("utility");
    }

    public static final class ThrowingBot implements Bot {
        public ThrowingBot(BotSeat seat) {}

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

package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.client.console.render.StatusLine;
import org.summitsim.client.console.state.ClientState;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Stage;
import org.summitsim.server.SummitServer;

/** What the status bar and `status` say: only unseen messages count as new, deals to answer, the end. */
@IntegrationTest
class StatusTest {

    @Test
    void beforeTheRoomAnswersTheBarDoesNotGuessAPhase() {
        assertThat(StatusLine.of(new ClientState(), 0)).isEqualTo("Joining the room…");
    }

    @Test
    void theBarCountsDealsToAnswerAndAfterTheResultsNoLongerAsksForADecision() {
        ClientState s = new Sample().state();
        assertThat(StatusLine.of(s, 0)).contains("1 vote to cast | 1 deal to answer");
        s.event(500, 0, new Event.PhaseStarted(Stage.of(Phase.RESULTS), 0), "phase_started", true);
        assertThat(StatusLine.of(s, 0))
                .contains("no decision (default used)")
                .doesNotContain("NOT DECIDED")
                .as("a deal nobody answered can no longer be answered")
                .doesNotContain("to answer", "to cast");
        assertThat(StatusLine.dealsToAnswer(s)).isZero();
    }

    /** An offer the player can no longer accept (its promised vote was cast the other way) waits for nothing. */
    @Test
    void aDealThatCanNoLongerBeKeptIsNotADealToAnswer() {
        Sample sample = new Sample();
        assertThat(StatusLine.dealsToAnswer(sample.state())).isEqualTo(1);
        sample.seat(Sample.ME, new Command.CastVote("A1", org.summitsim.core.rules.Ballot.OPPOSE));
        assertThat(StatusLine.dealsToAnswer(sample.state())).isZero();
        assertThat(StatusLine.of(sample.state(), 0)).doesNotContain("to answer");
    }

    @Test
    void messagesPrintedAsTheyArriveDoNotCountAsNew() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (Chair chair = Chair.facilitator(server.port(), room.facilitatorToken());
                    Chair germany = Chair.player(server.port(), room.code(), "germany")) {
                chair.advanceTo(Stage.round(1));
                ScriptRun run = ScriptRun.start(
                        PlayOptions.join("127.0.0.1", server.port(), "Ada", room.code(), "netherlands"), """
                        wait event deal_offered
                        wait event floor
                        status
                        """);
                ReconnectTest.until(
                        () -> server.players(room.room()) == 2, java.time.Duration.ofSeconds(20), run::output);
                germany.awaitStage(Stage.round(1));
                germany.send(new Command.OfferDeal(
                        "netherlands",
                        new Promise.Support("process", "un"),
                        new Promise.Support("human", "meaningful"),
                        null));
                germany.send(new Command.Say("Hello, friends."));
                assertThat(run.failures()).as(run.output()).isZero();
                assertThat(run.output())
                        .contains(
                                "[floor] Germany: Hello, friends.",
                                "Netherlands | Round 1",
                                "left | 1 deal to answer",
                                "Nothing unread",
                                "1 deal waits for your answer")
                        .as("nothing unread, so no row of zeros")
                        .doesNotContain("| unread:");
            }
        }
    }
}

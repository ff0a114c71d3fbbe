package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Phase;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.server.SummitServer;

/** The teacher's console alone (no seat of its own), against a real room. */
@IntegrationTest
class ChairConsoleTest {

    @Test
    void aBareEndSaysWhatItWouldDoAndEndNowEnds() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            ScriptRun teacher = ScriptRun.run(
                    PlayOptions.join("127.0.0.1", server.port(), "Teacher", null, null)
                            .withToken(room.facilitatorToken()),
                    "start\nend\nstatus\nend now\nwait results 30s\n");
            assertThat(teacher.output()).contains("This would end the summit for everyone now", "type `end now`");
            assertThat(teacher.failures()).as(teacher.output()).isEqualTo(1);
        }
    }

    @Test
    void theTeacherWhoPausesIsToldHowToResumeNotThatTheFacilitatorPaused() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            ScriptRun teacher = ScriptRun.run(
                    PlayOptions.join("127.0.0.1", server.port(), "Teacher", null, null)
                            .withToken(room.facilitatorToken()),
                    "start\npause\nwait event paused 10s\nresume\nwait event resumed 10s\n");
            assertThat(teacher.failures()).as(teacher.output()).isZero();
            assertThat(teacher.output())
                    .contains("The summit is paused; the clock has stopped. Type `resume` to continue.")
                    .doesNotContain("The facilitator paused")
                    // the play-test: a chair without a seat was told "Read your instructions: `brief`"
                    .contains("The delegations read their briefs. `advance` opens the floor")
                    .doesNotContain("Read your instructions");
        }
    }

    @Test
    void advancingPastAnOpenVoteSaysHowManyHaveNotVoted() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (Chair germany = Chair.player(server.port(), room.code(), "germany")) {
                ScriptRun teacher = ScriptRun.start(
                        PlayOptions.join("127.0.0.1", server.port(), "Teacher", null, null)
                                .withToken(room.facilitatorToken()),
                        "start\nadvance\nadvance\nwait event amendment_proposed 30s\nwait 1s\nadvance\n"
                                + "wait event amendment_resolved 10s\n");
                ReconnectTest.until(
                        () -> teacher.output().contains("Now: round 1"), Duration.ofSeconds(30), teacher::output);
                germany.awaitStage(Stage.round(1));
                germany.send(new Command.Propose("process", "bridge", "A bridge."));
                ReconnectTest.until(
                        () -> teacher.output().contains("ADOPTED")
                                || teacher.output().contains("REJECTED"),
                        Duration.ofSeconds(30),
                        teacher::output);
                assertThat(teacher.output())
                        .contains("Closing the vote on A1 now: 5 delegations have not voted and count as abstaining.");
            }
        }
    }

    @Test
    void aStudentWhoComesAfterTheEndIsToldTheSummitIsOverInTheConsolesWords() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (Chair chair = Chair.facilitator(server.port(), room.facilitatorToken())) {
                chair.advanceTo(Stage.of(Phase.RESULTS));
            }
            ScriptRun late =
                    ScriptRun.start(PlayOptions.join("127.0.0.1", server.port(), "Zed", room.code(), null), "");
            var failure = org.assertj.core.api.Assertions.catchThrowable(late::failures);
            assertThat(failure).isNotNull();
            assertThat(org.assertj.core.util.Throwables.getRootCause(failure).getMessage())
                    .isEqualTo("The summit in this room has ended, so its seats are closed. The results are on the"
                            + " projector, and your teacher can share the report.");
        }
    }

    @Test
    void theTeacherSeesThatADelegationDecidedButNeverWhat() throws Exception {
        try (LiveServer server = new LiveServer()) {
            SummitServer.Created room = server.room("classroom-mini", LiveServer.SLOW);
            try (Chair germany = Chair.player(server.port(), room.code(), "germany");
                    Chair chair = Chair.facilitator(server.port(), room.facilitatorToken())) {
                chair.advanceTo(Stage.of(Phase.FINAL));
                ScriptRun teacher = ScriptRun.start(
                        PlayOptions.join("127.0.0.1", server.port(), "Teacher", null, null)
                                .withToken(room.facilitatorToken()),
                        "wait event delegation_decided 30s\nwait 1s\n");
                ReconnectTest.until(
                        () -> teacher.output().contains("You are the facilitator"),
                        Duration.ofSeconds(20),
                        teacher::output);
                germany.awaitStage(Stage.of(Phase.FINAL));
                germany.send(new Command.Decide(Decision.PUSH_BINDING, "Binding law or nothing."));

                assertThat(teacher.failures()).as(teacher.output()).isZero();
                assertThat(teacher.output())
                        .contains("Germany has decided.")
                        .doesNotContain("Your decision", "binding law", "Binding law or nothing");
            }
        }
    }
}

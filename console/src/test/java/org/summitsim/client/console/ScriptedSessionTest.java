package org.summitsim.client.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.SummitServer;

/**
 * Scripted mode against a real server: three consoles play one summit at once, between them
 * using every console command, and each script's output is checked for what the command shows.
 */
@IntegrationTest
class ScriptedSessionTest {

    private LiveServer server;
    private SummitServer.Created room;

    @BeforeEach
    void start() throws Exception {
        server = new LiveServer();
        room = server.room("classroom-mini", LiveServer.SLOW);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private PlayOptions seat(String name, String seat) {
        return PlayOptions.join("127.0.0.1", server.port(), name, room.code(), seat);
    }

    /** The host plays the Netherlands and holds the chair, as in `summit demo`. */
    private static final String HOST = """
            # comments and blank lines are skipped

            help
            help caucus
            status
            brief
            delegations
            delegations germany
            who
            bots fill austria strategy=silent
            bots
            bots remove austria
            assign Cleo spectator
            kick Cleo Thanks for visiting.
            start
            wait phase BRIEFING
            text
            advance
            wait phase OPENING
            say Good afternoon from the host.
            say Something we regret saying.
            hide the netherlands
            floor
            mute germany
            unmute germany
            dm germany Shall we work together on control?
            caucus create Friends of control with germany
            wait event caucus_created
            caucus
            caucus say C1 Hold firm on control.
            caucus invite C1 austria
            caucus C1
            pledge sign if human=meaningful We sign if control is meaningful.
            pledges
            announce Five minutes left in the opening.
            inject hrw
            inject Breaking: A drone incident is reported at sea.
            news
            extend 2m
            pause
            resume
            advance
            wait phase ROUND 1
            # one amendment of our own open at a time: the first is withdrawn before the second
            propose instrument consider Let us consider a treaty later.
            withdraw A1
            propose human meaningful States must keep meaningful human control.
            wait event deal_offered
            deals
            accept D1
            wait event deal_offered
            decline D2
            wait event amendment_proposed
            wait event amendment_proposed
            wait event amendment_proposed
            vote A3 support
            amendments
            monitor
            callvote A2
            wait event amendment_resolved
            # our message to Germany, then Germany's thanks, before the summit moves on
            wait event dm
            wait event dm
            inbox
            dm germany
            caucus leave C1
            ready
            advance
            wait phase FINAL
            score
            decide sign A responsible first step.
            status
            # our decision and Germany's, whichever comes first, before the chair ends the summit
            wait event delegation_decided
            wait event delegation_decided
            end now
            wait results
            results
            quit
            """;

    private static final String GUEST = """
            wait phase ROUND 1
            # the host proposes A1 and withdraws it, then proposes A2; ours must be A3
            wait event amendment_proposed
            wait event amendment_withdrawn
            wait event amendment_proposed
            cosponsor A2
            propose process bridge A bridge to the UN.
            offer netherlands vote A3 support for vote A2 support Yours for mine.
            offer netherlands sign if human=meaningful for push
            wait event deal_accepted
            dm netherlands Thank you, we have a deal.
            wait phase FINAL
            decide abstain We wait for binding law.
            wait results
            results
            """;

    private static final String VISITOR = """
            say Hello before the start.
            wait 20s
            """;

    @Test
    void threeConsolesPlayAWholeSummitWithEveryCommand() throws Exception {
        ScriptRun visitor = ScriptRun.start(seat("Cleo", "costa-rica"), VISITOR);
        ScriptRun guest = ScriptRun.start(seat("Ben", "germany"), GUEST);
        // Both seated before the host starts: its script moves Cleo and kicks her.
        ReconnectTest.until(
                () -> server.players(room.room()) == 2,
                java.time.Duration.ofSeconds(20),
                () -> visitor.output() + guest.output());
        ScriptRun chair = ScriptRun.start(
                seat("Ada", "netherlands").withChair(room.facilitatorToken(), java.util.List.of(), null), HOST);

        int chairFailures = chair.failures();
        String out = chair.output();
        assertShows(
                chair,
                guest,
                "> help",
                "Amend the text (in rounds)",
                "caucus say CAUCUS TEXT",
                "First lesson",
                "Your private brief",
                "counting the 74 states outside this room",
                "What each wording is worth to you",
                "Delegations",
                "germany",
                "Public stance",
                "Cleo",
                "Bots: Austria (silent)",
                "Bot removed.",
                "Cleo is now a spectator.",
                "Cleo has left the room.",
                "The declaration, as it reads now",
                "[floor] You: Good afternoon from the host.",
                "Off every screen: The Netherlands: \u201cSomething we regret saying.\u201d",
                "The facilitator took one of your statements off the screens.",
                "(taken off the screens by the facilitator)",
                "Germany is muted: it cannot send messages until you unmute it.",
                "Germany is unmuted: it can send messages again.",
                "[dm] You → Germany: Shall we work together on control?",
                "[caucus Friends of control] You created it with Germany.",
                "C1",
                "[caucus Friends of control] You: Hold firm on control.",
                "You pledged to sign if",
                "Pledges",
                "CHAIR: Five minutes left",
                "NEWS: ",
                "A drone incident",
                "The facilitator added 2 min",
                "paused",
                "resumes",
                "Amendment A1 by you",
                "You withdrew A1.",
                "Deals",
                "D1",
                "Deal D1 accepted: you are bound by it.",
                "Deal D2 declined.",
                "You voted for A3.",
                "Not yet spoken on the floor:",
                "Amendment A2 ADOPTED",
                "Inbox",
                "dm with Germany",
                "Private messages with Germany",
                "Thank you, we have a deal.",
                "Your projected score",
                "Your decision is sealed: sign.",
                "| decided",
                "Results: ",
                "Final text",
                "Decisions",
                "Scores",
                "← you",
                "What really happened",
                "[caucus Friends of control] You left.",
                "Noted: you are ready to move on.");
        assertThat(chairFailures).as(out).isZero();

        assertThat(guest.failures()).as(guest.output()).isZero();
        assertThat(guest.output())
                .contains(
                        "The facilitator has muted your delegation: you cannot send messages until you are unmuted.",
                        "The facilitator has unmuted your delegation: you can send messages again.",
                        "The facilitator took a statement by the Netherlands off the screens.",
                        "You co-sponsored A2.",
                        "Amendment A3 by you",
                        "You offered the Netherlands deal D1",
                        "Your decision is sealed: abstain.",
                        "Results: ");
        assertThat(visitor.output())
                .contains("you are now a spectator", "The facilitator removed you from the room: Thanks for visiting.");
    }

    /** What is missing comes first in the failure, then both sides of the negotiation. */
    private static void assertShows(ScriptRun host, ScriptRun guest, String... expected) {
        String out = host.output();
        java.util.List<String> missing =
                java.util.Arrays.stream(expected).filter(e -> !out.contains(e)).toList();
        assertThat(missing)
                .withFailMessage("The host's output lacks %s.%nHost:%n%s%nGuest:%n%s", missing, out, guest.output())
                .isEmpty();
    }
}

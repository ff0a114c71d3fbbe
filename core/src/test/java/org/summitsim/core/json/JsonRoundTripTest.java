package org.summitsim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.SampleMatches;
import org.summitsim.core.TestScenarios;
import org.summitsim.core.match.Match;
import org.summitsim.core.rules.Ballot;
import org.summitsim.core.rules.Command;
import org.summitsim.core.rules.Event;
import org.summitsim.core.rules.Promise;
import org.summitsim.core.rules.Stage;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.view.Viewer;

/** The journal and the wire are JSON: everything written must read back as it was. */
class JsonRoundTripTest {

    private static Set<Class<?>> leaves(Class<?> sealed) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (c.isSealed()) {
                out.addAll(leaves(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void theSampleMatchProducesEveryKindOfEvent() {
        Set<Class<?>> kinds = new LinkedHashSet<>();
        SampleMatches.complete().log().forEach(e -> kinds.add(e.getClass()));

        assertThat(kinds).containsExactlyInAnyOrderElementsOf(leaves(Event.class));
    }

    @Test
    void everyEventReadsBackEqual() {
        for (Event e : SampleMatches.complete().log()) {
            String json = Json.write(e);
            assertThat(json).doesNotContain("\n");
            assertThat(Json.read(json, Event.class)).as(json).isEqualTo(e);
        }
    }

    @Test
    void aLogWrittenLineByLineReplaysToTheSameMatch() {
        MatchDriver played = SampleMatches.complete();
        List<Event> read = new ArrayList<>();
        for (String line : played.logLines()) {
            read.add(Json.read(line, Event.class));
        }

        Match replayed = Match.replay(TestScenarios.test4x3(), read);

        for (Viewer v : List.of(Viewer.FACILITATOR, Viewer.SPECTATOR, Viewer.seat("north"), Viewer.seat("west"))) {
            assertThat(Json.write(replayed.view(v))).isEqualTo(Json.write(played.view(v)));
        }
    }

    @Test
    void everyCommandReadsBackEqual() {
        List<Command> commands = List.of(
                new Command.Say("hello"),
                new Command.Whisper("south", "psst"),
                new Command.CreateCaucus("Powers", List.of("west")),
                new Command.InviteToCaucus("C1", "north"),
                new Command.LeaveCaucus("C1"),
                new Command.CaucusSay("C1", "hi"),
                new Command.Propose("forum", "un", "why"),
                new Command.Cosponsor("A1"),
                new Command.Withdraw("A1"),
                new Command.CastVote("A1", Ballot.OPPOSE),
                new Command.MakePledge(Decision.SIGN, List.of(MatchDriver.reads("law", "applies")), "we sign"),
                new Command.OfferDeal(
                        "east",
                        new Promise.Vote("A1", Ballot.SUPPORT),
                        new Promise.Decide(Decision.PUSH_BINDING, List.of()),
                        "deal"),
                new Command.OfferDeal(
                        "west",
                        new Promise.Support("forum", "un"),
                        new Promise.Decide(Decision.SIGN, List.of(MatchDriver.reads("law", "applies"))),
                        null),
                new Command.AcceptDeal("D1"),
                new Command.DeclineDeal("D1"),
                new Command.Decide(Decision.ABSTAIN, "no"),
                new Command.Ready(),
                new Command.Start(),
                new Command.Advance(),
                new Command.Deadline(),
                new Command.Pause(),
                new Command.Resume(),
                new Command.Extend(60),
                new Command.ReleaseInject("report", null, null),
                new Command.Announce("5 minutes"),
                new Command.CallVote("A1"),
                new Command.EndMatch(),
                new Command.HideStatement(7L),
                new Command.Mute("north"),
                new Command.Unmute("north"),
                new Command.Unready("north"));
        Set<Class<?>> covered = new LinkedHashSet<>();

        for (Command c : commands) {
            String json = Json.write(c);
            assertThat(Json.read(json, Command.class)).as(json).isEqualTo(c);
            covered.add(c.getClass());
        }

        assertThat(covered).containsExactlyInAnyOrderElementsOf(leaves(Command.class));
    }

    @Test
    void commandsUseTheirWireNames() {
        assertThat(Json.read("{\"type\":\"dm\",\"to\":\"south\",\"text\":\"hi\"}", Command.class))
                .isEqualTo(new Command.Whisper("south", "hi"));
        assertThat(Json.read("{\"type\":\"vote\",\"amendment\":\"A1\",\"ballot\":\"SUPPORT\"}", Command.class))
                .isEqualTo(new Command.CastVote("A1", Ballot.SUPPORT));
        assertThat(Json.write(new Command.EndMatch())).isEqualTo("{\"type\":\"end\"}");
    }

    @Test
    void aStageIsWrittenAsPhaseAndRound() {
        assertThat(Json.write(Stage.round(2))).isEqualTo("{\"phase\":\"ROUND\",\"round\":2}");
        assertThat(Json.read("{\"phase\":\"FINAL\",\"round\":0}", Stage.class)).isEqualTo(Stage.parse("final"));
    }

    @Test
    void unknownFieldsAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> Json.read("{\"type\":\"say\",\"text\":\"hi\",\"volume\":11}", Command.class))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> Json.read("{\"type\":\"shout\",\"text\":\"hi\"}", Command.class))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void mapsAreWrittenInKeyOrderAndNullsAreLeftOut() {
        String json = Json.write(new Event.DecisionsRevealed(new java.util.LinkedHashMap<>(java.util.Map.of(
                "west", new org.summitsim.core.rules.FinalDecision(Decision.SIGN, "", false),
                "east", new org.summitsim.core.rules.FinalDecision(Decision.SIGN, "", false)))));
        assertThat(json.indexOf("east")).isLessThan(json.indexOf("west"));
        assertThat(Json.write(new Command.ReleaseInject("report", null, null)))
                .doesNotContain("null")
                .doesNotContain("title");
    }
}

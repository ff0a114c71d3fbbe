package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.json.Json;

/** A seat's transcript holds its own words and acts, in order, and nothing private of others. */
class ReportTranscriptTest {

    @TempDir
    Path dir;

    private String transcript(MatchDriver d, String seat, String format) throws IOException {
        Path journal = ReportFixtures.serverJournal(dir.resolve("room.jsonl"), d);
        return new Reports(dir, null).transcript(journal.toString(), seat, format);
    }

    private List<String> kinds(String json) throws IOException {
        List<String> kinds = new ArrayList<>();
        Json.mapper()
                .readTree(json)
                .path("entries")
                .forEach(e -> kinds.add(e.path("kind").asText()));
        return kinds;
    }

    @Test
    void holdsTheSeatsOwnActionsInOrder() throws IOException {
        String json = transcript(ReportFixtures.scripted(true, true), "united-states", "json");
        assertThat(kinds(json)).containsExactly("dm_sent", "dm_received", "vote", "vote", "decision", "revealed");
        JsonNode t = Json.mapper().readTree(json);
        assertThat(t.path("entries").get(0).path("text").asText()).isEqualTo(ReportFixtures.US_TO_NL);
        assertThat(t.path("entries").get(0).path("with").asText()).isEqualTo("Netherlands");
        assertThat(t.path("entries").get(0).path("stage").asText()).isEqualTo("ROUND 1");
        assertThat(t.path("entries").get(0).path("elapsed").asText()).matches("\\d+:\\d\\d");
        assertThat(t.path("entries").get(4).path("text").asText()).isEqualTo("We stand by responsible use.");
        assertThat(t.path("result").path("decision").asText()).isEqualTo("SIGN");
        long[] seqs = new long[t.path("entries").size()];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = t.path("entries").get(i).path("seq").asLong();
        }
        assertThat(seqs).isSorted();
    }

    @Test
    void marksWhatTheFacilitatorTookOffTheScreensAndTheMute() throws IOException {
        var s = org.summitsim.core.scenario.ScenarioReader.shipped("classroom-mini");
        MatchDriver d = MatchDriver.open(s, 11L, org.summitsim.core.rules.Settings.of(s));
        d.toOpening();
        MatchDriver.ok(d.seat("costa-rica").say("Costa Rica asks for a treaty."));
        MatchDriver.ok(d.seat("costa-rica").say("Something rude."));
        MatchDriver.ok(d.facilitator().hide(d.match().lastSeq()));
        MatchDriver.ok(d.seat("costa-rica")
                .submit(new org.summitsim.core.rules.Command.MakePledge(
                        org.summitsim.core.scenario.Decision.PUSH_BINDING, List.of(), "Rude pledge words.", null)));
        MatchDriver.ok(d.facilitator().hide(d.match().lastSeq()));
        MatchDriver.ok(d.facilitator().mute("costa-rica"));
        MatchDriver.ok(d.facilitator().unmute("costa-rica"));
        d.toFinal();
        MatchDriver.ok(
                d.seat("costa-rica").decide(org.summitsim.core.scenario.Decision.PUSH_BINDING, "Rude last words."));
        MatchDriver.ok(d.facilitator().hide(d.match().lastSeq() - 1)); // the sealed decision, before its public echo

        d.finish();
        String md = transcript(d, "costa-rica", "md");
        Path journal = ReportFixtures.serverJournal(dir.resolve("room.jsonl"), d);
        assertThat(new Reports(dir, null).debrief(journal.toString(), "md"))
                .as("the debrief, which goes on the projector")
                .doesNotContain("Rude pledge words.", "Something rude.", "Rude last words.");
        assertThat(md).contains("its words taken off the screens by the facilitator");

        assertThat(md)
                .contains("Something rude.", "taken off the screens by the facilitator")
                .contains("Muted by the facilitator (no messages)", "Unmuted by the facilitator");
        assertThat(md.lines()
                        .filter(l -> l.contains("Something rude."))
                        .findFirst()
                        .orElseThrow())
                .contains("taken off the screens by the facilitator");
        assertThat(md.lines()
                        .filter(l -> l.contains("Rude last words."))
                        .findFirst()
                        .orElseThrow())
                .as("the speaker's own record keeps the decision's words, marked")
                .contains("taken off the screens by the facilitator");
        assertThat(md.split("taken off the screens", -1))
                .as("only the hidden statement, the hidden pledge's words and the decision's are marked")
                .hasSize(4);
        assertThat(transcript(d, "china", "md")).doesNotContain("Muted", "Unmuted");
    }

    @Test
    void neverHoldsOthersPrivateTalkCaucusesOrSealedDecisions() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        for (String format : new String[] {"md", "csv", "json"}) {
            assertThat(transcript(d, "united-states", format))
                    .as(format)
                    .doesNotContain(
                            ReportFixtures.CHINA_TO_GERMANY,
                            ReportFixtures.CAUCUS_TEXT,
                            ReportFixtures.CAUCUS_NAME,
                            ReportFixtures.CR_STATEMENT,
                            "The UN is the place for this.",
                            "Germany signs.",
                            "D1");
        }
    }

    @Test
    void aSeatSeesItsOwnPrivateTalkAndCaucusAndDeals() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        assertThat(transcript(d, "china", "md"))
                .contains(ReportFixtures.CHINA_TO_GERMANY)
                .doesNotContain(ReportFixtures.CAUCUS_TEXT, ReportFixtures.US_TO_NL);
        String austria = transcript(d, "Austria", "json");
        assertThat(kinds(austria))
                .contains("caucus_joined", "caucus_sent", "pledge", "deal_received", "deal_accepted", "revealed");
        assertThat(austria)
                .contains(ReportFixtures.CAUCUS_TEXT, ReportFixtures.CAUCUS_NAME)
                .doesNotContain(ReportFixtures.CHINA_TO_GERMANY, ReportFixtures.CR_STATEMENT);
        assertThat(Json.mapper()
                        .readTree(austria)
                        .path("result")
                        .path("defaulted")
                        .asBoolean())
                .isTrue();
        assertThat(transcript(d, "costa-rica", "md"))
                .contains("Created caucus", "Offered a deal to Austria", ReportFixtures.CR_STATEMENT);
    }

    @Test
    void worksWhileTheMatchIsStillRunning() throws IOException {
        String md = transcript(ReportFixtures.scripted(true, false), "netherlands", "md");
        assertThat(md)
                .contains(
                        "Welcome to The Hague.",
                        ReportFixtures.NL_TO_US,
                        "Co-sponsored",
                        "The match has not ended yet.");
    }

    @Test
    void csvHasOneRowPerEntry() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        int entries = Json.mapper()
                .readTree(transcript(d, "costa-rica", "json"))
                .path("entries")
                .size();
        String csv = transcript(d, "costa-rica", "csv");
        assertThat(csv.split("\r\n")).hasSize(entries + 1);
        assertThat(csv).startsWith("seat,seq,time,elapsed,stage,kind,with,detail,text\r\n");
    }

    @Test
    void anUnknownSeatNamesTheSeatsWithTheirStudents() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        assertThatThrownBy(() -> transcript(d, "atlantis", "md"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("no seat or student \"atlantis\"")
                .hasMessageContaining("Costa Rica")
                .hasMessageContaining("Austria (Ben)");
    }

    @Test
    void aStudentsNameFindsTheSeatTheyPlayed() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        assertThat(transcript(d, "ben", "md")).isEqualTo(transcript(d, "austria", "md"));
    }
}

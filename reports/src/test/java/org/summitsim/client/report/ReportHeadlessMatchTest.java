package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.client.report.journal.ReportException;
import org.summitsim.core.headless.MatchRecord;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.FinalDecision;
import org.summitsim.core.rules.Outcome;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scoring.Scorer;

/** Reports of scripted bot matches, as `summit match --journal` writes them. */
class ReportHeadlessMatchTest {

    private static final String[] LINEUP = {"utility", "random", "mediator", "hardliner", "historical", "random"};

    @TempDir
    Path dir;

    @Test
    void aBotMatchYieldsAReportWithTheOutcomesFigures() throws IOException {
        Path journal = ReportFixtures.headless(dir, "classroom-mini", 3, LINEUP);
        Outcome o = ReportFixtures.play("classroom-mini", 3, LINEUP).outcome();
        JsonNode r = Json.mapper().readTree(new Reports(dir, null).debrief(journal.toString(), "json"));
        assertThat(r.path("meta").path("seed").asLong()).isEqualTo(3);
        assertThat(r.path("meta").path("bots").path("germany").asText()).isEqualTo("hardliner");
        assertThat(r.path("history").path("signatories").asInt()).isEqualTo(o.signatoryCount());
        assertThat(r.path("binding").path("reached").asBoolean()).isEqualTo(o.bindingReached());
        for (JsonNode d : r.path("delegations")) {
            String seat = d.path("seat").asText();
            assertThat(d.path("decision").asText())
                    .isEqualTo(o.decisions().get(seat).decision().name());
            assertThat(d.path("percent").asDouble())
                    .isEqualTo(o.scores().get(seat).percent());
        }
    }

    /**
     * Each delegation's three totals at the end: the one it took is its score, and each other is
     * what re-scoring the match with only that seat's decision changed gives.
     */
    @Test
    void eachDelegationsChoiceIsShownAgainstTheOtherTwoDecisions() throws IOException {
        Path journal = ReportFixtures.headless(dir, "classroom-mini", 3, LINEUP);
        MatchRecord played = ReportFixtures.play("classroom-mini", 3, LINEUP);
        Outcome o = played.outcome();
        org.summitsim.core.rules.MatchState end = org.summitsim.core.match.Match.replay(
                        org.summitsim.core.scenario.ScenarioReader.shipped("classroom-mini"), played.log())
                .state();
        Reports reports = new Reports(dir, null);
        JsonNode r = Json.mapper().readTree(reports.debrief(journal.toString(), "json"));
        int notBest = 0;
        for (JsonNode d : r.path("delegations")) {
            String seat = d.path("seat").asText();
            Decision taken = o.decisions().get(seat).decision();
            JsonNode ifDecided = d.path("ifDecided");
            assertThat(ifDecided.path(taken.name()).asDouble())
                    .as(seat)
                    .isCloseTo(o.scores().get(seat).total(), org.assertj.core.data.Offset.offset(1e-9));
            for (Decision other : Decision.values()) {
                Map<String, FinalDecision> changed = new java.util.LinkedHashMap<>(o.decisions());
                changed.put(seat, new FinalDecision(other, null, false));
                double rescored =
                        Scorer.settle(end, o.text(), changed).scores().get(seat).total();
                assertThat(ifDecided.path(other.name()).asDouble())
                        .as(seat + " " + other)
                        .isCloseTo(rescored, org.assertj.core.data.Offset.offset(1e-9));
            }
            double best = Math.max(
                    ifDecided.path("SIGN").asDouble(),
                    Math.max(
                            ifDecided.path("ABSTAIN").asDouble(),
                            ifDecided.path("PUSH_BINDING").asDouble()));
            notBest += best > ifDecided.path(taken.name()).asDouble() + 0.05 ? 1 : 0;
        }
        // The historical bot decides as its state did, whatever it costs: some seat chose less than its best.
        assertThat(notBest).isPositive();
        String csv = reports.debrief(journal.toString(), "csv");
        assertThat(csv.split("\r\n")[0])
                .contains(",score_if_sign,score_if_abstain,score_if_push,best_decision,choice_short_by,real_decision,");
        assertThat(reports.debrief(journal.toString(), "html"))
                .contains("Each decision, in hindsight", "the best of the three", " points below ");
    }

    @Test
    void aGameOnAShorterDraftShowsBesideEachAddedLineWhatTheStatesReallySigned() throws IOException {
        // seoul-2024 opens without the Blueprint's nuclear, WMD and risk lines; the real states signed them.
        Path journal = ReportFixtures.headless(dir, "seoul-2024", 2, "utility");
        Reports reports = new Reports(dir, null);
        JsonNode r = Json.mapper().readTree(reports.debrief(journal.toString(), "json"));
        Map<String, String> real = new java.util.TreeMap<>();
        for (JsonNode c : r.path("text")) {
            if (c.has("realLabel")) {
                real.put(c.path("clause").asText(), c.path("realLabel").asText());
            }
        }
        assertThat(real)
                .containsExactly(
                        Map.entry("nuclear", "Human control over nuclear use"),
                        Map.entry("risk", "Risk assessments and confidence-building"),
                        Map.entry("wmd", "Prevent WMD proliferation"));
        assertThat(reports.debrief(journal.toString(), "md")).contains("(in reality: Human control over nuclear use)");
        assertThat(reports.debrief(journal.toString(), "html"))
                .contains("In reality: Human control over nuclear use", "what the states really signed");

        Path mini = ReportFixtures.headless(dir, "classroom-mini", 2, "utility");
        assertThat(reports.debrief(mini.toString(), "html")).doesNotContain("In reality:");
    }

    @Test
    void csvHasOneRowPerDelegationWithTheAgreedColumns() throws IOException {
        Path journal = ReportFixtures.headless(dir, "hague-2023", 5, "utility", "mediator", "random");
        String csv = new Reports(dir, null).debrief(journal.toString(), "csv");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + 24);
        assertThat(lines[0])
                .startsWith("seat,name,players,decision,defaulted,score,percent,points_text,")
                .contains("real_decision,matches_history,floor_statements,private_messages_sent,caucus_messages_sent,"
                        + "messages_sent,amendments_proposed,amendments_adopted,commitments_kept,commitments_broken");
        int columns = lines[0].split(",").length;
        for (String line : lines) {
            assertThat(line.split(",", -1)).as(line).hasSize(columns);
        }
        assertThat(lines[1]).startsWith("netherlands,Netherlands,");
    }

    @Test
    void aTornLastLineIsSkipped() throws IOException {
        Path journal = ReportFixtures.headless(dir, "classroom-mini", 4, "utility");
        String whole = new Reports(dir, null).debrief(journal.toString(), "md");
        Files.writeString(journal, "{\"kind\":\"bot\",\"seat\":\"chi", java.nio.file.StandardOpenOption.APPEND);
        byte[] torn = Files.readAllBytes(journal);
        assertThat(new Reports(dir, null).debrief(journal.toString(), "md")).isEqualTo(whole);
        assertThat(Files.readAllBytes(journal))
                .as("a report never repairs the file")
                .isEqualTo(torn);
    }

    @Test
    void aDamagedLineBeforeTheLastIsNamedAndNoReportIsMade() throws IOException {
        Path journal = ReportFixtures.headless(dir, "classroom-mini", 4, "utility");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        lines.set(4, lines.get(4).substring(0, 20));
        Files.write(journal, lines);
        assertThatThrownBy(() -> new Reports(dir, null).debrief(journal.toString(), "md"))
                .isInstanceOf(ReportException.class)
                .hasMessage(
                        "Line 5 of the journal " + journal
                                + " is damaged or was not written by this version of Summit, so no report can be made from it.");
    }
}

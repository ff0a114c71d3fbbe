package org.summitsim.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitsim.core.MatchDriver;
import org.summitsim.core.json.Json;
import org.summitsim.core.rules.Outcome;

/** The debrief of a room played by hand: the sections, the figures, and no private text. */
class ReportScriptedRoomTest {

    @TempDir
    Path dir;

    private String report(MatchDriver d, String format) throws IOException {
        Path journal = ReportFixtures.serverJournal(dir.resolve("room.jsonl"), d);
        return new Reports(dir, null).debrief(journal.toString(), format);
    }

    @Test
    void htmlHasEverySectionAndChart() throws IOException {
        String html = report(ReportFixtures.scripted(true, true), "html");
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "id=\"summary\"",
                        "id=\"text\"",
                        "id=\"decisions\"",
                        "id=\"binding\"",
                        "id=\"history\"",
                        "id=\"scores\"",
                        "id=\"amendments\"",
                        "id=\"talk\"",
                        "id=\"commitments\"",
                        "id=\"questions\"")
                .contains(
                        "<svg class=\"chart scores\"",
                        "<svg class=\"chart timeline\"",
                        "<svg class=\"chart talk\"",
                        "<svg class=\"chart coalition\"")
                .contains("@media print", "Period 3", "Costa Rica", ReportFixtures.CR_STATEMENT)
                .contains("Consider whether new law is needed", "A1 by Germany")
                .contains("57 to more than 60", "What happened next");
    }

    @Test
    void eachPartyOfADealSaysWhatItPromisedAndTheBreakdownIsExplained() throws IOException {
        String html = report(ReportFixtures.scripted(true, true), "html");
        assertThat(html)
                .contains("Promised to vote for amendment A1, in return for Austria agreeing to")
                .contains("in return for Costa Rica agreeing to vote for amendment A1")
                .contains("<dt>Constraints</dt><dd>what signing costs");
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        String html = report(ReportFixtures.scripted(true, true), "html");
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "@import", "url(");
    }

    @Test
    void noFormatQuotesPrivateMessages() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        for (String format : new String[] {"html", "md", "json", "csv"}) {
            assertThat(report(d, format))
                    .as(format)
                    .doesNotContain(
                            ReportFixtures.CHINA_TO_GERMANY,
                            ReportFixtures.CAUCUS_TEXT,
                            ReportFixtures.US_TO_NL,
                            ReportFixtures.NL_TO_US,
                            "SECRET");
        }
    }

    @Test
    void jsonCarriesTheFiguresOfTheOutcome() throws IOException {
        MatchDriver d = ReportFixtures.scripted(true, true);
        Outcome o = d.outcome();
        JsonNode r = Json.mapper().readTree(report(d, "json"));
        assertThat(r.path("meta").path("label").asText()).isEqualTo("Period 3");
        assertThat(r.path("meta").path("minutes").asLong()).isPositive();
        assertThat(r.path("delegations")).hasSize(6);
        JsonNode cr = r.path("delegations").get(4);
        assertThat(cr.path("seat").asText()).isEqualTo("costa-rica");
        assertThat(cr.path("decision").asText()).isEqualTo("PUSH_BINDING");
        assertThat(cr.path("statement").asText()).isEqualTo(ReportFixtures.CR_STATEMENT);
        assertThat(cr.path("score").asDouble())
                .isEqualTo(o.scores().get("costa-rica").total());
        assertThat(r.path("delegations").get(5).path("defaulted").asBoolean()).isTrue();
        // Its student left before the opening, and the bot played the rest: the sheet says from when.
        assertThat(r.path("delegations").get(5).path("bot").asText()).isEqualTo("utility from the opening");
        assertThat(r.path("binding").path("count").asInt()).isEqualTo(o.bindingCount());
        assertThat(r.path("binding").path("threshold").asInt()).isEqualTo(o.bindingThreshold());
        assertThat(r.path("history").path("signatories").asInt()).isEqualTo(o.signatoryCount());
        assertThat(r.path("history").path("rangeMin").asInt()).isEqualTo(57);
        assertThat(r.path("text").get(2).path("option").asText()).isEqualTo("consider");
        assertThat(r.path("text").get(2).path("changed").asBoolean()).isTrue();
        assertThat(r.path("text").get(2).path("adopted").get(0).path("id").asText())
                .isEqualTo("A1");
        assertThat(r.path("rounds").get(0).path("stage").asText()).isEqualTo("ROUND 1");
        assertThat(r.path("rounds").get(0).path("proposed").asInt()).isEqualTo(2);
        assertThat(r.path("commitments")).hasSize(o.commitments().size());
        assertThat(r.path("questions").size()).isPositive();
    }

    @Test
    void talkIsCountedPairByPair() throws IOException {
        JsonNode talk = Json.mapper()
                .readTree(report(ReportFixtures.scripted(true, true), "json"))
                .path("talk");
        assertThat(talk.path("messages").toString())
                .contains("{\"from\":\"china\",\"to\":\"germany\",\"count\":1}")
                .contains("{\"from\":\"united-states\",\"to\":\"netherlands\",\"count\":1}");
        assertThat(talk.path("floor").path("netherlands").asInt()).isEqualTo(1);
        assertThat(talk.path("caucusMessages").path("austria").asInt()).isEqualTo(1);
        assertThat(talk.path("caucuses").get(0).path("name").asText()).isEqualTo(ReportFixtures.CAUCUS_NAME);
    }

    @Test
    void aRoomThatKeptPrivateChannelsFromTheFacilitatorShowsOnlyCounts() throws IOException {
        MatchDriver d = ReportFixtures.scripted(false, true);
        String json = report(d, "json");
        String html = report(d, "html");
        assertThat(json).contains("\"privateDetail\" : false").doesNotContain(ReportFixtures.CAUCUS_NAME);
        assertThat(html).doesNotContain(ReportFixtures.CAUCUS_NAME).contains("kept private channels");
        assertThat(json).contains("\"kind\" : \"deal\"");
        Json.mapper().readTree(json).path("commitments").forEach(c -> {
            if (c.path("kind").asText().equals("deal")) {
                assertThat(c.has("terms")).as("deal terms are private").isFalse();
            }
        });
    }

    @Test
    void markdownCarriesTheSameSections() throws IOException {
        String md = report(ReportFixtures.scripted(true, true), "md");
        assertThat(md)
                .contains(
                        "## At a glance",
                        "## The final text against the chair's draft",
                        "## Each delegation's decision",
                        "## The binding-law coalition",
                        "## The class against what really happened",
                        "## Scores",
                        "## Amendments and votes",
                        "## Who talked to whom",
                        "## Pledges and deals: kept and broken",
                        "## For discussion",
                        "### What happened next",
                        "| Costa Rica |",
                        "Consider whether new law is needed");
    }
}

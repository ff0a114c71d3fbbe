package org.summitsim.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.summitsim.core.IntegrationTest;
import org.summitsim.server.report.ReportMaker;

/**
 * A room's report over a real socket: only its facilitator gets it, once the summit has ended,
 * through a one-time link that carries no token; a seat, a spectator, someone without the
 * facilitator's token, or a used link get a clear refusal and nothing is made or changed.
 */
@IntegrationTest
class ReportLinkTest {

    private static final String STYLE = "h1 { color: rgb(1, 2, 3); }";

    /** Stands in for the console's report: a page with an inline stylesheet, naming the journal it read. */
    private final List<Path> asked = new CopyOnWriteArrayList<>();

    private final ReportMaker maker = journal -> {
        asked.add(journal);
        return "<!DOCTYPE html>\n<html><head><title>Debrief</title><style>" + STYLE + "</style></head>"
                + "<body><h1>Debrief of " + journal.getFileName() + "</h1></body></html>\n";
    };

    @Test
    void onlyTheFacilitatorGetsTheReportOnceTheSummitHasEndedThroughALinkThatOpensOnce() throws Exception {
        try (TestServer s = TestServer.start(b -> b.reports(maker))) {
            Rooms.Created room = Rooms.create(s.port(), "{\"label\":\"Period 3\"}");
            String roomId = room.welcome().path("room").asText();
            Path journal = s.data.resolve("rooms").resolve(roomId + ".jsonl");
            try (TestClient f = room.facilitator();
                    TestClient north = Rooms.join(s.port(), room.code(), "north", "Ada");
                    TestClient spectator = Rooms.spectate(s.port(), room.code())) {
                JsonNode early = ask(f);
                assertThat(early.path("code").asText()).isEqualTo("report_not_ready");
                assertThat(early.path("message").asText()).contains("once the summit has ended", "LOBBY");

                f.commandOk("LOBBY", "{\"type\":\"start\"}");
                f.commandOk("BRIEFING", "{\"type\":\"end\"}");
                north.awaitEvent("match_ended");
                spectator.awaitEvent("match_ended");
                long journalBytes = Files.size(journal);

                for (TestClient other : List.of(north, spectator)) {
                    JsonNode refused = ask(other);
                    assertThat(refused.path("type").asText()).isEqualTo("error");
                    assertThat(refused.path("code").asText()).isEqualTo("forbidden");
                    assertThat(refused.path("message").asText())
                            .isEqualTo("Only the facilitator can open the room's report.");
                }
                try (TestClient stranger = TestClient.hello(s.port(), "Stranger")) {
                    assertThat(ask(stranger).path("code").asText())
                            .as("outside any room")
                            .isEqualTo("not_in_room");
                    String id =
                            stranger.request(TestClient.msg("resume").put("token", "ft.notTheFacilitatorsToken000"));
                    assertThat(stranger.awaitReply(id).path("code").asText())
                            .as("a wrong token")
                            .isEqualTo("forbidden");
                    assertThat(ask(stranger).path("code").asText()).isEqualTo("not_in_room");
                }
                assertThat(asked).as("reports made for those refused").isEmpty();
                assertThat(Files.size(journal))
                        .as("the journal after the refusals")
                        .isEqualTo(journalBytes);
                assertThat(north.drain(200))
                        .as("what the others heard of it")
                        .noneMatch(n -> n.path("type").asText().matches("event|report"));

                JsonNode report = ask(f);
                assertThat(report.path("type").asText()).isEqualTo("report");
                assertThat(report.path("room").asText()).isEqualTo(roomId);
                assertThat(report.path("expiresInSeconds").asLong()).isEqualTo(60);
                String url = report.path("url").asText();
                assertThat(url).matches("/report/[A-Za-z0-9_-]{24}").doesNotContain(room.token(), room.code());
                assertThat(asked).containsExactly(journal);

                RawHttp.Response page = RawHttp.get(s.port(), url);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
                assertThat(page.header("Cache-Control")).isEqualTo("no-store");
                assertThat(page.header("Content-Disposition"))
                        .isEqualTo("inline; filename=\"debrief-" + roomId + ".html\"");
                assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
                assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
                assertThat(page.text()).contains("<h1>Debrief of " + roomId + ".jsonl</h1>");
                assertThat(page.header("Content-Security-Policy"))
                        .isEqualTo("default-src 'none'; style-src 'sha256-"
                                + sha256(STYLE)
                                + "'; img-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none';"
                                + " form-action 'none'; frame-ancestors 'none'");

                RawHttp.Response again = RawHttp.get(s.port(), url);
                assertThat(again.status()).as("the link a second time").isEqualTo(404);
                assertThat(again.text())
                        .contains("used or has expired", "Open the report again from the teacher's page");
                assertThat(RawHttp.get(s.port(), "/report/AAAAAAAAAAAAAAAAAAAAAAAA")
                                .status())
                        .isEqualTo(404);
                assertThat(RawHttp.get(s.port(), "/report/" + room.token()).status())
                        .isEqualTo(404);

                String second = ask(f).path("url").asText();
                assertThat(second).isNotEqualTo(url);
                assertThat(RawHttp.exchange(s.port(), "HEAD", second).status())
                        .as("a HEAD leaves the link")
                        .isEqualTo(200);
                RawHttp.Response gzipped = RawHttp.get(s.port(), second, "Accept-Encoding: gzip");
                assertThat(gzipped.status()).isEqualTo(200);
                assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
                assertThat(new String(
                                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                                        .readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(page.text());
                assertThat(RawHttp.get(s.port(), second).status()).isEqualTo(404);
            }
        }
    }

    @Test
    void aServerThatMakesNoReportsSaysSoAndWhatToTypeInstead() throws Exception {
        try (TestServer s = TestServer.start()) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = ended(room)) {
                JsonNode refused = ask(f);
                assertThat(refused.path("code").asText()).isEqualTo("no_reports");
                assertThat(refused.path("message").asText())
                        .isEqualTo("This server does not make reports. In the folder"
                                + " where the server runs, type: ./summit report "
                                + room.welcome().path("room").asText()
                                + " --data " + s.data + " --out debrief.html");
            }
        }
    }

    @Test
    void aReportThatCannotBeMadeSaysWhy() throws Exception {
        ReportMaker broken = journal -> {
            throw new ReportMaker.CannotReport("The scenario copy beside the journal does not match it.");
        };
        try (TestServer s = TestServer.start(b -> b.reports(broken))) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = ended(room)) {
                JsonNode refused = ask(f);
                assertThat(refused.path("code").asText()).isEqualTo("report_failed");
                assertThat(refused.path("message").asText())
                        .isEqualTo("The scenario copy beside the journal does not match it.");
                // The room carries on: the facilitator is still served.
                String id = f.request(TestClient.msg("get_monitor"));
                assertThat(f.awaitReply(id).path("type").asText()).isEqualTo("monitor");
            }
        }
    }

    /**
     * The grade sheet through the same kind of link: a CSV file to save under the room's name, not
     * a page; a format the server does not make is refused in words, and a maker with no grade
     * sheet says so, the room carrying on.
     */
    @Test
    void theGradeSheetIsAFileToSaveThroughALinkThatOpensOnce() throws Exception {
        ReportMaker sheets = new ReportMaker() {
            @Override
            public String debriefHtml(Path journal) {
                return "<!DOCTYPE html><title>Debrief</title>";
            }

            @Override
            public String gradesCsv(Path journal) {
                asked.add(journal);
                return "seat,name,players\r\nnorth,North,Ada\r\n";
            }
        };
        try (TestServer s = TestServer.start(b -> b.reports(sheets))) {
            Rooms.Created room = Rooms.create(s.port(), "{\"label\":\"Period 3 - World 1\"}");
            try (TestClient f = ended(room)) {
                JsonNode wrong =
                        f.awaitReply(f.request(TestClient.msg("get_report").put("format", "pdf")));
                assertThat(wrong.path("code").asText()).isEqualTo("bad_field");
                assertThat(wrong.path("message").asText())
                        .isEqualTo("The field \"format\" must be \"html\" (the debrief page) or \"csv\" (the grade"
                                + " sheet).");
                assertThat(asked).as("made for a wrong format").isEmpty();

                JsonNode link =
                        f.awaitReply(f.request(TestClient.msg("get_report").put("format", "csv")));
                assertThat(link.path("type").asText()).isEqualTo("report");
                String url = link.path("url").asText();
                assertThat(url).matches("/report/[A-Za-z0-9_-]{24}");
                RawHttp.Response sheet = RawHttp.get(s.port(), url);
                assertThat(sheet.status()).isEqualTo(200);
                assertThat(sheet.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
                assertThat(sheet.header("Content-Disposition"))
                        .isEqualTo("attachment; filename=\"period-3-world-1.csv\"");
                assertThat(link.path("fileName").asText()).isEqualTo("period-3-world-1.csv");
                assertThat(sheet.header("Cache-Control")).isEqualTo("no-store");
                assertThat(sheet.header("Content-Security-Policy"))
                        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
                assertThat(sheet.text()).isEqualTo("seat,name,players\r\nnorth,North,Ada\r\n");
                assertThat(RawHttp.get(s.port(), url).status())
                        .as("the link a second time")
                        .isEqualTo(404);

                JsonNode page =
                        f.awaitReply(f.request(TestClient.msg("get_report").put("format", "html")));
                RawHttp.Response debrief =
                        RawHttp.get(s.port(), page.path("url").asText());
                assertThat(debrief.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
                assertThat(debrief.text()).isEqualTo("<!DOCTYPE html><title>Debrief</title>");
            }
        }
        try (TestServer s = TestServer.start(b -> b.reports(maker))) {
            Rooms.Created room = Rooms.create(s.port(), null);
            try (TestClient f = ended(room)) {
                JsonNode refused =
                        f.awaitReply(f.request(TestClient.msg("get_report").put("format", "csv")));
                assertThat(refused.path("code").asText()).isEqualTo("report_failed");
                assertThat(refused.path("message").asText())
                        .isEqualTo("This server makes the debrief page only, not the grade sheet.");
                assertThat(ask(f).path("type").asText()).as("the page still").isEqualTo("report");
            }
        }
    }

    /** The room's facilitator, once the summit it started has ended. */
    private static TestClient ended(Rooms.Created room) throws Exception {
        TestClient f = room.facilitator();
        try {
            f.commandOk("LOBBY", "{\"type\":\"start\"}");
            f.commandOk("BRIEFING", "{\"type\":\"end\"}");
            return f;
        } catch (Exception | AssertionError e) {
            f.close();
            throw e;
        }
    }

    private static JsonNode ask(TestClient c) throws Exception {
        return c.awaitReply(c.request(TestClient.msg("get_report")));
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}

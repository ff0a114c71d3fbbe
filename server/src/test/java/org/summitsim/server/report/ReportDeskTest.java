package org.summitsim.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The one-time links to reports: once, within a minute, a bounded number, and the report's own policy. */
class ReportDeskTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private static String ticket(ReportDesk.Issued issued) {
        return issued.path().substring(ReportDesk.PATH.length());
    }

    @Test
    void theGradeSheetIsNamedForTheRoomsLabelAsTheTeachersPageNamesItsFiles() {
        assertThat(ReportDesk.sheetName("Period 3 - World 1", "r-abc")).isEqualTo("period-3-world-1.csv");
        assertThat(ReportDesk.sheetName("Période 3 · Élise's class", "r-abc")).isEqualTo("periode-3-elise-s-class.csv");
        assertThat(ReportDesk.sheetName(" -- ", "r-abc")).isEqualTo("grades-r-abc.csv");
        assertThat(ReportDesk.sheetName(null, "r-abc")).isEqualTo("grades-r-abc.csv");
    }

    @Test
    void aLinkOpensItsReportOnceAndOnlyWithinAMinute() {
        try (ReportDesk desk = new ReportDesk(j -> "<p>" + j.getFileName() + "</p>", now::get)) {
            ReportDesk.Issued first =
                    desk.issue("r-abc", Path.of("rooms/r-abc.jsonl")).join();
            assertThat(first.path()).matches("/report/[A-Za-z0-9_-]{24}");
            assertThat(first.expiresInSeconds()).isEqualTo(60);
            assertThat(desk.peek(ticket(first))).isPresent();
            ReportDesk.Served served = desk.take(ticket(first)).orElseThrow();
            assertThat(new String(served.html(), StandardCharsets.UTF_8)).isEqualTo("<p>r-abc.jsonl</p>");
            assertThat(served.fileName()).isEqualTo("debrief-r-abc.html");
            assertThat(desk.take(ticket(first))).as("a used link").isEmpty();

            ReportDesk.Issued late =
                    desk.issue("r-abc", Path.of("rooms/r-abc.jsonl")).join();
            now.addAndGet(ReportDesk.TICKET_MS);
            assertThat(desk.take(ticket(late))).as("a link a minute old").isEmpty();
            assertThat(desk.take("../../etc/passwd")).isEmpty();
            assertThat(desk.take(null)).isEmpty();
        }
    }

    @Test
    void onlyTheNewestLinksAreKept() {
        try (ReportDesk desk = new ReportDesk(j -> "<p>report</p>", now::get)) {
            List<String> tickets = new ArrayList<>();
            for (int i = 0; i < ReportDesk.MAX_TICKETS + 3; i++) {
                tickets.add(ticket(desk.issue("r-abc", Path.of("r-abc.jsonl")).join()));
            }
            assertThat(tickets.subList(0, 3))
                    .allSatisfy(t -> assertThat(desk.peek(t)).isEmpty());
            assertThat(tickets.subList(3, tickets.size()))
                    .allSatisfy(t -> assertThat(desk.peek(t)).isPresent());
        }
    }

    @Test
    void aReportThatCannotBeMadeFailsWithItsSentence() {
        try (ReportDesk desk = new ReportDesk(
                j -> {
                    throw new ReportMaker.CannotReport("Room r-abc has not ended yet.");
                },
                now::get)) {
            assertThat(desk.issue("r-abc", Path.of("r-abc.jsonl")))
                    .failsWithin(java.time.Duration.ofSeconds(5))
                    .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingRootCause()
                    .isInstanceOf(ReportMaker.CannotReport.class)
                    .withMessage("Room r-abc has not ended yet.");
        }
        ReportDesk none = new ReportDesk(null);
        assertThat(none.available()).isFalse();
        assertThat(none.issue("r-abc", Path.of("r-abc.jsonl"))).isCompletedExceptionally();
    }

    @Test
    void thePolicyAllowsTheReportsOwnStylesheetsByHashAndNothingElse() throws Exception {
        String css = "\nbody { color: #222; }\n";
        String policy = ReportDesk.policy("<head><style>" + css + "</style></head><body><svg></svg></body>");
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy)
                .startsWith("default-src 'none'; style-src 'sha256-" + hash + "';")
                .contains("script-src 'none'", "img-src 'none'", "frame-ancestors 'none'", "base-uri 'none'")
                .doesNotContain("unsafe", "self", "*", "http");
        assertThat(ReportDesk.policy("<p>no styles</p>")).contains("style-src 'none'");
    }
}

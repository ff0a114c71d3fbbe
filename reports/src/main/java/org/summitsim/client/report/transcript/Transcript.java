package org.summitsim.client.report.transcript;

import java.util.List;
import org.summitsim.core.scenario.Decision;

/**
 * Everything one delegation said and did, in order, for grading: only what that seat could see
 * itself, so nothing private between others appears.
 *
 * @param result null while the match is still running
 */
public record Transcript(
        String seat,
        String name,
        String room,
        String label,
        List<String> players,
        String scenario,
        String scenarioTitle,
        List<Entry> entries,
        Result result) {

    /**
     * One thing the seat did or received.
     *
     * @param time    the server's time (epoch ms); null in headless matches, which have no clock
     * @param elapsed minutes:seconds since the summit started (its first phase after the lobby), or null without a clock
     * @param kind    floor, dm_sent, dm_received, caucus_created, caucus_joined, caucus_invited, caucus_left,
     *                caucus_sent, caucus_received, proposed, cosponsored, withdrew, vote, amendment_result,
     *                pledge, deal_offered, deal_received, deal_accepted, deal_declined, decision, revealed
     * @param with    the other party: a delegation, or a caucus by name
     */
    public record Entry(
            long seq, Long time, String elapsed, String stage, String kind, String with, String detail, String text) {}

    /** How it ended for this seat. */
    public record Result(
            Decision decision,
            boolean defaulted,
            String statement,
            double score,
            double percent,
            boolean parTable,
            int kept,
            int broken) {}
}

package org.summitsim.client.report.debrief;

import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Decision;

/**
 * Everything the debrief report says, independent of its format: the HTML, Markdown, JSON and CSV
 * renderers only lay this out. Private message text is never part of it (only counts are).
 */
public record DebriefReport(
        Meta meta,
        List<ClauseResult> text,
        List<DelegationResult> delegations,
        List<RoundResult> rounds,
        Talk talk,
        Binding binding,
        HistoryComparison history,
        List<CommitmentResult> commitments,
        List<String> questions,
        String epilogue,
        List<SourceNote> sources) {

    /**
     * Which match this is. {@code started} is the server's time (epoch ms) when the summit started
     * (the first phase after the lobby), null in headless matches; {@code minutes} run from then to the end.
     * {@code finalAdoption} says in a sentence whether the text passed the scenario's final adoption
     * rule, and {@code adopted} whether it did; both null when the scenario has no such rule.
     * {@code parTable}: whether scores out of 100 are rated against the scenario's par table (50 is
     * a typical result for the role) rather than the share between the role's worst and best.
     */
    public record Meta(
            String room,
            String label,
            String scenario,
            String scenarioTitle,
            long seed,
            Long started,
            Long minutes,
            String adoption,
            boolean facilitatorReadsPrivate,
            int events,
            Map<String, String> bots,
            String finalAdoption,
            Boolean adopted,
            boolean parTable) {}

    /** One clause: the chair's draft, the final wording, and the adopted amendments that changed it. */
    public record ClauseResult(
            String clause,
            String title,
            String draft,
            String draftLabel,
            String draftText,
            String option,
            String label,
            String optionText,
            boolean changed,
            List<AmendmentResult> adopted,
            String realLabel) {}

    public record DelegationResult(
            String seat,
            String name,
            String bloc,
            Decision decision,
            boolean defaulted,
            String statement,
            double score,
            double percent,
            double best,
            double worst,
            Map<Decision, Double> ifDecided,
            Map<String, Double> breakdown,
            Decision realDecision,
            String realAttended,
            String realNote,
            Boolean matchesHistory,
            Activity activity,
            String bot,
            List<String> players) {}

    /** What a delegation did during the match, counted. */
    public record Activity(
            int floorStatements,
            int messagesSent,
            int caucusMessages,
            int amendmentsProposed,
            int amendmentsAdopted,
            int cosponsored,
            int votes,
            int pledges,
            int dealsOffered,
            int kept,
            int broken,
            int voided) {

        public int spoken() {
            return floorStatements + messagesSent + caucusMessages;
        }
    }

    /** The amendments proposed in one stage (usually a negotiation round). */
    public record RoundResult(
            String stage,
            int proposed,
            int adopted,
            int rejected,
            int withdrawn,
            int open,
            List<AmendmentResult> amendments) {}

    /**
     * {@code status}: ADOPTED, REJECTED, WITHDRAWN or OPEN (never voted on). {@code against}: the
     * delegations that voted against it, in the order they voted (votes are public; a debrief asks
     * who blocked what).
     */
    public record AmendmentResult(
            String id,
            String seat,
            String name,
            String clause,
            String clauseTitle,
            String option,
            String optionLabel,
            String rationale,
            List<String> cosponsors,
            String proposedIn,
            String status,
            String resolvedIn,
            int supports,
            int objections,
            int abstentions,
            List<String> against) {}

    /**
     * Who talked to whom, as counts. Caucus names and members are given only when the room let the
     * facilitator read private channels ({@code privateDetail}); message text never is.
     */
    public record Talk(
            List<String> seats,
            Map<String, Integer> floor,
            List<PairCount> messages,
            Map<String, Integer> caucusMessages,
            boolean privateDetail,
            List<CaucusSummary> caucuses) {}

    public record PairCount(String from, String to, int count) {}

    public record CaucusSummary(String name, List<String> members, int messages) {}

    /** The push for binding law: who declined the text to demand it, against the scenario's threshold. */
    public record Binding(String description, int threshold, int count, boolean reached, List<Pusher> pushers) {}

    /** {@code states} is 1 for a delegation, the group's size for background states. */
    public record Pusher(String id, String name, int states, boolean seat) {}

    /**
     * The class against the real summit. {@code rangeMax} is null where the reported count is
     * open-ended ("more than 60"); {@code range} says the range in words ("57 or more"), and
     * {@code uncertainty} how far the comparison can be trusted: an open-ended or disputed count,
     * seats whose real decision is unknown, stand-in groups.
     */
    public record HistoryComparison(
            String summary,
            String reportedSignatories,
            Integer rangeMin,
            Integer rangeMax,
            String range,
            String uncertainty,
            int signatories,
            int attending,
            Boolean withinRange,
            int matching,
            int comparable,
            int unknown,
            List<BackgroundResult> background) {}

    /**
     * A background state or group. {@code standIn} marks a group that stands in for governments the
     * scenario does not name: its {@code realDecision} is an assumption sized to the reported count,
     * not a record.
     */
    public record BackgroundResult(
            String id,
            String name,
            int states,
            Decision decision,
            Decision realDecision,
            boolean standIn,
            String note) {}

    /** The author's notes and sources on one part of the scenario ({@code subject}, in words). */
    public record SourceNote(String subject, String notes, List<String> sources) {}

    /** {@code terms} is the pledge's text, or a deal's terms when the facilitator may read deals. */
    /**
     * One pledge, or one side of an accepted deal. {@code label} names it for people by whose it
     * is and what it is ("Netherlands' pledge"); {@code id} is the game's internal number.
     */
    public record CommitmentResult(
            String id,
            String kind,
            String seat,
            String name,
            String label,
            String status,
            String reason,
            String terms) {}
}

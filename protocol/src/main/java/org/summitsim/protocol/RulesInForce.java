package org.summitsim.protocol;

import org.summitsim.core.scenario.AdoptionRule;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Timing;

/**
 * What a room plays by: the scenario's defaults with the room's options applied. The two
 * {@code ...Text} fields say the same as the fields before them in a sentence for players, so
 * every client tells them, at join, who can read what and how they are shown to others.
 * {@code lobbyMinutes} and {@code handover} are the room options of those names, defaults filled in;
 * {@code failedPushCost} is what a push for binding law that falls short costs the seat that pushed;
 * {@code signingHedges} whether a signatory against binding law bears only half of a treaty track
 * launched anyway (the scenario's rule);
 * {@code pace} and {@code voteWindowSeconds} how fast the room moves where people play (the least
 * time a vote stays open; 0 when votes close as soon as every delegation has a stance).
 */
public record RulesInForce(
        Timing timing,
        AdoptionRule adoption,
        String adoptionText,
        boolean facilitatorReadsPrivate,
        Boolean pseudonyms,
        String privacyText,
        String absent,
        int graceSeconds,
        Decision defaultDecision,
        String bot,
        int lobbyMinutes,
        String handover,
        int failedPushCost,
        boolean signingHedges,
        String pace,
        int voteWindowSeconds) {

    /**
     * The privacy sentence players read when they join. {@code alias} is how peers see this player
     * ({@code you}), or an example for those without a seat.
     */
    public static String privacy(boolean facilitatorReadsPrivate, boolean pseudonyms, String alias, boolean you) {
        String reading = facilitatorReadsPrivate
                ? "The facilitator can read your private messages, caucuses and deals."
                : "While the summit runs, the facilitator cannot read your private messages, caucuses or deals;"
                        + " they see only how many each delegation sends.";
        String names = !pseudonyms
                ? " Other players see the name you joined with."
                : you
                        ? " You appear to other players as \"" + alias + "\", never by your real name; the facilitator"
                                + " sees real names."
                        : " Players see each other only as numbered delegates such as \"" + alias + "\", never by real"
                                + " name; the facilitator sees real names.";
        // Seat transcripts for grading include a seat's own private talk whatever the setting, so say so.
        return reading + names + " Everything said, private talk included, is kept in the room's record for the"
                + " debrief and for grading.";
    }
}

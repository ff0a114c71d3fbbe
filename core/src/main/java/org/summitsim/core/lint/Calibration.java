package org.summitsim.core.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitsim.core.scenario.Clause;
import org.summitsim.core.scenario.Debrief;
import org.summitsim.core.scenario.Decision;
import org.summitsim.core.scenario.Delegation;
import org.summitsim.core.scenario.Scenario;
import org.summitsim.core.scoring.Tally;

/**
 * What the scenario predicts for history: every playable seat decides as its state really did,
 * on the text the real summit adopted (the chair's draft, with the debrief's {@code adoptedText}
 * in place of the draft where the game opens on a different draft), and background states follow
 * their rules. The count comes from the same {@link Tally} the game uses.
 *
 * <p>Where the sources do not say what a seat's state did, the calibration does not pretend to
 * know: such a seat is neither a signer nor a non-signer, so the prediction is a range, from
 * {@link #signatories()} (every unknown seat takes the scenario default, as a historical bot
 * plays it) to {@link #mostSignatories()} (every unknown seat signs). A faithful scenario's range
 * meets the debrief's reported one; {@link #fits} says whether it does.
 *
 * @param text             the real summit's text: the draft, overlaid with the debrief's adopted wordings
 * @param tally            the count with every unknown seat at the scenario default
 * @param unknown          the playable seats whose real decision is not known, in scenario order
 * @param ifUnknownAbstain the count with no unknown seat signing
 * @param ifUnknownSign    the count with every unknown seat signing
 */
public record Calibration(
        Map<String, String> text,
        Map<String, Decision> seatDecisions,
        Tally tally,
        List<String> unknown,
        Tally ifUnknownAbstain,
        Tally ifUnknownSign) {

    public static Calibration of(Scenario scenario) {
        Map<String, String> text = new LinkedHashMap<>();
        for (Clause c : scenario.clauses()) {
            text.put(c.id(), c.draft());
        }
        if (scenario.debrief() != null) {
            text.putAll(scenario.debrief().adoptedText());
        }
        Map<String, Decision> seats = new LinkedHashMap<>();
        Map<String, Decision> abstaining = new LinkedHashMap<>();
        Map<String, Decision> signing = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Delegation d : scenario.playable()) {
            Decision real = d.history() == null ? null : d.history().decision();
            if (real == null) {
                unknown.add(d.id());
            }
            seats.put(d.id(), real == null ? scenario.defaultDecision() : real);
            abstaining.put(d.id(), real == null ? Decision.ABSTAIN : real);
            signing.put(d.id(), real == null ? Decision.SIGN : real);
        }
        return new Calibration(
                Map.copyOf(text),
                seats,
                Tally.of(scenario, text, seats),
                List.copyOf(unknown),
                Tally.of(scenario, text, abstaining),
                Tally.of(scenario, text, signing));
    }

    /** How the problems name {@link #text}: "the draft text", or the adopted one where it differs. */
    public static String textName(Scenario scenario) {
        return scenario.debrief() == null || scenario.debrief().adoptedText().isEmpty()
                ? "the draft text"
                : "the text the real summit adopted";
    }

    /**
     * Signatories with every seat of unknown decision at the scenario default, as the historical bot
     * plays it: one point of the range, not the record; compare {@link #fits} with the reported count.
     */
    public int signatories() {
        return tally.signatoryCount();
    }

    /** The fewest signatories the record allows: no seat of unknown decision signs. */
    public int fewestSignatories() {
        return Math.min(ifUnknownAbstain.signatoryCount(), ifUnknownSign.signatoryCount());
    }

    /** The most signatories the record allows: every seat of unknown decision signs. */
    public int mostSignatories() {
        return Math.max(ifUnknownAbstain.signatoryCount(), ifUnknownSign.signatoryCount());
    }

    /** Whether some outcome the record allows lands in the reported range. */
    public boolean fits(Debrief.Range reported) {
        return reported.overlaps(fewestSignatories(), mostSignatories());
    }

    /** "59" where every seat's decision is known, else "59 to 74 (15 seats of unknown decision)". */
    public String describe() {
        if (fewestSignatories() == mostSignatories()) {
            return String.valueOf(fewestSignatories());
        }
        return fewestSignatories() + " to " + mostSignatories() + " (" + unknown.size()
                + (unknown.size() == 1 ? " seat" : " seats") + " of unknown decision, counted neither way)";
    }

    /** Ids of the playable seats and background states that sign, in scenario order. */
    public List<String> signers() {
        return tally.decisions().entrySet().stream()
                .filter(e -> e.getValue() == Decision.SIGN)
                .map(Map.Entry::getKey)
                .toList();
    }
}

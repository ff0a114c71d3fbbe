package org.summitsim.client.tournament;

import java.util.List;
import java.util.Map;

/**
 * A tournament's figures: per strategy the mean normalised score (percent of each delegation's
 * range) with its 95% interval, the same by delegation, per-match agreement and binding-law
 * outcomes, and each strategy's faults (invalid moves, errors, time-outs).
 */
public record TournamentResult(
        String scenario,
        List<String> strategies,
        int matches,
        long seed,
        Map<String, Stats.Summary> byStrategy,
        Map<String, Map<String, Stats.Summary>> byDelegation,
        Map<String, Stats.Summary> advantage,
        Stats.Summary signatories,
        double bindingRate,
        Stats.Summary welfareShare,
        double paretoRate,
        Map<String, Faults> faults,
        List<MatchRow> rows) {

    /** Refused commands, errors and time-outs of a strategy's bots; {@code firstFailure}: in which match (by its seed), seat and phase one was first taken out, and why (null: never). */
    public record Faults(long invalid, long errors, long timeouts, String firstFailure) {}
}

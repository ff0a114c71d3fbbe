package org.summitsim.client.tournament;

import java.util.List;

/** One match of a tournament, as written to CSV and JSON. */
public record MatchRow(
        int match,
        long seed,
        int signatories,
        boolean bindingReached,
        double welfareShare,
        boolean paretoOptimal,
        List<SeatRow> seats) {

    /**
     * One seat of one match. {@code percent} is the score as a share of the delegation's range;
     * {@code failure}, why its bot was taken out of the match (null if it was not).
     */
    public record SeatRow(
            String seat,
            String strategy,
            String decision,
            double score,
            double percent,
            double advantage,
            int invalid,
            int errors,
            int timeouts,
            String failure) {}
}

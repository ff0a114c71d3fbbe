package org.summitsim.core.scenario;

/**
 * How an amendment is adopted when its vote closes. Votes come from playable seats only;
 * sponsors count as support; seats that did not vote count as abstaining.
 * <ul>
 * <li>{@code consensus}: adopted when objections are at most {@code maxObjections} and supports
 * outnumber objections;</li>
 * <li>{@code supermajority}: adopted when supports are at least {@code fraction} of the votes
 * cast for or against (abstentions do not count).</li>
 * </ul>
 */
public record AdoptionRule(String rule, Integer maxObjections, Double fraction) {

    public static final String CONSENSUS = "consensus";
    public static final String SUPERMAJORITY = "supermajority";

    public boolean adopts(int supports, int objections) {
        if (CONSENSUS.equals(rule)) {
            int k = maxObjections == null ? 0 : maxObjections;
            return objections <= k && supports > objections;
        }
        int cast = supports + objections;
        return cast > 0 && supports >= Math.ceil(fraction * cast - 1e-9);
    }

    /**
     * Why a vote with these counts did not adopt, in words ("10 objections, more than the 9 this
     * rule allows"); null when it adopts.
     */
    public String whyRejected(int supports, int objections) {
        if (adopts(supports, objections)) {
            return null;
        }
        if (CONSENSUS.equals(rule)) {
            int k = maxObjections == null ? 0 : maxObjections;
            return objections > k
                    ? objections + " objections, more than the " + k + " this summit allows"
                    : "no more supports than objections";
        }
        int cast = supports + objections;
        return cast == 0
                ? "nobody voted for or against it"
                : "only " + Math.round(100.0 * supports / cast) + "% of the votes for or against were for; "
                        + Math.round(fraction * 100) + "% are needed";
    }

    /**
     * The rule in a sentence a student reads at a glance ("An amendment passes when no more than 2
     * delegations vote against it, and more vote for it than against."). {@link #describe()} keeps
     * the terse form that bots and older clients parse.
     */
    public String inWords() {
        if (CONSENSUS.equals(rule)) {
            int most = maxObjections == null ? 0 : maxObjections;
            return most == 0
                    ? "An amendment passes only if no delegation votes against it."
                    : "An amendment passes when no more than " + most
                            + (most == 1 ? " delegation votes" : " delegations vote")
                            + " against it, and more vote for it than against.";
        }
        return "An amendment passes when at least " + Math.round(fraction * 100)
                + "% of the votes cast for or against it are for (abstaining counts neither way).";
    }

    /** A rule read back from its {@link #describe()} words (as a view carries it), or null. */
    public static AdoptionRule fromDescription(String text) {
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("(\\d+)").matcher(text == null ? "" : text);
        if (!n.find()) {
            return null;
        }
        int number = Integer.parseInt(n.group(1));
        if (text.startsWith(CONSENSUS)) {
            return new AdoptionRule(CONSENSUS, number, null);
        }
        return text.startsWith(SUPERMAJORITY) ? new AdoptionRule(SUPERMAJORITY, null, number / 100.0) : null;
    }

    public String describe() {
        if (CONSENSUS.equals(rule)) {
            int most = maxObjections == null ? 0 : maxObjections;
            return "consensus: adopted with at most " + most + (most == 1 ? " objection" : " objections")
                    + " and more supports than objections";
        }
        return "supermajority: adopted when at least " + Math.round(fraction * 100)
                + "% of the votes for or against are for";
    }
}

package org.summitsim.core.scenario;

/**
 * When the declaration as a whole is adopted at the end, for bodies that decide by consensus or
 * need a quorum. Without this rule (the default) the text stands however few sign it. With it, a
 * text that fails is adopted by no one: nobody gains from its wording or pays to sign it, and the
 * breadth of its signatures is worth nothing.
 * <ul>
 * <li>{@code consensus}: adopted when at most {@code maxNonSigners} attending states (playable and
 * background) do not sign; 0, the default, means every attending state must sign;</li>
 * <li>{@code quorum}: adopted when at least {@code minSignatories} states sign.</li>
 * </ul>
 */
public record FinalAdoption(String rule, Integer maxNonSigners, Integer minSignatories) {

    public static final String CONSENSUS = "consensus";
    public static final String QUORUM = "quorum";

    public boolean adopts(int signatories, int attending) {
        if (QUORUM.equals(rule)) {
            return signatories >= minSignatories;
        }
        return attending - signatories <= allowedNonSigners();
    }

    /** {@code maxNonSigners}, 0 when left out. */
    public int allowedNonSigners() {
        return maxNonSigners == null ? 0 : maxNonSigners;
    }

    /** The rule in words, for players and reports. */
    public String describe() {
        if (QUORUM.equals(rule)) {
            return "the declaration is adopted only if at least " + minSignatories + " states sign it";
        }
        return allowedNonSigners() == 0
                ? "the declaration is adopted only if every attending state signs it"
                : "the declaration is adopted only if at most " + allowedNonSigners()
                        + " attending states do not sign it";
    }

    /** What became of a text under this rule, in a sentence for the debrief. */
    public String result(boolean adopted) {
        return (adopted ? "Adopted: " : "Not adopted, so no one is bound by it: ") + describe() + ".";
    }

    /** Whether a scenario's declaration is adopted with these counts; always, when it has no final rule. */
    public static boolean adopts(Scenario scenario, int signatories, int attending) {
        return scenario.finalAdoption() == null || scenario.finalAdoption().adopts(signatories, attending);
    }
}

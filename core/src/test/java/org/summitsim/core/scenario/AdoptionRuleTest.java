package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rejected vote says which part of the rule it failed; an adopted one has no reason. */
class AdoptionRuleTest {

    private final AdoptionRule consensus = new AdoptionRule(AdoptionRule.CONSENSUS, 9, null);
    private final AdoptionRule twoThirds = new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, 2.0 / 3);

    @Test
    void aMajorityWithTooManyObjectionsIsRejectedForTheObjections() {
        assertThat(consensus.whyRejected(13, 10)).isEqualTo("10 objections, more than the 9 this summit allows");
    }

    @Test
    void fewObjectionsStillNeedMoreSupports() {
        assertThat(consensus.whyRejected(3, 3)).isEqualTo("no more supports than objections");
        assertThat(consensus.whyRejected(4, 3)).isNull();
    }

    @Test
    void aSupermajoritySaysTheShareItReachedAndTheShareNeeded() {
        assertThat(twoThirds.whyRejected(6, 4))
                .isEqualTo("only 60% of the votes for or against were for; 67% are needed");
        assertThat(twoThirds.whyRejected(0, 0)).isEqualTo("nobody voted for or against it");
        assertThat(twoThirds.whyRejected(2, 1)).isNull();
    }

    @Test
    void theConsensusRuleCountsObjectionsInProperEnglish() {
        assertThat(new AdoptionRule(AdoptionRule.CONSENSUS, 1, null).describe())
                .isEqualTo("consensus: adopted with at most 1 objection and more supports than objections");
        assertThat(new AdoptionRule(AdoptionRule.CONSENSUS, 2, null).describe()).contains("at most 2 objections and");
        assertThat(new AdoptionRule(AdoptionRule.CONSENSUS, 0, null).describe()).doesNotContain("(s)");
    }

    @Test
    void inWordsAStudentReadsTheRuleAndItReadsBackFromTheTerseForm() {
        assertThat(new AdoptionRule(AdoptionRule.CONSENSUS, 2, null).inWords())
                .isEqualTo("An amendment passes when no more than 2 delegations vote against it, and more vote for"
                        + " it than against.");
        for (int k = 0; k <= 12; k++) {
            AdoptionRule rule = new AdoptionRule(AdoptionRule.CONSENSUS, k, null);
            assertThat(AdoptionRule.fromDescription(rule.describe())).isEqualTo(rule);
        }
        for (double f : new double[] {0.5, 2.0 / 3, 0.75, 0.9}) {
            AdoptionRule rule = new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, f);
            assertThat(AdoptionRule.fromDescription(rule.describe()).inWords()).isEqualTo(rule.inWords());
        }
        assertThat(AdoptionRule.fromDescription("by lot")).isNull();
    }
}

package org.summitsim.client.console.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.summitsim.core.scenario.AdoptionRule;

/** The adoption rule in words a student reads, from the rule as the view states it. */
class AdoptionWordsTest {

    @Test
    void consensusSaysHowManyMayVoteAgainst() {
        assertThat(AdoptionWords.of(new AdoptionRule(AdoptionRule.CONSENSUS, 2, null).describe()))
                .isEqualTo("An amendment passes when no more than 2 delegations vote against it, and more vote"
                        + " for it than against.");
        assertThat(AdoptionWords.of(new AdoptionRule(AdoptionRule.CONSENSUS, 1, null).describe()))
                .isEqualTo("An amendment passes when no more than 1 delegation votes against it, and more vote"
                        + " for it than against.");
        assertThat(AdoptionWords.of(new AdoptionRule(AdoptionRule.CONSENSUS, 0, null).describe()))
                .isEqualTo("An amendment passes only if no delegation votes against it.");
    }

    @Test
    void supermajoritySaysTheShareAndThatAbstainingCountsNeitherWay() {
        assertThat(AdoptionWords.of(new AdoptionRule(AdoptionRule.SUPERMAJORITY, null, 2.0 / 3).describe()))
                .isEqualTo("An amendment passes when at least 67% of the votes cast for or against it are for"
                        + " (abstaining counts neither way).");
    }

    @Test
    void aRuleItCannotReadIsQuoted() {
        assertThat(AdoptionWords.of("by lot")).isEqualTo("Amendments pass by this rule: by lot.");
    }
}

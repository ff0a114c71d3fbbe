package org.summitsim.client.console.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsPageTest {

    @Test
    void aKeptOrBrokenPledgeSaysTheDecisionsInWords() {
        assertThat(ResultsPage.inWords("promised PUSH_BINDING, decided ABSTAIN"))
                .isEqualTo("promised to push for binding law, decided to abstain");
        assertThat(ResultsPage.inWords("promised SIGN, decided SIGN")).isEqualTo("promised to sign, decided to sign");
    }

    @Test
    void otherReasonsAreTheRulesOwnWords() {
        assertThat(ResultsPage.inWords("its condition on the text was not met"))
                .isEqualTo("its condition on the text was not met");
    }
}

package org.summitsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateNameTest {

    @Test
    void namesThatTakeTheInEnglishGetIt() {
        assertThat(StateName.inSentence("United States")).isEqualTo("the United States");
        assertThat(StateName.inSentence("United Kingdom")).isEqualTo("the United Kingdom");
        assertThat(StateName.inSentence("Netherlands")).isEqualTo("the Netherlands");
        assertThat(StateName.inSentence("Philippines")).isEqualTo("the Philippines");
        assertThat(StateName.inSentence("Republic of Korea")).isEqualTo("the Republic of Korea");
        assertThat(StateName.inSentence("Czech Republic")).isEqualTo("the Czech Republic");
        assertThat(StateName.inSentence("the Gambia")).isEqualTo("the Gambia");
    }

    @Test
    void otherNamesAreLeftAsWritten() {
        assertThat(StateName.inSentence("China")).isEqualTo("China");
        assertThat(StateName.inSentence("Costa Rica")).isEqualTo("Costa Rica");
        assertThat(StateName.inSentence("Türkiye")).isEqualTo("Türkiye");
        assertThat(StateName.inSentence("Eastmark")).isEqualTo("Eastmark");
    }

    @Test
    void aTheThatBeginsASentenceIsCapitalised() {
        assertThat(StateName.sentences("the United States signs. We thank the Netherlands! the Philippines?"))
                .isEqualTo("The United States signs. We thank the Netherlands! The Philippines?");
        assertThat(StateName.sentences("Let us be plain: the United States needs it.\nthe end"))
                .isEqualTo("Let us be plain: the United States needs it.\nThe end");
    }
}

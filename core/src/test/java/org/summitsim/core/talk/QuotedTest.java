package org.summitsim.core.talk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The play-test read “…"We can support "Meaningful human control" if…"…”: quotes in quotes now nest. */
class QuotedTest {

    @Test
    void quotesInsideWhatWasSaidBecomeSingleQuotes() {
        assertThat(Quoted.of("We can support \"Meaningful human control\" if you vote for A3."))
                .isEqualTo("\u201cWe can support \u2018Meaningful human control\u2019 if you vote for A3.\u201d");
        assertThat(Quoted.of("We want \u201cThe UN route only\u201d."))
                .isEqualTo("\u201cWe want \u2018The UN route only\u2019.\u201d");
        assertThat(Quoted.of("Shall we agree?")).isEqualTo("\u201cShall we agree?\u201d");
    }
}

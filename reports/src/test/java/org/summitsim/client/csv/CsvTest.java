package org.summitsim.client.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Switches the default locale for a moment: no other test may run meanwhile.
@Isolated
class CsvTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(Csv.text("Costa Rica")).isEqualTo("Costa Rica");
        assertThat(Csv.text("")).isEmpty();
        assertThat(Csv.text(null)).isEmpty();
    }

    @Test
    void aCommaPutsTheCellInQuotes() {
        assertThat(Csv.text("script:a,b.rules")).isEqualTo("\"script:a,b.rules\"");
    }

    @Test
    void embeddedQuotesAreDoubledInsideQuotes() {
        assertThat(Csv.text("we \"agree\"")).isEqualTo("\"we \"\"agree\"\"\"");
    }

    @Test
    void embeddedLineBreaksAreKeptInsideQuotes() {
        assertThat(Csv.text("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(Csv.text("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t"})
    void aFormulaLeadGetsAnApostrophe(String lead) {
        String cell = lead + "HYPERLINK(\"http://x\")";
        // The apostrophe comes first, then the quoting the embedded quotes need.
        assertThat(Csv.text(cell)).isEqualTo("\"'" + lead + "HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.text(lead + "1")).isEqualTo("'" + lead + "1");
    }

    @Test
    void aLeadingCarriageReturnGetsAnApostropheAndQuotes() {
        assertThat(Csv.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void aFormulaLeadLaterInTheCellIsLeftAlone() {
        assertThat(Csv.text("a=b-c")).isEqualTo("a=b-c");
        assertThat(Csv.text(" =1")).isEqualTo(" =1");
    }

    @Test
    void numbersAreNotText() {
        // A numeric cell keeps its minus; text that looks like a negative number is guarded like any text.
        assertThat(Csv.num(-3.5)).isEqualTo("-3.50");
        assertThat(Csv.num(12)).isEqualTo("12.00");
        assertThat(Csv.text("-3.5")).isEqualTo("'-3.5");
        assertThat(Csv.line(List.of(Csv.num(-3.5), String.valueOf(-3.5), Csv.text("-3.5"))))
                .isEqualTo("-3.50,-3.5,'-3.5\r\n");
    }

    @Test
    void numbersIgnoreTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Csv.num(-3.5)).isEqualTo("-3.50");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aLineJoinsCellsWithCommasAndEndsWithCrLf() {
        assertThat(Csv.line(List.of("a", Csv.text("b,c"), "", Csv.bool(null), Csv.bool(true))))
                .isEqualTo("a,\"b,c\",,,true\r\n");
        assertThat(Csv.line(List.of("x"))).isEqualTo("x\r\n");
    }
}
